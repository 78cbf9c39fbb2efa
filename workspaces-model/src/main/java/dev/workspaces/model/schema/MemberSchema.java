package dev.workspaces.model.schema;

import org.jspecify.annotations.Nullable;

/**
 * One member of a structure: its wire name, target shape, whether it is required, and how to read
 * it from a value and write it into a builder.
 *
 * <h2>Raw values</h2>
 * {@link #get} and {@link #set} speak the schema's raw representation: {@code null} for an absent
 * member; a {@code String} for strings and enums (the wire string, known or not); {@code Integer},
 * {@code Boolean}, {@link java.time.Instant}, {@link dev.workspaces.model.Blob}; a {@code List} of
 * raw elements; a {@code Map} of raw entries; or the structure value itself.
 *
 * @param wireName the member name on the wire, as the model spells it ({@code WorkspaceId})
 * @param name the Java name and validation path segment ({@code workspaceId})
 * @param required whether the model marks the member as required
 * @param index the member's position in its structure, which {@code access} is asked by
 * @param access reads and writes the structure's members and resolves their shapes
 * @param <T> the structure type
 * @param <B> the structure's builder type
 */
public record MemberSchema<T, B>(
    String wireName,
    String name,
    boolean required,
    int index,
    StructureAccess<T, B> access) {

  /** Returns the member's shape. */
  public Schema target() {
    return access.target(index);
  }

  /** Returns the member's raw value in {@code value}, or {@code null} when it is absent. */
  public @Nullable Object get(T value) {
    return access.get(value, index);
  }

  /**
   * Sets the member on {@code builder} from a raw value.
   *
   * @throws ClassCastException if {@code raw} is not of the member's raw type (a programming error)
   */
  public void set(B builder, @Nullable Object raw) {
    access.set(builder, index, raw);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MemberSchema<?, ?> that
        && wireName.equals(that.wireName)
        && required == that.required
        && target().name().equals(that.target().name());
  }

  @Override
  public int hashCode() {
    return wireName.hashCode();
  }

  @Override
  public String toString() {
    return wireName + ":" + target().name() + (required ? " (required)" : "");
  }
}

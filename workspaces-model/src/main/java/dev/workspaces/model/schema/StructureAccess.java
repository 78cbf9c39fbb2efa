package dev.workspaces.model.schema;

import org.jspecify.annotations.Nullable;

/**
 * How the members of one structure shape are read, written and resolved, by their index in the
 * shape's {@link StructureSchema#members()}. Each generated shape has one, written as switches over
 * the index, so that a schema costs one class rather than a lambda per member and accessor.
 *
 * @param <T> the structure type
 * @param <B> the structure's builder type
 */
public interface StructureAccess<T, B> {
  /** Returns an empty builder. */
  B newBuilder();

  /** Builds the value from {@code builder}. */
  T build(B builder);

  /** Returns the shape of member {@code member}. */
  Schema target(int member);

  /** Returns the raw value of member {@code member} in {@code value}, or {@code null} when it is absent. */
  @Nullable Object get(T value, int member);

  /** Sets member {@code member} on {@code builder} from a raw value. */
  void set(B builder, int member, @Nullable Object raw);
}

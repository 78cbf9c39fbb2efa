package dev.workspaces.model.schema;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A structure shape: its members in model order, and how to build a value of it.
 *
 * <p>Members are ordered as the service model declares them; the codec writes them in this order
 * and validation reports violations in this order.
 *
 * @param name the shape name
 * @param javaType the generated value type
 * @param kind plain, union or error
 * @param members the members in model order
 * @param access creates builders and values, and reads and writes members by index
 * @param <T> the value type
 * @param <B> the builder type
 */
public record StructureSchema<T, B>(
    String name,
    Class<T> javaType,
    StructureKind kind,
    ImmutableList<MemberSchema<T, B>> members,
    StructureAccess<T, B> access) implements Schema {

  /** Returns a structure shape with the given members (copied). */
  public static <T, B> StructureSchema<T, B> of(
      String name,
      Class<T> javaType,
      StructureKind kind,
      StructureAccess<T, B> access,
      List<MemberSchema<T, B>> members) {
    return new StructureSchema<>(name, javaType, kind, ImmutableList.copyOf(members), access);
  }

  @Override
  public ShapeType type() {
    return ShapeType.STRUCTURE;
  }

  /** Returns the member with the given wire name. */
  public Optional<MemberSchema<T, B>> member(String wireName) {
    return Optional.ofNullable(membersByWireName().get(wireName));
  }

  /** Returns the members keyed by wire name, in model order. */
  public ImmutableMap<String, MemberSchema<T, B>> membersByWireName() {
    return MemberIndex.of(this);
  }

  /** Returns a new, empty builder for this shape. */
  public B newBuilder() {
    return access.newBuilder();
  }

  /** Builds a value from {@code builder}. */
  public T build(B builder) {
    return access.build(builder);
  }

  /**
   * Casts {@code value} to this shape's type.
   *
   * @throws ClassCastException if {@code value} is not of this shape
   */
  public T cast(Object value) {
    return javaType.cast(value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StructureSchema<?, ?> that
        && name.equals(that.name)
        && kind == that.kind
        && members.equals(that.members);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return "StructureSchema[" + name + "]";
  }
}

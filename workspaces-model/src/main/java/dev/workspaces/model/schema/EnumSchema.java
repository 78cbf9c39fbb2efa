package dev.workspaces.model.schema;

import com.google.common.collect.ImmutableList;
import dev.workspaces.model.WorkspacesEnum;

/**
 * A string shape restricted to a fixed set of values, bound to the Java enum that names them.
 *
 * <p>Structures hold enum members as their raw wire string, so a value outside {@link #values()}
 * stays representable (and is reported by validation rather than lost).
 *
 * @param name the shape name
 * @param javaType the generated Java enum
 * @param values the allowed wire strings, in model order
 * @param <E> the Java enum
 */
public record EnumSchema<E extends Enum<E> & WorkspacesEnum>(
    String name, Class<E> javaType, ImmutableList<String> values) implements Schema {

  /** Returns an enum shape whose values are the wire strings of {@code javaType}'s known constants. */
  public static <E extends Enum<E> & WorkspacesEnum> EnumSchema<E> of(String name, Class<E> javaType) {
    ImmutableList.Builder<String> values = ImmutableList.builder();
    for (E constant : javaType.getEnumConstants()) {
      constant.wireValue().ifPresent(values::add);
    }
    return new EnumSchema<>(name, javaType, values.build());
  }

  @Override
  public ShapeType type() {
    return ShapeType.ENUM;
  }
}

package dev.workspaces.model.schema;

import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A list shape: its element shape and the allowed number of elements.
 *
 * <p>The element shape is resolved lazily, so shapes may reference each other in any order.
 *
 * @param name the shape name
 * @param elements resolves the element shape of each list shape of the model by its number
 * @param index this list shape's number, which {@code elements} is asked by
 * @param size the allowed number of elements
 */
public record ListSchema(String name, IntFunction<Schema> elements, int index, Bounds size) implements Schema {

  /** Returns a list shape; {@code min} and {@code max} may be {@code null}. */
  public static ListSchema of(
      String name, IntFunction<Schema> elements, int index, @Nullable Long min, @Nullable Long max) {
    return new ListSchema(name, elements, index, Bounds.of(min, max));
  }

  /** Returns the element shape. */
  public Schema member() {
    return elements.apply(index);
  }

  @Override
  public ShapeType type() {
    return ShapeType.LIST;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ListSchema that && name.equals(that.name) && size.equals(that.size);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return "ListSchema[" + name + "]";
  }
}

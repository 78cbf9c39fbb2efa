package dev.workspaces.model.schema;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A list shape: its element shape and the allowed number of elements.
 *
 * <p>The element shape is resolved lazily, so shapes may reference each other in any order.
 *
 * @param name the shape name
 * @param memberSupplier supplies the element shape
 * @param size the allowed number of elements
 */
public record ListSchema(String name, Supplier<Schema> memberSupplier, Bounds size) implements Schema {

  /** Returns a list shape; {@code min} and {@code max} may be {@code null}. */
  public static ListSchema of(String name, Supplier<Schema> member, @Nullable Long min, @Nullable Long max) {
    return new ListSchema(name, member, Bounds.of(min, max));
  }

  /** Returns the element shape. */
  public Schema member() {
    return memberSupplier.get();
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

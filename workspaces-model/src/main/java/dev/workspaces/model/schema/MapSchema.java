package dev.workspaces.model.schema;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A map shape (a JSON object on the wire): its key and value shapes, resolved lazily.
 *
 * @param name the shape name
 * @param keySupplier supplies the key shape (always a string shape)
 * @param valueSupplier supplies the value shape
 */
public record MapSchema(String name, Supplier<Schema> keySupplier, Supplier<Schema> valueSupplier)
    implements Schema {

  /** Returns the key shape. */
  public Schema key() {
    return keySupplier.get();
  }

  /** Returns the value shape. */
  public Schema value() {
    return valueSupplier.get();
  }

  @Override
  public ShapeType type() {
    return ShapeType.MAP;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MapSchema that && name.equals(that.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return "MapSchema[" + name + "]";
  }
}

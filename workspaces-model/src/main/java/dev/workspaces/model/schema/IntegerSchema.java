package dev.workspaces.model.schema;

import org.jspecify.annotations.Nullable;

/**
 * An integer shape (a 32-bit JSON number on the wire) with an optional inclusive range.
 *
 * @param name the shape name
 * @param range the allowed values
 */
public record IntegerSchema(String name, Bounds range) implements Schema {

  /** Returns an integer shape; {@code min} and {@code max} may be {@code null}. */
  public static IntegerSchema of(String name, @Nullable Long min, @Nullable Long max) {
    return new IntegerSchema(name, Bounds.of(min, max));
  }

  @Override
  public ShapeType type() {
    return ShapeType.INTEGER;
  }
}

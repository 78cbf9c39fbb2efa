package dev.workspaces.model.schema;

/**
 * A boolean shape; on the wire {@code true} or {@code false}.
 *
 * @param name the shape name
 */
public record BooleanSchema(String name) implements Schema {
  @Override
  public ShapeType type() {
    return ShapeType.BOOLEAN;
  }
}

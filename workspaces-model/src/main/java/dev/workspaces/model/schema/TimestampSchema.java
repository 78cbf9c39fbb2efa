package dev.workspaces.model.schema;

/**
 * A timestamp shape, held as {@link java.time.Instant}; on the wire epoch seconds as a JSON number.
 *
 * @param name the shape name
 */
public record TimestampSchema(String name) implements Schema {
  @Override
  public ShapeType type() {
    return ShapeType.TIMESTAMP;
  }
}

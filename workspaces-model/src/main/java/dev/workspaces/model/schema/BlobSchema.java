package dev.workspaces.model.schema;

import org.jspecify.annotations.Nullable;

/**
 * A binary shape, held as {@link dev.workspaces.model.Blob}; on the wire a base64 string.
 *
 * @param name the shape name
 * @param length the allowed size in bytes
 */
public record BlobSchema(String name, Bounds length) implements Schema {

  /** Returns a blob shape; {@code min} and {@code max} may be {@code null}. */
  public static BlobSchema of(String name, @Nullable Long min, @Nullable Long max) {
    return new BlobSchema(name, Bounds.of(min, max));
  }

  @Override
  public ShapeType type() {
    return ShapeType.BLOB;
  }
}

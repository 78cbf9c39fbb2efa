package dev.workspaces.model.schema;

/**
 * The description of one named shape of the WorkSpaces API: its kind and its constraints.
 *
 * <p>Every module reads shapes through this one description: validation checks values against it,
 * the wire codec walks it to read and write JSON, and test generators derive values from it.
 *
 * <h2>Guarantees</h2>
 * Implementations are immutable and compare by value; a shape's {@link #name()} is the shape name of
 * the service model.
 */
public sealed interface Schema
    permits StringSchema, IntegerSchema, BooleanSchema, TimestampSchema, BlobSchema, EnumSchema,
        ListSchema, MapSchema, StructureSchema {

  /** Returns the shape name as the service model spells it, for example {@code WorkspaceId}. */
  String name();

  /** Returns the kind of shape. */
  ShapeType type();
}

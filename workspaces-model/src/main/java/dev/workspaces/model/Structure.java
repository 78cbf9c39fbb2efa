package dev.workspaces.model;

import dev.workspaces.model.schema.StructureSchema;

/**
 * Implemented by every generated structure value (requests, responses, resources, errors and the
 * union): it exposes the schema that describes it.
 */
public interface Structure {

  /** Returns the schema of this value's shape. */
  StructureSchema<?, ?> schema();
}

package dev.workspaces.model.schema;

/** Distinguishes ordinary structures from the union and from error shapes. */
public enum StructureKind {
  /** Any number of members may be set. */
  PLAIN,
  /** Exactly one member must be set. */
  UNION,
  /** An error shape, sent as the body of a failed call. */
  ERROR
}

package dev.workspaces.engine.rule;

/** The kinds of stateful resource whose asynchronous steps the engine schedules. */
public enum ResourceKind {
  WORKSPACE,
  DIRECTORY,
  IMAGE,
  BUNDLE,
  /** A custom image import walking its {@code CustomWorkspaceImageImportState} values. */
  IMAGE_IMPORT,
  /** A connection alias walking its {@code ConnectionAliasState} values. */
  CONNECTION_ALIAS,
  /** The association of a connection alias with a directory, walking its {@code AssociationStatus} values. */
  ALIAS_ASSOCIATION
}

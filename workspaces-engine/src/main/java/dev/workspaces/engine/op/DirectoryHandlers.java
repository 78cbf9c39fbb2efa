package dev.workspaces.engine.op;

/** Registers the handlers of directories, client properties and bundle queries. */
final class DirectoryHandlers {
  private DirectoryHandlers() {}

  static void register(Handlers.Registrar registrar) {}
}

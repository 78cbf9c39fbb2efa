package dev.workspaces.engine.op;

import dev.workspaces.engine.StateEditor;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.model.OperatingSystemType;
import dev.workspaces.model.WorkspaceBundle;
import java.util.Optional;

/** Looks bundles up the way CreateWorkspaces and MigrateWorkspace see them: Amazon's, then the account's own. */
final class Bundles {
  private Bundles() {}

  static Optional<WorkspaceBundle> find(StateEditor editor, String bundleId) {
    return AmazonBundles.find(bundleId).or(() -> Optional.ofNullable(editor.scope().bundles().get(bundleId)));
  }

  /** Returns the bundle's operating system (Windows for the account's own bundles). */
  static OperatingSystemType operatingSystem(String bundleId) {
    return AmazonBundles.operatingSystem(bundleId).orElse(OperatingSystemType.WINDOWS);
  }
}

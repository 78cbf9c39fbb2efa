package dev.workspaces.engine.op.workspace;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.catalogue.OperatingSystems;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.OperatingSystemType;
import dev.workspaces.model.WorkspaceBundle;
import java.util.Optional;
import org.apiguardian.api.API;

/** Looks bundles up the way CreateWorkspaces and MigrateWorkspace see them: Amazon's, then the account's own. */
@API(status = INTERNAL)
public final class Bundles {
  private Bundles() {}

  static Optional<WorkspaceBundle> find(StateEditor editor, String bundleId) {
    return AmazonBundles.find(bundleId).or(() -> Optional.ofNullable(editor.read(Kinds.BUNDLES).entries().get(bundleId)));
  }

  /** Returns the image of one of the account's own bundles, if both exist. */
  public static Optional<ImageEntry> ownImage(StateEditor editor, String bundleId) {
    return Optional.ofNullable(editor.read(Kinds.BUNDLES).entries().get(bundleId))
        .flatMap(WorkspaceBundle::imageId).flatMap(editor.read(Kinds.IMAGES)::find);
  }

  /**
   * Returns the operating system family of a bundle: from the catalogue for Amazon's, from its
   * current image for the account's own (Windows when that image is unknown).
   */
  static OperatingSystemType operatingSystem(StateEditor editor, String bundleId) {
    return AmazonBundles.operatingSystem(bundleId)
        .or(() -> ownImage(editor, bundleId).map(image -> OperatingSystems.type(image.operatingSystem())))
        .orElse(OperatingSystemType.WINDOWS);
  }
}

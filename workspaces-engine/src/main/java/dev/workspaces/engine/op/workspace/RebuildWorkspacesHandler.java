package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.RebuildRequest;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.request.RebuildWorkspacesRequest;
import dev.workspaces.model.response.RebuildWorkspacesResult;
import java.util.Optional;

/**
 * RebuildWorkspaces: a {@link WorkspaceBatch} over row {@link WorkspaceRule#REBUILD}; a rebuild
 * restores the bundle's current image.
 */
final class RebuildWorkspacesHandler extends WorkspaceBatch<RebuildWorkspacesRequest> {

  RebuildWorkspacesHandler() {
    super(WorkspaceRule.REBUILD,
        r -> r.rebuildWorkspaceRequests().stream().map(RebuildRequest::workspaceId).toList(),
        failed -> RebuildWorkspacesResult.builder().failedRequests(failed).build(),
        RebuildWorkspacesHandler::restoreBundleImage);
  }

  /**
   * A rebuilt WorkSpace runs its bundle's current image: an UpdateWorkspaceBundle since it was
   * created reaches it now. It keeps its image when the bundle has none to give.
   */
  private static void restoreBundleImage(StateEditor editor, WorkspaceEntry moved) {
    Optional<String> image = Bundles.find(editor, moved.details().bundleId().orElse(""))
        .flatMap(WorkspaceBundle::imageId);
    if (image.isPresent()) {
      editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.plus(moved.withImageId(image)));
    }
  }
}

package dev.workspaces.engine.op;

import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.RebootRequest;
import dev.workspaces.model.RebuildRequest;
import dev.workspaces.model.StartRequest;
import dev.workspaces.model.StopRequest;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.request.RebootWorkspacesRequest;
import dev.workspaces.model.request.RebuildWorkspacesRequest;
import dev.workspaces.model.request.StartWorkspacesRequest;
import dev.workspaces.model.request.StopWorkspacesRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import dev.workspaces.model.response.RebootWorkspacesResult;
import dev.workspaces.model.response.RebuildWorkspacesResult;
import dev.workspaces.model.response.StartWorkspacesResult;
import dev.workspaces.model.response.StopWorkspacesResult;
import dev.workspaces.model.response.TerminateWorkspacesResult;
import java.util.Optional;

/**
 * The WorkSpace lifecycle batches (Reboot, Rebuild, Start, Stop, Terminate), each a
 * {@link WorkspaceBatch} over its row of {@link WorkspaceRule}; a rebuild restores the bundle's
 * current image and a termination releases the user.
 */
final class WorkspaceHandlers {
  static final Handler<RebootWorkspacesRequest> REBOOT = new WorkspaceBatch<>(
      WorkspaceRule.REBOOT,
      r -> r.rebootWorkspaceRequests().stream().map(RebootRequest::workspaceId).toList(),
      failed -> RebootWorkspacesResult.builder().failedRequests(failed).build(),
      WorkspaceHandlers::nothingMore);
  static final Handler<RebuildWorkspacesRequest> REBUILD = new WorkspaceBatch<>(
      WorkspaceRule.REBUILD,
      r -> r.rebuildWorkspaceRequests().stream().map(RebuildRequest::workspaceId).toList(),
      failed -> RebuildWorkspacesResult.builder().failedRequests(failed).build(),
      WorkspaceHandlers::restoreBundleImage);
  static final Handler<StartWorkspacesRequest> START = new WorkspaceBatch<>(
      WorkspaceRule.START,
      r -> r.startWorkspaceRequests().stream().map(StartRequest::workspaceId).toList(),
      failed -> StartWorkspacesResult.builder().failedRequests(failed).build(),
      WorkspaceHandlers::nothingMore);
  static final Handler<StopWorkspacesRequest> STOP = new WorkspaceBatch<>(
      WorkspaceRule.STOP,
      r -> r.stopWorkspaceRequests().stream().map(StopRequest::workspaceId).toList(),
      failed -> StopWorkspacesResult.builder().failedRequests(failed).build(),
      WorkspaceHandlers::nothingMore);
  static final Handler<TerminateWorkspacesRequest> TERMINATE = new WorkspaceBatch<>(
      WorkspaceRule.TERMINATE,
      r -> r.terminateWorkspaceRequests().stream().map(TerminateRequest::workspaceId).toList(),
      failed -> TerminateWorkspacesResult.builder().failedRequests(failed).build(),
      WorkspaceHandlers::releaseUser);

  private WorkspaceHandlers() {}

  private static void nothingMore(StateEditor editor, WorkspaceEntry moved) {}

  /**
   * A rebuilt WorkSpace runs its bundle's current image: an UpdateWorkspaceBundle since it was
   * created reaches it now. It keeps its image when the bundle has none to give.
   */
  static void restoreBundleImage(StateEditor editor, WorkspaceEntry moved) {
    Optional<String> image = Bundles.find(editor, moved.details().bundleId().orElse(""))
        .flatMap(WorkspaceBundle::imageId);
    if (image.isPresent()) {
      editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.plus(moved.withImageId(image)));
    }
  }

  /** A terminated WorkSpace no longer holds its user: the user may be given a new WorkSpace. */
  static void releaseUser(StateEditor editor, WorkspaceEntry moved) {
    editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.released(moved));
  }
}

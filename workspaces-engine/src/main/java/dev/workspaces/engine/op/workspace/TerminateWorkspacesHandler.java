package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import dev.workspaces.model.response.TerminateWorkspacesResult;

/**
 * TerminateWorkspaces: a {@link WorkspaceBatch} over row {@link WorkspaceRule#TERMINATE}; a
 * termination releases the user.
 */
final class TerminateWorkspacesHandler extends WorkspaceBatch<TerminateWorkspacesRequest> {

  TerminateWorkspacesHandler() {
    super(WorkspaceRule.TERMINATE,
        r -> r.terminateWorkspaceRequests().stream().map(TerminateRequest::workspaceId).toList(),
        failed -> TerminateWorkspacesResult.builder().failedRequests(failed).build(),
        TerminateWorkspacesHandler::releaseUser);
  }

  /** A terminated WorkSpace no longer holds its user: the user may be given a new WorkSpace. */
  private static void releaseUser(StateEditor editor, WorkspaceEntry moved) {
    editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.released(moved));
  }
}

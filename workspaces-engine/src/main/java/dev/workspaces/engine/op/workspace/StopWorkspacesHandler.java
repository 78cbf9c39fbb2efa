package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.model.StopRequest;
import dev.workspaces.model.request.StopWorkspacesRequest;
import dev.workspaces.model.response.StopWorkspacesResult;

/** StopWorkspaces: a {@link WorkspaceBatch} over row {@link WorkspaceRule#STOP}. */
final class StopWorkspacesHandler extends WorkspaceBatch<StopWorkspacesRequest> {

  StopWorkspacesHandler() {
    super(WorkspaceRule.STOP,
        r -> r.stopWorkspaceRequests().stream().map(StopRequest::workspaceId).toList(),
        failed -> StopWorkspacesResult.builder().failedRequests(failed).build(),
        WorkspaceBatch::nothingMore);
  }
}

package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.model.StartRequest;
import dev.workspaces.model.request.StartWorkspacesRequest;
import dev.workspaces.model.response.StartWorkspacesResult;

/** StartWorkspaces: a {@link WorkspaceBatch} over row {@link WorkspaceRule#START}. */
final class StartWorkspacesHandler extends WorkspaceBatch<StartWorkspacesRequest> {

  StartWorkspacesHandler() {
    super(WorkspaceRule.START,
        r -> r.startWorkspaceRequests().stream().map(StartRequest::workspaceId).toList(),
        failed -> StartWorkspacesResult.builder().failedRequests(failed).build(),
        WorkspaceBatch::nothingMore);
  }
}

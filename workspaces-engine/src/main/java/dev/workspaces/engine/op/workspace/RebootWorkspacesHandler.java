package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.model.RebootRequest;
import dev.workspaces.model.request.RebootWorkspacesRequest;
import dev.workspaces.model.response.RebootWorkspacesResult;

/** RebootWorkspaces: a {@link WorkspaceBatch} over row {@link WorkspaceRule#REBOOT}. */
final class RebootWorkspacesHandler extends WorkspaceBatch<RebootWorkspacesRequest> {

  RebootWorkspacesHandler() {
    super(WorkspaceRule.REBOOT,
        r -> r.rebootWorkspaceRequests().stream().map(RebootRequest::workspaceId).toList(),
        failed -> RebootWorkspacesResult.builder().failedRequests(failed).build(),
        WorkspaceBatch::nothingMore);
  }
}

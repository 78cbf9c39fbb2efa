package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.Page;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.PageTokenRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.ConnectionState;
import dev.workspaces.model.WorkspaceConnectionStatus;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.request.DescribeWorkspacesConnectionStatusRequest;
import dev.workspaces.model.response.DescribeWorkspacesConnectionStatusResult;
import java.util.Objects;
import java.util.Optional;

/**
 * DescribeWorkspacesConnectionStatus: one status per WorkSpace, sorted by id. An AVAILABLE WorkSpace
 * is CONNECTED while a user is connected (see {@link UserConnections}), else DISCONNECTED; every
 * other state (stopped ones included, as the service documents) reports UNKNOWN. Without
 * WorkspaceIds every WorkSpace is listed in pages of 25.
 */
final class DescribeWorkspacesConnectionStatusHandler implements Handler<DescribeWorkspacesConnectionStatusRequest> {
  private static final int PAGE = 25;

  @Override
  public Outcome handle(State state, Scope scope, DescribeWorkspacesConnectionStatusRequest request) {
    var workspaces = state.scope(scope).get(Kinds.WORKSPACES).entries();
    if (request.hasWorkspaceIds()) {
      var statuses = request.workspaceIds().stream().distinct().sorted().map(workspaces::get)
          .filter(Objects::nonNull).map(entry -> status(entry, state)).toList();
      return Outcome.success(state,
          DescribeWorkspacesConnectionStatusResult.builder().workspacesConnectionStatus(statuses).build());
    }
    Optional<Page<WorkspaceEntry>> page = Page.of(state.scope(scope).get(Kinds.WORKSPACES).index()::idsFrom, workspaces::get,
        request.nextToken(), PAGE, entry -> true);
    if (page.isEmpty()) {
      return RuleRefusal.of(PageTokenRule.ISSUED, "The NextToken was not issued by this operation.").outcome(state);
    }
    return Outcome.success(state, DescribeWorkspacesConnectionStatusResult.builder()
        .workspacesConnectionStatus(page.get().items().stream().map(entry -> status(entry, state)).toList())
        .nextToken(page.get().nextToken())
        .build());
  }

  /** Returns the connection status of {@code entry} now. */
  static WorkspaceConnectionStatus status(WorkspaceEntry entry, State state) {
    ConnectionState connection = entry.state() != WorkspaceState.AVAILABLE ? ConnectionState.UNKNOWN
        : entry.userConnected() ? ConnectionState.CONNECTED : ConnectionState.DISCONNECTED;
    return WorkspaceConnectionStatus.builder()
        .workspaceId(entry.id())
        .connectionState(connection)
        .connectionStateCheckTimestamp(state.clock())
        .lastKnownUserConnectionTimestamp(entry.lastUserConnection())
        .build();
  }
}

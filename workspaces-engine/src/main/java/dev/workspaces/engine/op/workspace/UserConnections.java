package dev.workspaces.engine.op.workspace;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ConnectionRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.response.DescribeWorkspacesConnectionStatusResult;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The user-connection simulation hooks: a user connects to or disconnects from a WorkSpace, as the
 * WorkSpaces client would. Each answers like DescribeWorkspacesConnectionStatus for that one
 * WorkSpace afterwards, or refuses by a {@link ConnectionRule} row.
 */
@API(status = INTERNAL)
public final class UserConnections {
  private UserConnections() {}

  /**
   * Connects a user to WorkSpace {@code workspaceId} at the state's virtual time: AVAILABLE stays
   * AVAILABLE; STOPPED with AUTO_STOP starts (STARTING, then AVAILABLE) with the user connected.
   */
  public static Outcome connect(State state, Scope scope, String workspaceId) {
    Optional<WorkspaceEntry> found = state.scope(scope).get(Kinds.WORKSPACES).find(workspaceId);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> RuleRefusal.missing(found, ConnectionRule.WORKSPACE_EXISTS, "WorkSpace", workspaceId),
        () -> RuleRefusal.when(!connectable(found.orElseThrow()), ConnectionRule.CONNECTABLE, workspaceId,
            () -> "A user cannot connect to WorkSpace " + workspaceId + " in state " + found.orElseThrow().state()
                + " with running mode " + found.orElseThrow().runningMode()
                + "; it must be AVAILABLE, or STOPPED with running mode AUTO_STOP."));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    StateEditor editor = new StateEditor(state, scope);
    WorkspaceEntry entry = found.orElseThrow();
    if (entry.state() == WorkspaceState.STOPPED) {
      entry = ScopeWorkspaces.move(editor, entry, WorkspaceState.STARTING);
    }
    WorkspaceEntry connected = entry.withUserConnected(editor.now());
    editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.plus(connected));
    return answer(editor.state(), connected);
  }

  /** Disconnects the user connected to WorkSpace {@code workspaceId}. */
  public static Outcome disconnect(State state, Scope scope, String workspaceId) {
    Optional<WorkspaceEntry> found = state.scope(scope).get(Kinds.WORKSPACES).find(workspaceId);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> RuleRefusal.missing(found, ConnectionRule.WORKSPACE_EXISTS, "WorkSpace", workspaceId),
        () -> RuleRefusal.when(!found.orElseThrow().userConnected(), ConnectionRule.CONNECTED, workspaceId,
            () -> "No user is connected to WorkSpace " + workspaceId + "."));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    StateEditor editor = new StateEditor(state, scope);
    WorkspaceEntry disconnected = found.orElseThrow().withUserDisconnected();
    editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.plus(disconnected));
    return answer(editor.state(), disconnected);
  }

  private static boolean connectable(WorkspaceEntry entry) {
    return entry.state() == WorkspaceState.AVAILABLE
        || entry.state() == WorkspaceState.STOPPED && entry.runningMode() == RunningMode.AUTO_STOP;
  }

  private static Outcome answer(State state, WorkspaceEntry entry) {
    return Outcome.success(state, DescribeWorkspacesConnectionStatusResult.builder()
        .workspacesConnectionStatus(java.util.List.of(DescribeWorkspacesConnectionStatusHandler.status(entry, state)))
        .build());
  }
}

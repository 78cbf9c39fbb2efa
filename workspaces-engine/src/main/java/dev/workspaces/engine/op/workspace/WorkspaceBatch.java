package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.FailedItems;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.WorkspaceRequestRule;
import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.FailedWorkspaceChangeRequest;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.WorkspacesResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The one mechanism behind Reboot, Rebuild, Start, Stop and Terminate, whose handlers are its
 * subclasses: each listed WorkSpace is checked against rows
 * {@link WorkspaceRequestRule#WORKSPACE_ID_GIVEN}, {@link WorkspaceRequestRule#WORKSPACE_EXISTS} and
 * the handler's row of {@link WorkspaceRule}, and either moved to the row's result state or reported
 * in {@code FailedRequests}. The call itself always succeeds, as the service's does.
 *
 * <p>Items are applied in request order, so a WorkSpace listed twice is refused the second time
 * (it is already in the transitional state).
 *
 * @param <R> the request type
 */
abstract class WorkspaceBatch<R extends WorkspacesRequest> implements Handler<R> {
  private final WorkspaceRule rule;
  private final Function<R, List<Optional<String>>> workspaceIds;
  private final Function<List<FailedWorkspaceChangeRequest>, WorkspacesResponse> response;
  private final BiConsumer<StateEditor, WorkspaceEntry> afterMove;

  WorkspaceBatch(
      WorkspaceRule rule,
      Function<R, List<Optional<String>>> workspaceIds,
      Function<List<FailedWorkspaceChangeRequest>, WorkspacesResponse> response,
      BiConsumer<StateEditor, WorkspaceEntry> afterMove) {
    this.rule = rule;
    this.workspaceIds = workspaceIds;
    this.response = response;
    this.afterMove = afterMove;
  }

  /** The effect after the move for a batch whose WorkSpaces only move: none. */
  static void nothingMore(StateEditor editor, WorkspaceEntry moved) {}

  @Override
  public final Outcome handle(State state, Scope scope, R request) {
    StateEditor editor = new StateEditor(state, scope);
    FailedItems<FailedWorkspaceChangeRequest> failed = new FailedItems<>();
    for (Optional<String> id : workspaceIds.apply(request)) {
      item(editor, id).ifPresent(refusal -> failed.add(refusal, FailedWorkspaceChangeRequest.builder()
          .workspaceId(id).errorCode(refusal.errorCode()).errorMessage(refusal.message()).build()));
    }
    return failed.outcome(editor.state(), response.apply(failed.entries()));
  }

  private Optional<RuleRefusal> item(StateEditor editor, Optional<String> id) {
    if (id.isEmpty()) {
      return Optional.of(RuleRefusal.of(WorkspaceRequestRule.WORKSPACE_ID_GIVEN, "WorkspaceId must be given."));
    }
    Optional<WorkspaceEntry> entry = editor.read(Kinds.WORKSPACES).find(id.get());
    Optional<RuleRefusal> refusal = SingleWorkspace.refusal(entry, id.get(), rule);
    if (refusal.isEmpty()) {
      afterMove.accept(editor, ScopeWorkspaces.move(editor, entry.get(), rule.resultState()));
    }
    return refusal;
  }
}

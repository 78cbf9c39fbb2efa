package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.TargetWorkspaceState;
import dev.workspaces.model.request.ModifyWorkspaceStateRequest;
import dev.workspaces.model.response.ModifyWorkspaceStateResult;

/**
 * ModifyWorkspaceState: to ADMIN_MAINTENANCE (row {@link WorkspaceRule#ENTER_ADMIN_MAINTENANCE}) or
 * back to AVAILABLE (row {@link WorkspaceRule#LEAVE_ADMIN_MAINTENANCE}); takes effect at once.
 */
final class ModifyWorkspaceStateHandler implements Handler<ModifyWorkspaceStateRequest> {
  @Override
  public Outcome handle(State state, Scope scope, ModifyWorkspaceStateRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    WorkspaceRule rule = request.workspaceState().orElseThrow() == TargetWorkspaceState.ADMIN_MAINTENANCE
        ? WorkspaceRule.ENTER_ADMIN_MAINTENANCE : WorkspaceRule.LEAVE_ADMIN_MAINTENANCE;
    return SingleWorkspace.apply(state, editor, request.workspaceId().orElseThrow(), rule, entry -> {
      ScopeWorkspaces.move(editor, entry, rule.resultState());
      return Outcome.success(editor.state(), ModifyWorkspaceStateResult.builder().build());
    });
  }
}

package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.WorkspaceRequestRule;
import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.request.RestoreWorkspaceRequest;
import dev.workspaces.model.response.RestoreWorkspaceResult;

/**
 * RestoreWorkspace, row {@link WorkspaceRule#RESTORE}: moves the WorkSpace to RESTORING, from which
 * it returns to AVAILABLE. Refused by row {@link WorkspaceRequestRule#RESTORE_SNAPSHOT} while no
 * snapshot exists yet.
 */
final class RestoreWorkspaceHandler implements Handler<RestoreWorkspaceRequest> {
  @Override
  public Outcome handle(State state, Scope scope, RestoreWorkspaceRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.workspaceId().orElseThrow();
    return SingleWorkspace.apply(state, editor, id, WorkspaceRule.RESTORE, entry -> {
      if (entry.restoreSnapshots().isEmpty()) {
        return RuleRefusal.of(WorkspaceRequestRule.RESTORE_SNAPSHOT,
            "The WorkSpace " + id + " has no snapshot to restore from yet.").outcome(state);
      }
      ScopeWorkspaces.move(editor, entry, WorkspaceRule.RESTORE.resultState());
      return Outcome.success(editor.state(), RestoreWorkspaceResult.builder().build());
    });
  }
}

package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.BundleRule;
import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.request.MigrateWorkspaceRequest;
import dev.workspaces.model.response.MigrateWorkspaceResult;
import java.util.Optional;

/**
 * MigrateWorkspace, row {@link WorkspaceRule#MIGRATE}: a new PENDING WorkSpace for the same user on
 * the target bundle takes over the user and runs the bundle's current image; the source moves to
 * TERMINATING. An unknown bundle is refused by row {@link BundleRule#BUNDLE_EXISTS}.
 */
final class MigrateWorkspaceHandler implements Handler<MigrateWorkspaceRequest> {
  @Override
  public Outcome handle(State state, Scope scope, MigrateWorkspaceRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String sourceId = request.sourceWorkspaceId().orElseThrow();
    String bundleId = request.bundleId().orElseThrow();
    return SingleWorkspace.apply(state, editor, sourceId, WorkspaceRule.MIGRATE, source -> {
      Optional<WorkspaceBundle> bundle = Bundles.find(editor, bundleId);
      Optional<RuleRefusal> missing = RuleRefusal.missing(bundle, BundleRule.BUNDLE_EXISTS, "bundle", bundleId);
      if (missing.isPresent()) {
        return missing.get().outcome(state);
      }
      String targetId = editor.newId("ws-", 9, false, taken -> editor.read(Kinds.WORKSPACES).entries().containsKey(taken));
      Workspace target = source.workspace().toBuilder().workspaceId(targetId).bundleId(bundleId)
          .state(WorkspaceState.PENDING).modificationStates(java.util.List.of()).build();
      ScopeWorkspaces.move(editor, WorkspaceEntry.of(target).withImageId(bundle.get().imageId()), WorkspaceState.PENDING);
      ScopeWorkspaces.move(editor, source, WorkspaceRule.MIGRATE.resultState());
      editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.handedOver(source, targetId));
      return Outcome.success(editor.state(), MigrateWorkspaceResult.builder()
          .sourceWorkspaceId(sourceId).targetWorkspaceId(targetId).build());
    });
  }
}

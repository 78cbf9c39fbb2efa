package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.BundleRule;
import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.engine.state.ChangeTimes;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.state.SharedValues;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.Compute;
import dev.workspaces.model.ComputeType;
import dev.workspaces.model.RootStorage;
import dev.workspaces.model.UserStorage;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.request.MigrateWorkspaceRequest;
import dev.workspaces.model.response.MigrateWorkspaceResult;
import java.util.List;
import java.util.Optional;

/**
 * MigrateWorkspace, row {@link WorkspaceRule#MIGRATE}: a new PENDING WorkSpace for the same user on
 * the target bundle takes over the user and runs the bundle's current image; the source moves to
 * TERMINATING. As the Administration Guide's "Migrate a WorkSpace" says, the new WorkSpace keeps the
 * source's tags and running mode, gets a new id, computer name and IP address, the target bundle's
 * compute type and root volume, and as user volume the source's size when it differed from its old
 * bundle's default, else the larger of the source's and the target bundle's default. An unknown
 * bundle is refused by row {@link BundleRule#BUNDLE_EXISTS}, the source's own bundle by
 * {@link BundleRule#MIGRATE_TO_OTHER_BUNDLE}.
 */
final class MigrateWorkspaceHandler implements Handler<MigrateWorkspaceRequest> {
  @Override
  public Outcome handle(State state, Scope scope, MigrateWorkspaceRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String sourceId = request.sourceWorkspaceId().orElseThrow();
    String bundleId = request.bundleId().orElseThrow();
    return SingleWorkspace.apply(state, editor, sourceId, WorkspaceRule.MIGRATE, source -> {
      Optional<WorkspaceBundle> bundle = Bundles.find(editor, bundleId);
      Optional<RuleRefusal> refusal = RuleRefusal.first(
          () -> RuleRefusal.missing(bundle, BundleRule.BUNDLE_EXISTS, "bundle", bundleId),
          () -> RuleRefusal.when(source.details().bundleId().filter(bundleId::equals).isPresent(),
              BundleRule.MIGRATE_TO_OTHER_BUNDLE, bundleId, () -> "The WorkSpace " + sourceId + " is already on bundle "
                  + bundleId + "; rebuild it to refresh it on the same bundle."));
      if (refusal.isPresent()) {
        return refusal.get().outcome(state);
      }
      String targetId = editor.newId("ws-", 9, false, taken -> editor.read(Kinds.WORKSPACES).entries().containsKey(taken));
      Workspace target = source.workspace().toBuilder().workspaceId(targetId).bundleId(bundleId)
          .ipAddress(CreateWorkspacesHandler.ipAddress(editor.read(Kinds.WORKSPACES).entries().size()))
          .computerName(Optional.<String>empty())
          .workspaceProperties(targetProperties(editor, source, bundle.get()))
          .state(WorkspaceState.PENDING).modificationStates(List.of()).build();
      ScopeWorkspaces.move(editor, WorkspaceEntry.of(target).withImageId(bundle.get().imageId())
          .withTags(source.tags()).withChangeTimes(ChangeTimes.launchedAt(editor.now())), WorkspaceState.PENDING);
      ScopeWorkspaces.move(editor, source, WorkspaceRule.MIGRATE.resultState());
      editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.handedOver(source, targetId));
      return Outcome.success(editor.state(), MigrateWorkspaceResult.builder()
          .sourceWorkspaceId(sourceId).targetWorkspaceId(targetId).build());
    });
  }

  /** The source's properties with the target bundle's compute type and volumes, as the guide describes. */
  private static WorkspaceProperties targetProperties(StateEditor editor, WorkspaceEntry source, WorkspaceBundle target) {
    WorkspaceProperties current = source.details().workspaceProperties().orElse(WorkspaceProperties.builder().build());
    WorkspaceProperties.Builder next = current.toBuilder();
    target.computeType().flatMap(ComputeType::name).filter(Compute::isKnown).ifPresent(next::computeTypeName);
    capacity(target.rootStorage().flatMap(RootStorage::capacity)).ifPresent(next::rootVolumeSizeGib);
    Optional<Integer> oldDefault = source.details().bundleId().flatMap(id -> Bundles.find(editor, id))
        .flatMap(WorkspaceBundle::userStorage).flatMap(UserStorage::capacity).map(Integer::valueOf);
    Optional<Integer> newDefault = capacity(target.userStorage().flatMap(UserStorage::capacity));
    Optional<Integer> user = current.userVolumeSizeGib();
    boolean customised = user.isPresent() && oldDefault.isPresent() && !user.equals(oldDefault);
    if (!customised && newDefault.isPresent()) {
      next.userVolumeSizeGib(Math.max(user.orElse(0), newDefault.get()));
    }
    return SharedValues.properties(next.build());
  }

  private static Optional<Integer> capacity(Optional<String> gib) {
    return gib.map(Integer::valueOf);
  }
}

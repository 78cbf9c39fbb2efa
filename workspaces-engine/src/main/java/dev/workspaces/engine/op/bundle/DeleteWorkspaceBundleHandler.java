package dev.workspaces.engine.op.bundle;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ImageRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.request.DeleteWorkspaceBundleRequest;
import dev.workspaces.model.response.DeleteWorkspaceBundleResult;
import java.util.Optional;

/**
 * DeleteWorkspaceBundle: removes one of the caller's bundles with its tags; its image stays.
 *
 * <p>Refusals, in table order: {@link ImageRule#BUNDLE_IDS_GIVEN} (InvalidParameterValuesException),
 * {@link ImageRule#AMAZON_BUNDLE_DELETE} (InvalidParameterValuesException),
 * {@link ImageRule#BUNDLE_OWNED} (ResourceNotFoundException) and {@link ImageRule#BUNDLE_UNUSED}
 * (ResourceAssociatedException while a WorkSpace of the caller that is not TERMINATED uses it).
 *
 * <p>Performance: the in-use check scans the caller's WorkSpaces in the region, O(n); the call is rare.
 */
final class DeleteWorkspaceBundleHandler implements Handler<DeleteWorkspaceBundleRequest> {
  @Override
  public Outcome handle(State state, Scope scope, DeleteWorkspaceBundleRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String bundleId = request.bundleId().orElse("");
    Optional<WorkspaceBundle> bundle = Optional.ofNullable(editor.read(Kinds.BUNDLES).entries().get(bundleId));
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> RuleRefusal.when(bundleId.isEmpty(), ImageRule.BUNDLE_IDS_GIVEN, bundleId,
            () -> "DeleteWorkspaceBundle needs a BundleId."),
        () -> RuleRefusal.when(AmazonBundles.find(bundleId).isPresent(), ImageRule.AMAZON_BUNDLE_DELETE, bundleId,
            () -> "The bundle " + bundleId + " is one of Amazon's public bundles; it cannot be deleted."),
        () -> RuleRefusal.missing(bundle, ImageRule.BUNDLE_OWNED, "bundle", bundleId),
        () -> editor.read(Kinds.WORKSPACES).firstLiveOnBundle(bundleId).map(workspace -> new RuleRefusal(ImageRule.BUNDLE_UNUSED,
            "The bundle " + bundleId + " is used by WorkSpace " + workspace + ".", bundleId)));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    editor.remove(bundleId);
    return Outcome.success(editor.state(), DeleteWorkspaceBundleResult.builder().build());
  }
}

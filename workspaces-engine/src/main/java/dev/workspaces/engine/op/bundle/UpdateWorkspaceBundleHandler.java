package dev.workspaces.engine.op.bundle;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.op.image.Images;
import dev.workspaces.engine.rule.ImageRule;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.request.UpdateWorkspaceBundleRequest;
import dev.workspaces.model.response.UpdateWorkspaceBundleResult;
import java.util.Optional;

/**
 * UpdateWorkspaceBundle: points one of the caller's bundles at another of its AVAILABLE images.
 * WorkSpaces launched from the bundle from now on run the new image; existing ones keep the image
 * they run until they are rebuilt (RebuildWorkspaces restores the bundle's current image) or
 * migrated.
 *
 * <p>Refusals, in table order: {@link ImageRule#BUNDLE_IDS_GIVEN} (InvalidParameterValuesException),
 * {@link ImageRule#AMAZON_BUNDLE_UPDATE} (OperationNotSupportedException),
 * {@link ImageRule#BUNDLE_OWNED} and {@link ImageRule#IMAGE_OWNED} (ResourceNotFoundException), and
 * {@link ImageRule#BUNDLE_IMAGE_AVAILABLE} (ResourceUnavailableException).
 */
final class UpdateWorkspaceBundleHandler implements Handler<UpdateWorkspaceBundleRequest> {
  @Override
  public Outcome handle(State state, Scope scope, UpdateWorkspaceBundleRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String bundleId = request.bundleId().orElse("");
    String imageId = request.imageId().orElse("");
    Optional<WorkspaceBundle> bundle = Optional.ofNullable(editor.read(Kinds.BUNDLES).entries().get(bundleId));
    Optional<ImageEntry> image = editor.read(Kinds.IMAGES).find(imageId);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> RuleRefusal.when(bundleId.isEmpty() || imageId.isEmpty(), ImageRule.BUNDLE_IDS_GIVEN, bundleId,
            () -> "UpdateWorkspaceBundle needs both BundleId and ImageId."),
        () -> RuleRefusal.when(AmazonBundles.find(bundleId).isPresent(), ImageRule.AMAZON_BUNDLE_UPDATE, bundleId,
            () -> "The bundle " + bundleId + " is one of Amazon's public bundles; it cannot be updated."),
        () -> RuleRefusal.missing(bundle, ImageRule.BUNDLE_OWNED, "bundle", bundleId),
        () -> RuleRefusal.missing(image, ImageRule.IMAGE_OWNED, "image", imageId),
        () -> Images.inState(ImageRule.BUNDLE_IMAGE_AVAILABLE, image.get()));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    editor.edit(Kinds.BUNDLES, bundles -> bundles.plus(bundle.get().toBuilder().imageId(imageId).lastUpdatedTime(editor.now()).build()));
    return Outcome.success(editor.state(), UpdateWorkspaceBundleResult.builder().build());
  }
}

package dev.workspaces.engine.op.image;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ImageRule;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeImages;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.request.CreateUpdatedWorkspaceImageRequest;
import dev.workspaces.model.response.CreateUpdatedWorkspaceImageResult;
import java.util.Optional;

/**
 * CreateUpdatedWorkspaceImage: makes a new PENDING image holding the updates its source reports;
 * the source is kept unchanged. The new image becomes AVAILABLE through IMAGE_PENDING with no
 * update pending, and reports one again after {@link ImageRule#UPDATE_AVAILABLE_AFTER}.
 *
 * <p>Refusals, in table order: {@link ImageRule#IMAGE_OWNED} (ResourceNotFoundException),
 * {@link ImageRule#UPDATE_SOURCE_AVAILABLE} (InvalidResourceStateException),
 * {@link ImageRule#UPDATE_OPERATING_SYSTEM} (OperationNotSupportedException),
 * {@link ImageRule#UPDATE_AVAILABLE} (InvalidResourceStateException), then the name, limit and tag rows.
 */
final class CreateUpdatedWorkspaceImageHandler implements Handler<CreateUpdatedWorkspaceImageRequest> {
  @Override
  public Outcome handle(State state, Scope scope, CreateUpdatedWorkspaceImageRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String sourceId = request.sourceImageId().orElseThrow();
    String name = request.name().orElseThrow();
    Optional<ImageEntry> source = editor.read(Kinds.IMAGES).find(sourceId);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> RuleRefusal.missing(source, ImageRule.IMAGE_OWNED, "image", sourceId),
        () -> Images.inState(ImageRule.UPDATE_SOURCE_AVAILABLE, source.get()),
        () -> RuleRefusal.when(!ImageRule.UPDATABLE_SYSTEMS.contains(source.get().operatingSystem()),
            ImageRule.UPDATE_OPERATING_SYSTEM, sourceId, () -> "The image " + sourceId + " runs "
                + source.get().operatingSystem() + "; only " + ImageRule.UPDATABLE_SYSTEMS
                + " images can be updated."),
        () -> RuleRefusal.when(!source.get().updateAvailable(editor.now()), ImageRule.UPDATE_AVAILABLE,
            sourceId, () -> "The image " + sourceId + " has no update available yet."),
        () -> Images.admission(editor, name, request.tags()));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    ImageEntry updated = ScopeImages.schedule(editor, Images.create(editor, name, request.description(),
        source.get().operatingSystem(), ImageOrigin.of(ImageOrigin.Kind.UPDATE, sourceId), request.tags()),
        Transition.IMAGE_PENDING);
    return Outcome.success(editor.state(),
        CreateUpdatedWorkspaceImageResult.builder().imageId(updated.id()).build());
  }
}

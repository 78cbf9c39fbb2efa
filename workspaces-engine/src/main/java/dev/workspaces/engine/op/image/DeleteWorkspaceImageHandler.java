package dev.workspaces.engine.op.image;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ImageRule;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.request.DeleteWorkspaceImageRequest;
import dev.workspaces.model.response.DeleteWorkspaceImageResult;
import java.util.Optional;

/**
 * DeleteWorkspaceImage: removes one of the caller's images with its tags.
 *
 * <p>Refusals, in table order: {@link ImageRule#DELETE_IMAGE_SETTLED} (InvalidResourceStateException
 * while PENDING), {@link ImageRule#DELETE_IMAGE_UNUSED} (ResourceAssociatedException while a bundle of
 * the caller uses it) and {@link ImageRule#DELETE_IMAGE_UNSHARED} (InvalidResourceStateException while
 * shared). WorkSpaces already running the image do not hold it.
 *
 * <h2>Readings</h2>
 * The operation declares no ResourceNotFoundException, so an image the caller does not own (unknown,
 * already deleted, or another account's) is a successful no-op: deleting is idempotent, as the
 * service's delete calls without that error are.
 */
final class DeleteWorkspaceImageHandler implements Handler<DeleteWorkspaceImageRequest> {
  @Override
  public Outcome handle(State state, Scope scope, DeleteWorkspaceImageRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.imageId().orElseThrow();
    Optional<ImageEntry> image = editor.read(Kinds.IMAGES).find(id);
    if (image.isEmpty()) {
      return Outcome.success(state, DeleteWorkspaceImageResult.builder().build());
    }
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> Images.inState(ImageRule.DELETE_IMAGE_SETTLED, image.get()),
        () -> usedBy(editor, id).map(bundle -> new RuleRefusal(ImageRule.DELETE_IMAGE_UNUSED,
            "The image " + id + " is used by bundle " + bundle + "; delete or update the bundle first.", id)),
        () -> RuleRefusal.when(!image.get().sharedWith().isEmpty(), ImageRule.DELETE_IMAGE_UNSHARED, id,
            () -> "The image " + id + " is shared with " + image.get().sharedWith() + "; unshare it first."));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    editor.remove(id, image.get().pendingStep());
    return Outcome.success(editor.state(), DeleteWorkspaceImageResult.builder().build());
  }

  /** Returns the first (by id) of the caller's bundles that uses image {@code id}, if any. */
  private static Optional<String> usedBy(StateEditor editor, String id) {
    return editor.read(Kinds.BUNDLES).entries().values().stream()
        .filter(bundle -> bundle.imageId().equals(Optional.of(id)))
        .map(WorkspaceBundle::bundleId).map(Optional::orElseThrow).findFirst();
  }
}

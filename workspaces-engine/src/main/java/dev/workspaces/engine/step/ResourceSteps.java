package dev.workspaces.engine.step;

import dev.workspaces.engine.rule.ResourceKind;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScheduledStep;
import dev.workspaces.engine.state.ScopeImages;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.CustomWorkspaceImageImportState;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.WorkspaceBundleState;
import java.util.Optional;

/**
 * Completes the steps of images, custom image imports and bundles. A step whose resource is gone
 * or has moved on since it was scheduled changes nothing.
 */
final class ResourceSteps {
  private ResourceSteps() {}

  /**
   * Completes IMAGE_PENDING: the image becomes AVAILABLE (which starts its update count), and every
   * step completed with this one is taken too: the WorkSpace the image was made from leaves SUSPENDED.
   */
  static void completeImage(StateEditor editor, ScheduledStep step) {
    Optional<ImageEntry> entry = editor.read(Kinds.IMAGES).find(step.resourceId())
        .filter(image -> image.state().toString().equals(step.transition().from()));
    if (entry.isEmpty()) {
      return;
    }
    ImageEntry done = entry.get().available(editor.now());
    editor.edit(Kinds.IMAGES, images -> images.plus(done));
    if (done.origin().kind() != ImageOrigin.Kind.WORKSPACE) {
      return;
    }
    for (Transition follower : Transition.values()) {
      if (follower.kind() == ResourceKind.WORKSPACE && follower.completedWith().equals(Optional.of(step.transition()))) {
        editor.read(Kinds.WORKSPACES).find(done.origin().sourceId())
            .ifPresent(workspace -> StepRunner.completeWorkspace(editor, workspace, follower));
      }
    }
  }

  /**
   * Moves a custom import one state on and schedules the next step; at the end of the walk
   * (COMPLETED) the imported image becomes AVAILABLE.
   */
  static void advanceImport(StateEditor editor, ScheduledStep step) {
    Optional<ImageEntry> entry = editor.read(Kinds.IMAGES).find(step.resourceId()).filter(image -> image.customImport()
        .map(progress -> progress.state().toString().equals(step.transition().from())).orElse(false));
    if (entry.isEmpty()) {
      return;
    }
    CustomWorkspaceImageImportState next =
        CustomWorkspaceImageImportState.fromValue(step.transition().to().orElseThrow());
    ImageEntry moved = entry.get().withPendingStep(Optional.empty())
        .withCustomImport(entry.get().customImport().map(progress -> progress.moveTo(next, editor.now())));
    Optional<Transition> following = Transition.leaving(ResourceKind.IMAGE_IMPORT, next.toString())
        .filter(Transition::timed);
    if (following.isPresent()) {
      ScopeImages.schedule(editor, moved, following.get());
    } else {
      editor.edit(Kinds.IMAGES, images -> images.plus(moved.available(editor.now())));
    }
  }

  /**
   * Completes a bundle step. No operation schedules one (CreateWorkspaceBundle answers an AVAILABLE
   * bundle), but a bundle found in the step's from-state still settles into its to-state.
   */
  static void completeBundle(StateEditor editor, ScheduledStep step) {
    WorkspaceBundle bundle = editor.read(Kinds.BUNDLES).entries().get(step.resourceId());
    if (bundle != null && bundle.stateAsString().equals(Optional.of(step.transition().from()))) {
      editor.edit(Kinds.BUNDLES, bundles -> bundles.plus(bundle.toBuilder()
          .state(WorkspaceBundleState.fromValue(step.transition().to().orElseThrow())).build()));
    }
  }
}

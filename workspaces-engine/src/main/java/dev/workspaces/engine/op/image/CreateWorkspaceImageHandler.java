package dev.workspaces.engine.op.image;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.op.workspace.SingleWorkspace;
import dev.workspaces.engine.rule.ImageRule;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeImages;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.WorkspaceImage;
import dev.workspaces.model.request.CreateWorkspaceImageRequest;
import dev.workspaces.model.response.CreateWorkspaceImageResult;
import java.util.Optional;

/**
 * CreateWorkspaceImage: makes a PENDING image of an AVAILABLE WorkSpace (row
 * {@link WorkspaceRule#CREATE_IMAGE}); the WorkSpace is SUSPENDED until the image's step
 * (IMAGE_PENDING) completes, when both become AVAILABLE.
 *
 * <p>Refusals, in order: unknown WorkSpace (ResourceNotFoundException), WorkSpace not AVAILABLE
 * (InvalidResourceStateException), then rows {@link ImageRule#IMAGE_NAME_UNIQUE},
 * {@link ImageRule#IMAGE_LIMIT} and {@link ImageRule#TAG_LIMIT}. The image runs the WorkSpace's
 * operating system, is owned by the caller with tenancy DEFAULT, and remembers the WorkSpace as its
 * origin.
 */
final class CreateWorkspaceImageHandler implements Handler<CreateWorkspaceImageRequest> {
  @Override
  public Outcome handle(State state, Scope scope, CreateWorkspaceImageRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String workspaceId = request.workspaceId().orElseThrow();
    return SingleWorkspace.apply(state, editor, workspaceId, WorkspaceRule.CREATE_IMAGE, source -> {
      String name = request.name().orElseThrow();
      Optional<RuleRefusal> refusal = Images.admission(editor, name, request.tags());
      if (refusal.isPresent()) {
        return refusal.get().outcome(state);
      }
      ImageEntry image = ScopeImages.schedule(editor, Images.create(editor, name, request.description(),
          Images.operatingSystemOf(editor, source), ImageOrigin.of(ImageOrigin.Kind.WORKSPACE, workspaceId),
          request.tags()), Transition.IMAGE_PENDING);
      WorkspaceEntry suspended = ScopeWorkspaces.move(editor, source, WorkspaceRule.CREATE_IMAGE.resultState());
      editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.plus(suspended.withPendingStep(image.pendingStep())));
      return Outcome.success(editor.state(), result(image.image()));
    });
  }

  private static CreateWorkspaceImageResult result(WorkspaceImage image) {
    return CreateWorkspaceImageResult.builder()
        .imageId(image.imageId())
        .name(image.name())
        .description(image.description())
        .operatingSystem(image.operatingSystem())
        .state(image.stateAsString())
        .requiredTenancy(image.requiredTenancyAsString())
        .created(image.created())
        .ownerAccountId(image.ownerAccountId())
        .build();
  }
}

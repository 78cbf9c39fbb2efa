package dev.workspaces.engine.op.image;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.OperatingSystems;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ImageRule;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.ScopeImages;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.request.ImportWorkspaceImageRequest;
import dev.workspaces.model.response.ImportWorkspaceImageResult;
import java.util.Optional;

/**
 * ImportWorkspaceImage: makes a PENDING BYOL image from an EC2 image (AVAILABLE through
 * IMAGE_PENDING). Refusals: rows {@link ImageRule#IMAGE_NAME_UNIQUE}, {@link ImageRule#IMAGE_LIMIT}
 * and {@link ImageRule#TAG_LIMIT}.
 *
 * <h2>Readings</h2>
 * The engine models no EC2 images, so any well-formed Ec2ImageId is accepted. Every ingestion
 * process brings in a Windows desktop licensed by the account, and the release inside the EC2 image
 * is not visible here: the image is taken to run Windows 10. Applications are accepted and not
 * modelled further.
 */
final class ImportWorkspaceImageHandler implements Handler<ImportWorkspaceImageRequest> {
  @Override
  public Outcome handle(State state, Scope scope, ImportWorkspaceImageRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String name = request.imageName().orElseThrow();
    Optional<RuleRefusal> refusal = Images.admission(editor, name, request.tags());
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    ImageOrigin origin = ImageOrigin.of(ImageOrigin.Kind.IMPORT, request.ec2ImageId().orElseThrow());
    ImageEntry image = ScopeImages.schedule(editor, Images.create(editor, name, request.imageDescription(),
        OperatingSystems.DEFAULT, origin, request.tags()), Transition.IMAGE_PENDING);
    return Outcome.success(editor.state(), ImportWorkspaceImageResult.builder().imageId(image.id()).build());
  }
}

package dev.workspaces.engine.op.image;

import com.google.common.collect.ImmutableMap;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ImageRule;
import dev.workspaces.engine.rule.ResourceKind;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.engine.state.CustomImageImport;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.ScopeImages;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.CustomWorkspaceImageImportState;
import dev.workspaces.model.ImageSourceIdentifier;
import dev.workspaces.model.OSVersion;
import dev.workspaces.model.OperatingSystemName;
import dev.workspaces.model.request.ImportCustomWorkspaceImageRequest;
import dev.workspaces.model.response.ImportCustomWorkspaceImageResult;
import java.util.Optional;

/**
 * ImportCustomWorkspaceImage: starts an import through EC2 Image Builder. The image appears at once
 * as PENDING; the import walks the {@code IMPORT_*} steps of {@link Transition} (PENDING,
 * IN_PROGRESS, ... PUBLISHING, COMPLETED) as time advances, and the image becomes AVAILABLE at
 * COMPLETED. DescribeCustomWorkspaceImageImport shows the walk.
 *
 * <p>Refusals: rows {@link ImageRule#IMAGE_NAME_UNIQUE}, {@link ImageRule#IMAGE_LIMIT} and
 * {@link ImageRule#TAG_LIMIT}. The image runs the requested Windows release (OsVersion). The engine
 * models no Image Builder resources, so any well-formed source and infrastructure ARN are accepted.
 */
final class ImportCustomWorkspaceImageHandler implements Handler<ImportCustomWorkspaceImageRequest> {
  private static final ImmutableMap<OSVersion, OperatingSystemName> SYSTEMS = ImmutableMap.of(
      OSVersion.WINDOWS_10, OperatingSystemName.WINDOWS_10,
      OSVersion.WINDOWS_11, OperatingSystemName.WINDOWS_11);

  @Override
  public Outcome handle(State state, Scope scope, ImportCustomWorkspaceImageRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String name = request.imageName().orElseThrow();
    Optional<RuleRefusal> refusal = Images.admission(editor, name, request.tags());
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    ImageSourceIdentifier source = request.imageSource().orElseThrow();
    CustomImageImport progress = new CustomImageImport(CustomWorkspaceImageImportState.PENDING,
        request.infrastructureConfigurationArn().orElseThrow(), source, editor.now(), editor.now());
    ImageEntry image = Images.create(editor, name, request.imageDescription(),
        SYSTEMS.get(request.osVersion().orElseThrow()), ImageOrigin.of(ImageOrigin.Kind.CUSTOM_IMPORT, sourceId(source)),
        request.tags());
    Transition first = Transition.leaving(ResourceKind.IMAGE_IMPORT, progress.state().toString()).orElseThrow();
    ScopeImages.schedule(editor, image.withCustomImport(Optional.of(progress)), first);
    return Outcome.success(editor.state(), ImportCustomWorkspaceImageResult.builder()
        .imageId(image.id()).state(progress.state()).build());
  }

  /** Returns the one member the source union holds (validation guarantees there is exactly one). */
  private static String sourceId(ImageSourceIdentifier source) {
    return source.ec2ImageId().or(source::ec2ImportTaskId).or(source::imageBuildVersionArn).orElseThrow();
  }
}

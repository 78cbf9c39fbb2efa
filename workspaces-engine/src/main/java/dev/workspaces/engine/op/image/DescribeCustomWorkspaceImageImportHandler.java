package dev.workspaces.engine.op.image;

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
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.CustomWorkspaceImageImportState;
import dev.workspaces.model.request.DescribeCustomWorkspaceImageImportRequest;
import dev.workspaces.model.response.DescribeCustomWorkspaceImageImportResult;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * DescribeCustomWorkspaceImageImport: the progress of one of the caller's custom imports. An image
 * that is not the caller's own or was not custom-imported is refused by row
 * {@link ImageRule#CUSTOM_IMPORT_KNOWN} (ResourceNotFoundException).
 *
 * <p>ProgressPercentage is the share of the {@code IMPORT_*} steps already completed, so it reads 0
 * at PENDING and 100 at COMPLETED.
 */
final class DescribeCustomWorkspaceImageImportHandler implements Handler<DescribeCustomWorkspaceImageImportRequest> {
  /** The import's steps, in the order it walks them. */
  private static final List<Transition> WALK = Arrays.stream(Transition.values())
      .filter(transition -> transition.kind() == ResourceKind.IMAGE_IMPORT).toList();

  @Override
  public Outcome handle(State state, Scope scope, DescribeCustomWorkspaceImageImportRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.imageId().orElseThrow();
    Optional<ImageEntry> image = editor.read(Kinds.IMAGES).find(id).filter(entry -> entry.customImport().isPresent());
    if (image.isEmpty()) {
      return new RuleRefusal(ImageRule.CUSTOM_IMPORT_KNOWN, "No custom image import " + id
          + " exists in this account and region.", id).outcome(state);
    }
    CustomImageImport progress = image.get().customImport().orElseThrow();
    return Outcome.success(state, DescribeCustomWorkspaceImageImportResult.builder()
        .imageId(id)
        .infrastructureConfigurationArn(progress.infrastructureConfigurationArn())
        .state(progress.state())
        .stateMessage("The import is " + progress.state() + ".")
        .progressPercentage(percentage(progress.state()))
        .created(progress.created())
        .lastUpdatedTime(progress.lastUpdated())
        .imageSource(progress.source())
        .build());
  }

  /** Returns how much of the walk lies behind {@code state}, in percent. */
  static int percentage(CustomWorkspaceImageImportState state) {
    for (int done = 0; done < WALK.size(); done++) {
      if (WALK.get(done).from().equals(state.toString())) {
        return done * 100 / WALK.size();
      }
    }
    return 100;
  }
}

package dev.workspaces.engine.op.image;

import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.ImageFixtures.accepted;
import static dev.workspaces.engine.ImageFixtures.image;
import static dev.workspaces.engine.ImageFixtures.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.State;
import dev.workspaces.engine.rule.ResourceKind;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.model.CustomImageProtocol;
import dev.workspaces.model.CustomWorkspaceImageImportState;
import dev.workspaces.model.ImageComputeType;
import dev.workspaces.model.ImageSourceIdentifier;
import dev.workspaces.model.OSVersion;
import dev.workspaces.model.OperatingSystemName;
import dev.workspaces.model.Platform;
import dev.workspaces.model.WorkspaceImageState;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.DescribeCustomWorkspaceImageImportRequest;
import dev.workspaces.model.request.ImportCustomWorkspaceImageRequest;
import dev.workspaces.model.response.DescribeCustomWorkspaceImageImportResult;
import dev.workspaces.model.response.ImportCustomWorkspaceImageResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ImportCustomWorkspaceImage and DescribeCustomWorkspaceImageImport, through {@link Engine#apply}. */
class CustomImageImportHandlersTest {
  private static final State START = State.initial(31);
  private static final String ARN =
      "arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/import-infra";
  private static final ImageSourceIdentifier SOURCE = ImageSourceIdentifier.builder()
      .imageBuildVersionArn("arn:aws:imagebuilder:us-east-1:123456789012:image/desktop/1.0.0/1").build();

  @Test
  void importAnswersThePendingImportAndShowsAPendingImage() {
    Outcome outcome = accepted(START, SCOPE, request("desktop", OSVersion.WINDOWS_11));

    ImportCustomWorkspaceImageResult result = outcome.responseAs(ImportCustomWorkspaceImageResult.class);
    assertEquals(CustomWorkspaceImageImportState.PENDING, result.state().orElseThrow());
    String id = result.imageId().orElseThrow();
    assertEquals(WorkspaceImageState.PENDING, image(outcome.state(), SCOPE, id).state());
    assertEquals(OperatingSystemName.WINDOWS_11, image(outcome.state(), SCOPE, id).operatingSystem());
    DescribeCustomWorkspaceImageImportResult described = describe(outcome.state(), id);
    assertEquals(ARN, described.infrastructureConfigurationArn().orElseThrow());
    assertEquals(SOURCE, described.imageSource().orElseThrow());
    assertEquals(0, described.progressPercentage().orElseThrow());
    assertEquals(START.clock(), described.created().orElseThrow());
  }

  @Test
  void theImportWalksEveryDocumentedStateInOrderAsTimePasses() {
    Outcome outcome = accepted(START, SCOPE, request("desktop", OSVersion.WINDOWS_10));
    String id = outcome.responseAs(ImportCustomWorkspaceImageResult.class).imageId().orElseThrow();
    State state = outcome.state();
    List<CustomWorkspaceImageImportState> seen = new ArrayList<>();
    List<Integer> progress = new ArrayList<>();
    for (Transition step : Transition.values()) {
      if (step.kind() != ResourceKind.IMAGE_IMPORT) {
        continue;
      }
      DescribeCustomWorkspaceImageImportResult now = describe(state, id);
      seen.add(now.state().orElseThrow());
      progress.add(now.progressPercentage().orElseThrow());
      assertEquals(WorkspaceImageState.PENDING, image(state, SCOPE, id).state(), "PENDING until COMPLETED");
      State almost = Engine.advance(state, step.realisticDuration().minusSeconds(1));
      assertEquals(now.state(), describe(almost, id).state(), "a step takes its whole duration");
      state = Engine.advance(state, step.realisticDuration());
      assertEquals(state.clock(), describe(state, id).lastUpdatedTime().orElseThrow());
    }
    DescribeCustomWorkspaceImageImportResult done = describe(state, id);
    seen.add(done.state().orElseThrow());
    progress.add(done.progressPercentage().orElseThrow());

    List<CustomWorkspaceImageImportState> documented = Arrays.stream(CustomWorkspaceImageImportState.values())
        .filter(s -> s != CustomWorkspaceImageImportState.ERROR && s.isKnown()).toList();
    assertEquals(documented, seen);
    assertEquals(100, progress.get(progress.size() - 1));
    for (int i = 1; i < progress.size(); i++) {
      assertTrue(progress.get(i) > progress.get(i - 1), "progress grows: " + progress);
    }
    assertEquals(WorkspaceImageState.AVAILABLE, image(state, SCOPE, id).state());
    assertTrue(state.timeline().isEmpty());
  }

  @Test
  void importRefusesADuplicateNameAndTheLimit() {
    State state = ImageFixtures.withImage(START, SCOPE, "wsi-desktop00", "desktop");
    refused(state, SCOPE, request("desktop", OSVersion.WINDOWS_10), ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION,
        "desktop");
    refused(state.withConfig(state.config().withMaxImagesPerScope(1)), SCOPE, request("other", OSVersion.WINDOWS_10),
        ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "other");
  }

  @Test
  void describeRefusesAnImageThatWasNotCustomImported() {
    State state = ImageFixtures.withImage(START, SCOPE, "wsi-desktop00", "desktop");
    refused(state, SCOPE, DescribeCustomWorkspaceImageImportRequest.builder().imageId("wsi-desktop00").build(),
        ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "wsi-desktop00");
    refused(state, SCOPE, DescribeCustomWorkspaceImageImportRequest.builder().imageId("wsi-unknown00").build(),
        ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "wsi-unknown00");
  }

  @Test
  void anotherAccountCannotDescribeTheImport() {
    Outcome outcome = accepted(START, SCOPE, request("desktop", OSVersion.WINDOWS_10));
    String id = outcome.responseAs(ImportCustomWorkspaceImageResult.class).imageId().orElseThrow();
    refused(outcome.state(), ImageFixtures.B, DescribeCustomWorkspaceImageImportRequest.builder().imageId(id).build(),
        ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, id);
  }

  private static DescribeCustomWorkspaceImageImportResult describe(State state, String id) {
    return accepted(state, SCOPE, DescribeCustomWorkspaceImageImportRequest.builder().imageId(id).build())
        .responseAs(DescribeCustomWorkspaceImageImportResult.class);
  }

  private static ImportCustomWorkspaceImageRequest request(String name, OSVersion version) {
    return ImportCustomWorkspaceImageRequest.builder().imageName(name).imageDescription("Custom desktop")
        .computeType(ImageComputeType.BASE).protocol(CustomImageProtocol.DCV).imageSource(SOURCE)
        .infrastructureConfigurationArn(ARN).platform(Platform.WINDOWS).osVersion(version).build();
  }
}

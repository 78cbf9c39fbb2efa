package dev.workspaces.engine.op.image;

import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.ImageFixtures.accepted;
import static dev.workspaces.engine.ImageFixtures.image;
import static dev.workspaces.engine.ImageFixtures.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.OperatingSystemName;
import dev.workspaces.model.OperatingSystemType;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.UpdateResult;
import dev.workspaces.model.WorkspaceImage;
import dev.workspaces.model.WorkspaceImageIngestionProcess;
import dev.workspaces.model.WorkspaceImageRequiredTenancy;
import dev.workspaces.model.WorkspaceImageState;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.CreateUpdatedWorkspaceImageRequest;
import dev.workspaces.model.request.CreateWorkspaceImageRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.DescribeWorkspaceImagesRequest;
import dev.workspaces.model.request.ImportWorkspaceImageRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import dev.workspaces.model.response.CreateUpdatedWorkspaceImageResult;
import dev.workspaces.model.response.CreateWorkspaceImageResult;
import dev.workspaces.model.response.CreateWorkspacesResult;
import dev.workspaces.model.response.DescribeWorkspaceImagesResult;
import dev.workspaces.model.response.ImportWorkspaceImageResult;
import dev.workspaces.model.response.TerminateWorkspacesResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CreateWorkspaceImage, CreateUpdatedWorkspaceImage and ImportWorkspaceImage, through {@link Engine#apply}. */
class ImageCreationHandlersTest {
  private static final State REGISTERED = Fixtures.withDirectory(State.initial(21));

  /** A state whose WorkSpace {@code ws[0]} for {@code user} on {@code bundle} is AVAILABLE. */
  static State withAvailableWorkspace(State state, String user, String bundle, String[] ws) {
    var outcome = accepted(state, SCOPE, CreateWorkspacesRequest.builder()
        .addWorkspace(WorkspaceRequest.builder().directoryId(Fixtures.DIRECTORY).userName(user).bundleId(bundle).build())
        .build());
    ws[0] = outcome.responseAs(CreateWorkspacesResult.class).pendingRequests().get(0).workspaceId().orElseThrow();
    return Engine.advance(outcome.state(), Duration.ofMinutes(20));
  }

  static CreateWorkspaceImageRequest createImage(String workspaceId, String name) {
    return CreateWorkspaceImageRequest.builder().workspaceId(workspaceId).name(name).description("Golden image").build();
  }

  private static final String[] WS = new String[1];
  private static final State READY = withAvailableWorkspace(REGISTERED, "alice", AmazonBundles.STANDARD_WINDOWS, WS);

  // ---- CreateWorkspaceImage ----

  @Test
  void createImageAnswersAPendingImageAndSuspendsTheWorkspace() {
    var outcome = accepted(READY, SCOPE, createImage(WS[0], "golden").toBuilder()
        .tags(ImageFixtures.tags(2)).build());

    CreateWorkspaceImageResult result = outcome.responseAs(CreateWorkspaceImageResult.class);
    String id = result.imageId().orElseThrow();
    assertTrue(id.matches("^wsi-[0-9a-z]{9}$"), id);
    assertEquals("golden", result.name().orElseThrow());
    assertEquals("Golden image", result.description().orElseThrow());
    assertEquals(OperatingSystemType.WINDOWS, result.operatingSystem().orElseThrow().type().orElseThrow());
    assertEquals(WorkspaceImageState.PENDING, result.state().orElseThrow());
    assertEquals(WorkspaceImageRequiredTenancy.DEFAULT, result.requiredTenancy().orElseThrow());
    assertEquals(READY.clock(), result.created().orElseThrow());
    assertEquals(SCOPE.accountId(), result.ownerAccountId().orElseThrow());
    assertEquals(WorkspaceState.SUSPENDED, Fixtures.stateOf(outcome.state(), WS[0]));
    ImageEntry entry = image(outcome.state(), SCOPE, id);
    assertEquals(OperatingSystemName.WINDOWS_10, entry.operatingSystem());
    assertEquals(ImageOrigin.of(ImageOrigin.Kind.WORKSPACE, WS[0]), entry.origin());
    assertEquals(ImageFixtures.tags(2), outcome.state().scope(SCOPE).tags().get(id));
  }

  @Test
  void theImageAndItsWorkspaceBecomeAvailableTogether() {
    State state = accepted(READY, SCOPE, createImage(WS[0], "golden")).state();
    String id = state.scope(SCOPE).get(Kinds.IMAGES).entries().sorted().firstKey();

    State early = Engine.advance(state, Duration.ofMinutes(44));
    assertEquals(WorkspaceImageState.PENDING, image(early, SCOPE, id).state());
    assertEquals(WorkspaceState.SUSPENDED, Fixtures.stateOf(early, WS[0]));

    State done = Engine.advance(state, Duration.ofMinutes(45));
    assertEquals(WorkspaceImageState.AVAILABLE, image(done, SCOPE, id).state());
    assertEquals(WorkspaceState.AVAILABLE, Fixtures.stateOf(done, WS[0]));
    assertTrue(done.timeline().isEmpty(), "nothing is left on the timeline");
  }

  @Test
  void aSuspendedWorkspaceCannotBeTerminated() {
    State state = accepted(READY, SCOPE, createImage(WS[0], "golden")).state();

    TerminateWorkspacesResult result = accepted(state, SCOPE, TerminateWorkspacesRequest.builder()
        .addTerminateWorkspaceRequest(TerminateRequest.builder().workspaceId(WS[0]).build()).build())
        .responseAs(TerminateWorkspacesResult.class);
    assertEquals("InvalidResourceStateException", result.failedRequests().get(0).errorCode().orElseThrow());
  }

  @Test
  void aLinuxWorkspaceMakesALinuxImage() {
    String[] ws = new String[1];
    State state = withAvailableWorkspace(REGISTERED, "bob", AmazonBundles.STANDARD_LINUX, ws);

    CreateWorkspaceImageResult result = accepted(state, SCOPE, createImage(ws[0], "linux-golden"))
        .responseAs(CreateWorkspaceImageResult.class);
    assertEquals(OperatingSystemType.LINUX, result.operatingSystem().orElseThrow().type().orElseThrow());
  }

  @Test
  void createImageRefusesAnUnknownWorkspace() {
    refused(READY, SCOPE, createImage("ws-000000000", "golden"), ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "ws-000000000");
  }

  @Test
  void createImageRefusesAWorkspaceThatIsNotAvailable() {
    State stopped = Fixtures.withWorkspaceIn(READY, "ws-stopped01", WorkspaceState.STOPPED,
        dev.workspaces.model.RunningMode.AUTO_STOP);
    refused(stopped, SCOPE, createImage("ws-stopped01", "golden"), ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION, "STOPPED");
  }

  @Test
  void createImageRefusesANameTheAccountAlreadyUses() {
    State state = ImageFixtures.withImage(READY, SCOPE, "wsi-golden000", "golden");
    refused(state, SCOPE, createImage(WS[0], "golden"), ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION, "golden");
  }

  @Test
  void createImageRefusesBeyondTheImageLimit() {
    State state = ImageFixtures.withImage(READY, SCOPE, "wsi-golden000", "first");
    state = state.withConfig(state.config().withMaxImagesPerScope(1));
    refused(state, SCOPE, createImage(WS[0], "golden"), ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "golden");
  }

  @Test
  void createImageRefusesMoreThanFiftyTags() {
    refused(READY, SCOPE, createImage(WS[0], "golden").toBuilder().tags(ImageFixtures.tags(51)).build(),
        ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "51");
  }

  // ---- Updates and CreateUpdatedWorkspaceImage ----

  @Test
  void anImageReportsAnUpdateThirtyDaysAfterBecomingAvailable() {
    State state = ImageFixtures.withImage(READY, SCOPE, "wsi-golden000", "golden");

    assertEquals(UpdateResult.builder().updateAvailable(false).build(),
        described(Engine.advance(state, Duration.ofDays(30).minusSeconds(1))).updates().orElseThrow());
    UpdateResult due = described(Engine.advance(state, Duration.ofDays(30))).updates().orElseThrow();
    assertEquals(true, due.updateAvailable().orElseThrow());
    assertTrue(due.description().isPresent());
  }

  @Test
  void aPendingImageReportsNoUpdates() {
    State state = ImageFixtures.withImage(READY, SCOPE, "wsi-golden000", "golden", WorkspaceImageState.PENDING,
        OperatingSystemName.WINDOWS_10, ImageOrigin.Kind.WORKSPACE);
    assertFalse(described(Engine.advance(state, Duration.ofDays(40))).updates().isPresent());
  }

  @Test
  void createUpdatedMakesANewImageAndKeepsTheSource() {
    State state = Engine.advance(ImageFixtures.withImage(READY, SCOPE, "wsi-golden000", "golden"), Duration.ofDays(30));
    var outcome = accepted(state, SCOPE, updated("golden-v2", "wsi-golden000"));
    String id = outcome.responseAs(CreateUpdatedWorkspaceImageResult.class).imageId().orElseThrow();

    assertEquals(image(state, SCOPE, "wsi-golden000"), image(outcome.state(), SCOPE, "wsi-golden000"));
    ImageEntry fresh = image(outcome.state(), SCOPE, id);
    assertEquals(WorkspaceImageState.PENDING, fresh.state());
    assertEquals(ImageOrigin.of(ImageOrigin.Kind.UPDATE, "wsi-golden000"), fresh.origin());
    State later = Engine.advance(outcome.state(), Duration.ofMinutes(45));
    assertEquals(false, image(later, SCOPE, id).view(later.clock()).updates().orElseThrow().updateAvailable().orElseThrow());
    assertTrue(image(later, SCOPE, "wsi-golden000").updateAvailable(later.clock()), "the source still has its update");
  }

  @Test
  void createUpdatedRefusesEachBrokenRule() {
    State state = ImageFixtures.withImage(READY, SCOPE, "wsi-golden000", "golden");
    state = ImageFixtures.withImage(state, SCOPE, "wsi-linux0000", "linux", WorkspaceImageState.AVAILABLE,
        OperatingSystemName.AMAZON_LINUX_2, ImageOrigin.Kind.WORKSPACE);
    state = ImageFixtures.withImage(state, SCOPE, "wsi-server190", "server", WorkspaceImageState.AVAILABLE,
        OperatingSystemName.WINDOWS_SERVER_2019, ImageOrigin.Kind.WORKSPACE);
    State fresh = state;
    state = Engine.advance(state, Duration.ofDays(31));
    state = ImageFixtures.withImage(state, SCOPE, "wsi-pending00", "pending", WorkspaceImageState.PENDING,
        OperatingSystemName.WINDOWS_10, ImageOrigin.Kind.WORKSPACE);

    refused(state, SCOPE, updated("v2", "wsi-unknown00"), ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "wsi-unknown00");
    refused(state, SCOPE, updated("v2", "wsi-pending00"), ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION, "wsi-pending00");
    refused(state, SCOPE, updated("v2", "wsi-linux0000"), ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, "wsi-linux0000");
    refused(fresh, SCOPE, updated("v2", "wsi-golden000"), ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION, "wsi-golden000");
    refused(state, SCOPE, updated("linux", "wsi-golden000"), ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION, "linux");
    refused(state.withConfig(state.config().withMaxImagesPerScope(4)), SCOPE, updated("v2", "wsi-golden000"),
        ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "v2");
    accepted(state, SCOPE, updated("v2", "wsi-server190"));
  }

  // ---- ImportWorkspaceImage ----

  @Test
  void importMakesAPendingWindowsImageThatBecomesAvailable() {
    var outcome = accepted(READY, SCOPE, importImage("byol").toBuilder().tags(ImageFixtures.tags(1)).build());
    String id = outcome.responseAs(ImportWorkspaceImageResult.class).imageId().orElseThrow();

    ImageEntry entry = image(outcome.state(), SCOPE, id);
    assertEquals(WorkspaceImageState.PENDING, entry.state());
    assertEquals(OperatingSystemName.WINDOWS_10, entry.operatingSystem());
    assertEquals(ImageOrigin.of(ImageOrigin.Kind.IMPORT, "ami-0123456789abcdef0"), entry.origin());
    assertEquals(ImageFixtures.tags(1), outcome.state().scope(SCOPE).tags().get(id));
    assertEquals(WorkspaceImageState.AVAILABLE,
        image(Engine.advance(outcome.state(), Duration.ofMinutes(45)), SCOPE, id).state());
  }

  @Test
  void importRefusesADuplicateNameAndTheLimit() {
    State state = ImageFixtures.withImage(READY, SCOPE, "wsi-golden000", "byol");
    refused(state, SCOPE, importImage("byol"), ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION, "byol");
    refused(state.withConfig(state.config().withMaxImagesPerScope(1)), SCOPE, importImage("other"),
        ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "other");
  }

  @Test
  void imageNamesAreUniquePerAccountAndRegionOnly() {
    State state = ImageFixtures.withImage(READY, ImageFixtures.A, "wsi-golden000", "byol");
    accepted(state, SCOPE, importImage("byol"));
    accepted(state, ImageFixtures.B, importImage("byol"));
    accepted(state, dev.workspaces.engine.Scope.of(ImageFixtures.A.accountId(), "eu-west-1"), importImage("byol"));
  }

  private static WorkspaceImage described(State state) {
    List<WorkspaceImage> images = accepted(state, SCOPE, DescribeWorkspaceImagesRequest.builder().build())
        .responseAs(DescribeWorkspaceImagesResult.class).images();
    return images.get(0);
  }

  private static CreateUpdatedWorkspaceImageRequest updated(String name, String source) {
    return CreateUpdatedWorkspaceImageRequest.builder().name(name).description("Updated image")
        .sourceImageId(source).build();
  }

  static ImportWorkspaceImageRequest importImage(String name) {
    return ImportWorkspaceImageRequest.builder().ec2ImageId("ami-0123456789abcdef0")
        .ingestionProcess(WorkspaceImageIngestionProcess.BYOL_REGULAR_WSP).imageName(name)
        .imageDescription("Imported image").build();
  }
}

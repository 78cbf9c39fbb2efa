package dev.workspaces.engine;

import static dev.workspaces.engine.ImageFixtures.A;
import static dev.workspaces.engine.ImageFixtures.B;
import static dev.workspaces.engine.ImageFixtures.B_EAST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.Compute;
import dev.workspaces.model.ComputeType;
import dev.workspaces.model.ImageType;
import dev.workspaces.model.UserStorage;
import dev.workspaces.model.WorkspaceImage;
import dev.workspaces.model.WorkspaceImageState;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.CopyWorkspaceImageRequest;
import dev.workspaces.model.request.CreateWorkspaceBundleRequest;
import dev.workspaces.model.request.CreateWorkspaceImageRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.DeleteWorkspaceImageRequest;
import dev.workspaces.model.request.DescribeWorkspaceImagePermissionsRequest;
import dev.workspaces.model.request.DescribeWorkspaceImagesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.response.CopyWorkspaceImageResult;
import dev.workspaces.model.response.CreateWorkspaceBundleResult;
import dev.workspaces.model.response.CreateWorkspaceImageResult;
import dev.workspaces.model.response.CreateWorkspacesResult;
import dev.workspaces.model.response.DescribeWorkspaceImagesResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cross-account, cross-region story at engine level: account A makes an image of a WorkSpace
 * in us-west-2 and shares it with account B; B copies it into us-east-1, builds a bundle on the copy
 * and launches a WorkSpace from it. Every request goes through {@link Engine#apply}.
 */
class ImageSharingStoryTest {

  /** The story's ids and the state at its end. */
  record Story(State state, String workspace, String image, String copy, String bundle, String launched) {}

  static Story play(long seed) {
    State state = State.initial(seed);
    state = registered(state, A, "d-1111111111");
    Outcome created = apply(state, A, CreateWorkspacesRequest.builder().addWorkspace(WorkspaceRequest.builder()
        .directoryId("d-1111111111").userName("alice").bundleId(AmazonBundles.STANDARD_WINDOWS).build()).build());
    String workspace = created.responseAs(CreateWorkspacesResult.class).pendingRequests().get(0).workspaceId().orElseThrow();
    state = Engine.advance(created.state(), Duration.ofMinutes(20));

    Outcome imaged = apply(state, A, CreateWorkspaceImageRequest.builder().workspaceId(workspace).name("golden")
        .description("Golden desktop").build());
    String image = imaged.responseAs(CreateWorkspaceImageResult.class).imageId().orElseThrow();
    assertEquals(WorkspaceState.SUSPENDED, imaged.state().scope(A).get(Kinds.WORKSPACES).entries().get(workspace).state());
    state = Engine.advance(imaged.state(), Duration.ofMinutes(45));
    assertEquals(WorkspaceImageState.AVAILABLE, ImageFixtures.image(state, A, image).state());
    assertEquals(WorkspaceState.AVAILABLE, state.scope(A).get(Kinds.WORKSPACES).entries().get(workspace).state());

    state = apply(state, A, ImageFixtures.share(image, B.accountId(), true)).state();
    Outcome copied = apply(state, B_EAST, CopyWorkspaceImageRequest.builder().name("golden-east")
        .sourceImageId(image).sourceRegion(A.region()).build());
    String copy = copied.responseAs(CopyWorkspaceImageResult.class).imageId().orElseThrow();
    state = Engine.advance(copied.state(), Duration.ofMinutes(45));

    Outcome bundled = apply(state, B_EAST, CreateWorkspaceBundleRequest.builder().bundleName("golden-bundle")
        .bundleDescription("Golden desktop bundle").imageId(copy)
        .computeType(ComputeType.builder().name(Compute.STANDARD).build())
        .userStorage(UserStorage.builder().capacity("50").build()).build());
    String bundle = bundled.responseAs(CreateWorkspaceBundleResult.class).workspaceBundle().orElseThrow()
        .bundleId().orElseThrow();
    state = registered(bundled.state(), B_EAST, "d-2222222222");
    Outcome launched = apply(state, B_EAST, CreateWorkspacesRequest.builder().addWorkspace(WorkspaceRequest.builder()
        .directoryId("d-2222222222").userName("bob").bundleId(bundle).build()).build());
    CreateWorkspacesResult launch = launched.responseAs(CreateWorkspacesResult.class);
    assertEquals(List.of(), launch.failedRequests());
    String launchedId = launch.pendingRequests().get(0).workspaceId().orElseThrow();
    state = Engine.advance(launched.state(), Duration.ofMinutes(20));
    return new Story(state, workspace, image, copy, bundle, launchedId);
  }

  @Test
  void bSeesTheSharedImageInTheSameRegion() {
    Story story = play(5);
    List<WorkspaceImage> shared = describe(story.state(), B, ImageType.SHARED);
    assertEquals(List.of(story.image()), ids(shared));
    assertEquals(A.accountId(), shared.get(0).ownerAccountId().orElseThrow());
    assertEquals(List.of(), ids(describe(story.state(), B, ImageType.OWNED)));
  }

  @Test
  void bsCopyBecomesAvailableAndCarriesAWorkspaceFromItsBundle() {
    Story story = play(5);
    ImageEntry copy = ImageFixtures.image(story.state(), B_EAST, story.copy());
    assertEquals(WorkspaceImageState.AVAILABLE, copy.state());
    assertEquals(B.accountId(), copy.image().ownerAccountId().orElseThrow());
    assertEquals(new ImageOrigin(ImageOrigin.Kind.COPY, story.image(), Optional.of(A)), copy.origin());
    WorkspaceEntry launched = story.state().scope(B_EAST).get(Kinds.WORKSPACES).entries().get(story.launched());
    assertEquals(WorkspaceState.AVAILABLE, launched.state());
    assertEquals(Optional.of(story.bundle()), launched.workspace().bundleId());
    assertEquals(Optional.of(story.copy()), launched.imageId());
  }

  @Test
  void aCannotDeleteTheImageWhileItIsShared() {
    Story story = play(5);
    ImageFixtures.refused(story.state(), A, DeleteWorkspaceImageRequest.builder().imageId(story.image()).build(),
        ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION, story.image());

    State unshared = apply(story.state(), A, ImageFixtures.share(story.image(), B.accountId(), false)).state();
    State deleted = apply(unshared, A, DeleteWorkspaceImageRequest.builder().imageId(story.image()).build()).state();
    assertFalse(deleted.scope(A).get(Kinds.IMAGES).entries().containsKey(story.image()));
    assertEquals(ImageFixtures.image(story.state(), B_EAST, story.copy()), ImageFixtures.image(deleted, B_EAST, story.copy()),
        "B's copy lives on without the source");
  }

  @Test
  void bsCopyIsInvisibleToA() {
    Story story = play(5);
    Scope aEast = Scope.of(A.accountId(), B_EAST.region());
    assertFalse(ids(describe(story.state(), A, null)).contains(story.copy()));
    assertFalse(ids(describe(story.state(), aEast, null)).contains(story.copy()));
    ImageFixtures.refused(story.state(), aEast, DescribeWorkspaceImagePermissionsRequest.builder()
        .imageId(story.copy()).build(), ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, story.copy());
    ImageFixtures.refused(story.state(), A, CopyWorkspaceImageRequest.builder().name("back").sourceImageId(story.copy())
        .sourceRegion(B_EAST.region()).build(), ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, story.copy());
  }

  @Test
  void theStoryIsDeterministic() {
    assertEquals(play(9), play(9));
    assertTrue(play(9).state().timeline().isEmpty(), "every step has completed");
  }

  private static State registered(State state, Scope scope, String directory) {
    State next = apply(state, scope, RegisterWorkspaceDirectoryRequest.builder().directoryId(directory).build()).state();
    return Engine.advance(next, Duration.ofMinutes(1));
  }

  private static Outcome apply(State state, Scope scope, WorkspacesRequest request) {
    return ImageFixtures.accepted(state, scope, request);
  }

  private static List<WorkspaceImage> describe(State state, Scope scope, ImageType type) {
    return apply(state, scope, DescribeWorkspaceImagesRequest.builder().imageType(Optional.ofNullable(type)
        .map(ImageType::toString)).build()).responseAs(DescribeWorkspaceImagesResult.class).images();
  }

  private static List<String> ids(List<WorkspaceImage> images) {
    return images.stream().map(WorkspaceImage::imageId).map(Optional::orElseThrow).toList();
  }
}

package dev.workspaces.engine.op.image;

import static dev.workspaces.engine.ImageFixtures.A;
import static dev.workspaces.engine.ImageFixtures.B;
import static dev.workspaces.engine.ImageFixtures.B_EAST;
import static dev.workspaces.engine.ImageFixtures.accepted;
import static dev.workspaces.engine.ImageFixtures.image;
import static dev.workspaces.engine.ImageFixtures.refused;
import static dev.workspaces.engine.ImageFixtures.share;
import static dev.workspaces.engine.ImageFixtures.withImage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.OperatingSystemName;
import dev.workspaces.model.Tag;
import dev.workspaces.model.WorkspaceImageState;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.CopyWorkspaceImageRequest;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.DeleteWorkspaceImageRequest;
import dev.workspaces.model.response.CopyWorkspaceImageResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CopyWorkspaceImage and DeleteWorkspaceImage, through {@link Engine#apply}. */
class CopyAndDeleteImageHandlersTest {
  private static final String IMAGE = "wsi-golden000";
  private static final Scope A_EAST = Scope.of(A.accountId(), "us-east-1");
  private static final State START = tagged(withImage(State.initial(61), A, IMAGE, "golden", WorkspaceImageState.AVAILABLE,
      OperatingSystemName.WINDOWS_SERVER_2019, ImageOrigin.Kind.WORKSPACE));

  private static State tagged(State state) {
    return accepted(state, A, CreateTagsRequest.builder().resourceId(IMAGE)
        .addTag(Tag.builder().key("team").value("desktop").build()).build()).state();
  }

  // ---- CopyWorkspaceImage ----

  @Test
  void aCopyIsANewPendingImageWithTheRequestsNameAndTags() {
    Tag tag = Tag.builder().key("copy").value("yes").build();
    Outcome outcome = accepted(START, A_EAST, copy("golden-east", IMAGE, A.region()).toBuilder()
        .description("East copy").addTag(tag).build());
    String id = outcome.responseAs(CopyWorkspaceImageResult.class).imageId().orElseThrow();

    ImageEntry copy = image(outcome.state(), A_EAST, id);
    assertEquals(WorkspaceImageState.PENDING, copy.state());
    assertEquals("golden-east", copy.name());
    assertEquals(Optional.of("East copy"), copy.image().description());
    assertEquals(OperatingSystemName.WINDOWS_SERVER_2019, copy.operatingSystem());
    assertEquals(new ImageOrigin(ImageOrigin.Kind.COPY, IMAGE, Optional.of(A)), copy.origin());
    assertEquals(List.of(tag), outcome.state().scope(A_EAST).tags().get(id), "the source's tags are not copied");
    assertEquals(image(START, A, IMAGE), image(outcome.state(), A, IMAGE), "the source is untouched");
    assertEquals(WorkspaceImageState.AVAILABLE,
        image(Engine.advance(outcome.state(), Duration.ofMinutes(45)), A_EAST, id).state());
  }

  @Test
  void aCopyWithinTheRegionMayNotReuseTheSourcesName() {
    refused(START, A, copy("golden", IMAGE, A.region()), ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION, "golden");
    accepted(START, A, copy("golden-2", IMAGE, A.region()));
  }

  @Test
  void anotherAccountCopiesOnlyWhatIsSharedWithItInTheSourceRegion() {
    refused(START, B_EAST, copy("mine", IMAGE, A.region()), ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, IMAGE);
    State shared = accepted(START, A, share(IMAGE, B.accountId(), true)).state();
    Outcome outcome = accepted(shared, B_EAST, copy("mine", IMAGE, A.region()));
    String id = outcome.responseAs(CopyWorkspaceImageResult.class).imageId().orElseThrow();
    assertEquals(B.accountId(), image(outcome.state(), B_EAST, id).image().ownerAccountId().orElseThrow());
    refused(shared, B_EAST, copy("mine", IMAGE, "eu-west-1"), ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, IMAGE);
  }

  @Test
  void copiesAcrossChinaOrGovCloudBordersAreRefused() {
    refused(START, Scope.of(A.accountId(), "cn-northwest-1"), copy("cn", IMAGE, A.region()),
        ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, "cn-northwest-1");
    refused(START, Scope.of(A.accountId(), "us-gov-west-1"), copy("gov", IMAGE, A.region()),
        ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, "us-gov-west-1");
  }

  @Test
  void copyRefusesAPendingSourceAndTheDestinationLimit() {
    State pending = withImage(START, A, "wsi-pending00", "pending", WorkspaceImageState.PENDING,
        OperatingSystemName.WINDOWS_10, ImageOrigin.Kind.WORKSPACE);
    refused(pending, A_EAST, copy("east", "wsi-pending00", A.region()), ErrorCode.RESOURCE_UNAVAILABLE_EXCEPTION,
        "wsi-pending00");
    State full = withImage(START, A_EAST, "wsi-eastfull0", "full");
    refused(full.withConfig(full.config().withMaxImagesPerScope(1)), A_EAST, copy("east", IMAGE, A.region()),
        ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "east");
    refused(full, A_EAST, copy("full", IMAGE, A.region()), ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION, "full");
  }

  // ---- DeleteWorkspaceImage ----

  @Test
  void deleteRemovesTheImageAndItsTags() {
    State state = accepted(START, A, delete(IMAGE)).state();
    assertFalse(state.scope(A).get(Kinds.IMAGES).entries().containsKey(IMAGE));
    assertFalse(state.scope(A).tags().containsKey(IMAGE));
  }

  @Test
  void deletingAnImageTheCallerDoesNotOwnIsANoOp() {
    assertEquals(START, accepted(START, A, delete("wsi-unknown00")).state());
    State shared = accepted(START, A, share(IMAGE, B.accountId(), true)).state();
    assertEquals(shared, accepted(shared, B, delete(IMAGE)).state(), "B cannot delete A's shared image");
  }

  @Test
  void deleteIsRefusedWhilePendingUsedByABundleOrShared() {
    State pending = withImage(START, A, "wsi-pending00", "pending", WorkspaceImageState.PENDING,
        OperatingSystemName.WINDOWS_10, ImageOrigin.Kind.WORKSPACE);
    refused(pending, A, delete("wsi-pending00"), ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION, "wsi-pending00");
    State bundled = ImageFixtures.withBundle(START, A, "wsb-golden001", "golden-bundle", IMAGE);
    refused(bundled, A, delete(IMAGE), ErrorCode.RESOURCE_ASSOCIATED_EXCEPTION, "wsb-golden001");
    State shared = accepted(START, A, share(IMAGE, B.accountId(), true)).state();
    refused(shared, A, delete(IMAGE), ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION, B.accountId());
    State unshared = accepted(shared, A, share(IMAGE, B.accountId(), false)).state();
    accepted(unshared, A, delete(IMAGE));
  }

  @Test
  void anErrorImageCanBeDeleted() {
    State broken = withImage(START, A, "wsi-broken000", "broken", WorkspaceImageState.ERROR,
        OperatingSystemName.WINDOWS_10, ImageOrigin.Kind.WORKSPACE);
    assertFalse(accepted(broken, A, delete("wsi-broken000")).state().scope(A).get(Kinds.IMAGES).entries().containsKey("wsi-broken000"));
  }

  private static CopyWorkspaceImageRequest copy(String name, String source, String region) {
    return CopyWorkspaceImageRequest.builder().name(name).sourceImageId(source).sourceRegion(region).build();
  }

  private static DeleteWorkspaceImageRequest delete(String image) {
    return DeleteWorkspaceImageRequest.builder().imageId(image).build();
  }
}

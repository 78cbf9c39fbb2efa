package dev.workspaces.engine.op.image;

import static dev.workspaces.engine.ImageFixtures.A;
import static dev.workspaces.engine.ImageFixtures.B;
import static dev.workspaces.engine.ImageFixtures.accepted;
import static dev.workspaces.engine.ImageFixtures.refused;
import static dev.workspaces.engine.ImageFixtures.withImage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.model.ImageType;
import dev.workspaces.model.WorkspaceImage;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.DescribeWorkspaceImagesRequest;
import dev.workspaces.model.response.DescribeWorkspaceImagesResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** DescribeWorkspaceImages, through {@link Engine#apply}. */
class DescribeWorkspaceImagesHandlerTest {
  /** B owns two images; A owns two, one of them shared with B; C owns one, shared with B. */
  private static final Scope C = Scope.of("333333333333", A.region());
  private static final State WORLD = world();

  private static State world() {
    State state = withImage(State.initial(41), B, "wsi-bown00002", "b-two");
    state = withImage(state, B, "wsi-bown00001", "b-one");
    state = withImage(state, A, "wsi-ashared01", "a-shared");
    state = withImage(state, A, "wsi-aprivate1", "a-private");
    state = withImage(state, C, "wsi-cshared01", "c-shared");
    state = accepted(state, A, ImageFixtures.share("wsi-ashared01", B.accountId(), true)).state();
    return accepted(state, C, ImageFixtures.share("wsi-cshared01", B.accountId(), true)).state();
  }

  @Test
  void withoutATypeTheCallerSeesItsOwnAndSharedImagesById() {
    assertEquals(List.of("wsi-ashared01", "wsi-bown00001", "wsi-bown00002", "wsi-cshared01"),
        ids(describe(B, request().build())));
  }

  @Test
  void ownedListsOnlyTheCallersImages() {
    assertEquals(List.of("wsi-bown00001", "wsi-bown00002"), ids(describe(B, request().imageType(ImageType.OWNED).build())));
  }

  @Test
  void sharedListsOnlyImagesOthersShareWithTheCaller() {
    DescribeWorkspaceImagesResult result = describe(B, request().imageType(ImageType.SHARED).build());
    assertEquals(List.of("wsi-ashared01", "wsi-cshared01"), ids(result));
    assertEquals(A.accountId(), result.images().get(0).ownerAccountId().orElseThrow());
  }

  @Test
  void theOwnerDoesNotSeeOthersImagesAndOtherRegionsSeeNothing() {
    assertEquals(List.of("wsi-aprivate1", "wsi-ashared01"), ids(describe(A, request().build())));
    assertEquals(List.of(), ids(describe(Scope.of(B.accountId(), "eu-west-1"), request().build())));
  }

  @Test
  void imageIdsNarrowTheSelectionAndUnknownIdsAreNotListed() {
    assertEquals(List.of("wsi-ashared01", "wsi-bown00002"), ids(describe(B, request()
        .imageIds(List.of("wsi-bown00002", "wsi-ashared01", "wsi-aprivate1", "wsi-unknown00")).build())));
    assertEquals(List.of("wsi-ashared01"), ids(describe(B, request().imageType(ImageType.SHARED)
        .imageIds(List.of("wsi-bown00002", "wsi-ashared01")).build())));
  }

  @Test
  void maxResultsPagesThroughEveryImageInOrder() {
    List<String> all = new ArrayList<>();
    Optional<String> token = Optional.empty();
    int pages = 0;
    do {
      DescribeWorkspaceImagesResult page = describe(B, request().maxResults(3).nextToken(token).build());
      assertTrue(page.images().size() <= 3);
      all.addAll(ids(page));
      token = page.nextToken();
      pages++;
    } while (token.isPresent());
    assertEquals(2, pages);
    assertEquals(ids(describe(B, request().build())), all);
  }

  @Test
  void aForeignNextTokenIsAValidationError() {
    refused(WORLD, B, request().nextToken("not-ours").build(), ErrorCode.VALIDATION_EXCEPTION, "not-ours");
  }

  @Test
  void unsharingRemovesTheImageFromTheSharedList() {
    State state = accepted(WORLD, A, ImageFixtures.share("wsi-ashared01", B.accountId(), false)).state();
    assertEquals(List.of("wsi-cshared01"),
        ids(ImageFixtures.accepted(state, B, request().imageType(ImageType.SHARED).build())
            .responseAs(DescribeWorkspaceImagesResult.class)));
  }

  private static DescribeWorkspaceImagesRequest.Builder request() {
    return DescribeWorkspaceImagesRequest.builder();
  }

  private static DescribeWorkspaceImagesResult describe(Scope scope, DescribeWorkspaceImagesRequest request) {
    return accepted(WORLD, scope, request).responseAs(DescribeWorkspaceImagesResult.class);
  }

  private static List<String> ids(DescribeWorkspaceImagesResult result) {
    return result.images().stream().map(WorkspaceImage::imageId).map(Optional::orElseThrow).toList();
  }
}

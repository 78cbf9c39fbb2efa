package dev.workspaces.engine.op.image;

import static dev.workspaces.engine.ImageFixtures.A;
import static dev.workspaces.engine.ImageFixtures.B;
import static dev.workspaces.engine.ImageFixtures.accepted;
import static dev.workspaces.engine.ImageFixtures.image;
import static dev.workspaces.engine.ImageFixtures.refused;
import static dev.workspaces.engine.ImageFixtures.share;
import static dev.workspaces.engine.ImageFixtures.withImage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSortedSet;
import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.ImagePermission;
import dev.workspaces.model.OperatingSystemName;
import dev.workspaces.model.WorkspaceImageState;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.DescribeWorkspaceImagePermissionsRequest;
import dev.workspaces.model.response.DescribeWorkspaceImagePermissionsResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** UpdateWorkspaceImagePermission and DescribeWorkspaceImagePermissions, through {@link Engine#apply}. */
class ImagePermissionHandlersTest {
  private static final String IMAGE = "wsi-golden000";
  private static final State START = withImage(State.initial(51), A, IMAGE, "golden");

  @Test
  void sharingRecordsTheAccountOnTheImageAndInTheSharedAccountsIndex() {
    State state = accepted(START, A, share(IMAGE, B.accountId(), true)).state();

    assertEquals(ImmutableSortedSet.of(B.accountId()), image(state, A, IMAGE).sharedWith());
    assertEquals(Map.of(IMAGE, A), state.scope(B).get(Kinds.IMAGES).sharedWithMe());
    assertEquals(List.of(B.accountId()), permissions(state, DescribeWorkspaceImagePermissionsRequest.builder()
        .imageId(IMAGE).build()));
  }

  @Test
  void sharingTwiceAndUnsharingAStrangerChangeNothing() {
    State once = accepted(START, A, share(IMAGE, B.accountId(), true)).state();
    assertEquals(once, accepted(once, A, share(IMAGE, B.accountId(), true)).state());
    assertEquals(once, accepted(once, A, share(IMAGE, "999999999999", false)).state());
  }

  @Test
  void unsharingRemovesBothRecords() {
    State shared = accepted(START, A, share(IMAGE, B.accountId(), true)).state();
    State state = accepted(shared, A, share(IMAGE, B.accountId(), false)).state();

    assertEquals(ImmutableSortedSet.of(), image(state, A, IMAGE).sharedWith());
    assertEquals(Map.of(), state.scope(B).get(Kinds.IMAGES).sharedWithMe());
  }

  @Test
  void permissionsAreListedByAccountIdInPages() {
    State state = START;
    for (String account : List.of("555555555555", "333333333333", "444444444444")) {
      state = accepted(state, A, share(IMAGE, account, true)).state();
    }
    DescribeWorkspaceImagePermissionsResult first = accepted(state, A, DescribeWorkspaceImagePermissionsRequest
        .builder().imageId(IMAGE).maxResults(2).build()).responseAs(DescribeWorkspaceImagePermissionsResult.class);
    assertEquals(IMAGE, first.imageId().orElseThrow());
    assertEquals(List.of("333333333333", "444444444444"), accounts(first));
    assertEquals(List.of("555555555555"), permissions(state, DescribeWorkspaceImagePermissionsRequest.builder()
        .imageId(IMAGE).nextToken(first.nextToken().orElseThrow()).build()));
    refused(state, A, DescribeWorkspaceImagePermissionsRequest.builder().imageId(IMAGE).nextToken("bogus").build(),
        ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION, "bogus");
  }

  @Test
  void onlyTheOwnerSeesOrChangesPermissions() {
    State shared = accepted(START, A, share(IMAGE, B.accountId(), true)).state();
    refused(shared, B, DescribeWorkspaceImagePermissionsRequest.builder().imageId(IMAGE).build(),
        ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, IMAGE);
    refused(shared, B, share(IMAGE, "333333333333", true), ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, IMAGE);
    refused(START, A, share("wsi-unknown00", B.accountId(), true), ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION,
        "wsi-unknown00");
  }

  @Test
  void sharingIsRefusedWithTheOwnerOnAPendingImageAndForGovCloudByol() {
    refused(START, A, share(IMAGE, A.accountId(), true), ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION, IMAGE);
    State pending = withImage(START, A, "wsi-pending00", "pending", WorkspaceImageState.PENDING,
        OperatingSystemName.WINDOWS_10, ImageOrigin.Kind.WORKSPACE);
    refused(pending, A, share("wsi-pending00", B.accountId(), true), ErrorCode.RESOURCE_UNAVAILABLE_EXCEPTION,
        "wsi-pending00");
    Scope gov = Scope.of(A.accountId(), "us-gov-east-1");
    State byol = withImage(START, gov, "wsi-byol00000", "byol", WorkspaceImageState.AVAILABLE,
        OperatingSystemName.WINDOWS_10, ImageOrigin.Kind.IMPORT);
    refused(byol, gov, share("wsi-byol00000", B.accountId(), true), ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION,
        "wsi-byol00000");
    State govImage = withImage(START, gov, "wsi-govimage0", "gov");
    accepted(govImage, gov, share("wsi-govimage0", B.accountId(), true));
  }

  private static List<String> permissions(State state, DescribeWorkspaceImagePermissionsRequest request) {
    return accounts(accepted(state, A, request).responseAs(DescribeWorkspaceImagePermissionsResult.class));
  }

  private static List<String> accounts(DescribeWorkspaceImagePermissionsResult result) {
    return result.imagePermissions().stream().map(ImagePermission::sharedAccountId).map(Optional::orElseThrow).toList();
  }
}

package dev.workspaces.engine.op.tag;

import static dev.workspaces.engine.Fixtures.DIRECTORY;
import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.ImageFixtures.accepted;
import static dev.workspaces.engine.ImageFixtures.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.Tag;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.DeleteTagsRequest;
import dev.workspaces.model.request.DeregisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.DescribeTagsRequest;
import dev.workspaces.model.response.DescribeTagsResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CreateTags, DescribeTags and DeleteTags on images, own bundles and directories, through {@link Engine#apply}. */
class ImageTaggingTest {
  private static final Tag TAG = Tag.builder().key("team").value("desktop").build();
  private static final State START = ImageFixtures.withBundle(
      ImageFixtures.withImage(State.initial(81), SCOPE, "wsi-golden000", "golden"),
      SCOPE, "wsb-golden001", "golden-bundle", "wsi-golden000");

  @Test
  void imagesAndOwnBundlesAreTaggable() {
    for (String id : List.of("wsi-golden000", "wsb-golden001")) {
      State tagged = accepted(START, SCOPE, CreateTagsRequest.builder().resourceId(id).addTag(TAG).build()).state();
      assertEquals(List.of(TAG), accepted(tagged, SCOPE, DescribeTagsRequest.builder().resourceId(id).build())
          .responseAs(DescribeTagsResult.class).tagList());
      State untagged = accepted(tagged, SCOPE, DeleteTagsRequest.builder().resourceId(id).addTagKey("team").build()).state();
      assertEquals(START, untagged);
    }
  }

  @Test
  void anImageSharedWithTheCallerIsNotItsToTag() {
    State shared = accepted(START, SCOPE, ImageFixtures.share("wsi-golden000", ImageFixtures.B.accountId(), true)).state();
    Scope b = Scope.of(ImageFixtures.B.accountId(), SCOPE.region());
    refused(shared, b, CreateTagsRequest.builder().resourceId("wsi-golden000").addTag(TAG).build(),
        ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "wsi-golden000");
  }

  @Test
  void aDeregisteredDirectoryIsNoLongerTaggable() {
    State registered = Fixtures.withDirectory(START);
    accepted(registered, SCOPE, CreateTagsRequest.builder().resourceId(DIRECTORY).addTag(TAG).build());
    State deregistered = Engine.advance(accepted(registered, SCOPE,
        DeregisterWorkspaceDirectoryRequest.builder().directoryId(DIRECTORY).build()).state(), Duration.ofMinutes(1));
    assertEquals(WorkspaceDirectoryState.DEREGISTERED, deregistered.scope(SCOPE).get(Kinds.DIRECTORIES).entries().get(DIRECTORY).state());

    refused(deregistered, SCOPE, CreateTagsRequest.builder().resourceId(DIRECTORY).addTag(TAG).build(),
        ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, DIRECTORY);
    refused(deregistered, SCOPE, DescribeTagsRequest.builder().resourceId(DIRECTORY).build(),
        ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, DIRECTORY);
  }
}

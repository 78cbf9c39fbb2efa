package dev.workspaces.server;

import static dev.workspaces.server.TestServer.ACCOUNT_A;
import static dev.workspaces.server.TestServer.ACCOUNT_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.InvalidResourceStateException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImageState;
import software.amazon.awssdk.services.workspaces.model.WorkspaceState;

/**
 * The cross-account, cross-region story through the real SDK against the HTTP server: account A
 * makes an image in us-west-2 and shares it with B; B copies it into us-east-1, builds a bundle from
 * the copy and launches a WorkSpace from that bundle.
 */
class ImageSharingStorySdkTest {
  private final TestServer server = TestServer.start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void anImageSharedAcrossAccountsIsCopiedAcrossRegionsAndLaunched() {
    WorkSpacesClient westA = server.client(ACCOUNT_A, "us-west-2");
    WorkSpacesClient westB = server.client(ACCOUNT_B, "us-west-2");
    WorkSpacesClient eastB = server.client(ACCOUNT_B, "us-east-1");

    server.registerDirectory(westA);
    String source = TestServer.createWorkspace(westA, "builder");
    server.advance(20 * 60);
    String imageId = westA.createWorkspaceImage(r -> r.workspaceId(source).name("golden").description("golden image"))
        .imageId();
    assertEquals(WorkspaceState.SUSPENDED, westA.describeWorkspaces(r -> r.workspaceIds(source)).workspaces().get(0).state());
    server.advance(45 * 60);
    assertEquals(WorkspaceImageState.AVAILABLE, image(westA, imageId).state());

    westA.updateWorkspaceImagePermission(r -> r.imageId(imageId).sharedAccountId(ACCOUNT_B).allowCopyImage(true));
    assertEquals(List.of(imageId), westB.describeWorkspaceImages(r -> r.imageType(ImageType.SHARED)).images()
        .stream().map(WorkspaceImage::imageId).toList());
    assertEquals(List.of(), eastB.describeWorkspaceImages(r -> {}).images(), "sharing is per region");

    String copyId = eastB.copyWorkspaceImage(r -> r.name("golden-east").description("copied")
        .sourceImageId(imageId).sourceRegion("us-west-2").tags(t -> t.key("origin").value("A"))).imageId();
    server.advance(45 * 60);
    WorkspaceImage copy = image(eastB, copyId);
    assertEquals(WorkspaceImageState.AVAILABLE, copy.state());
    assertEquals(ACCOUNT_B, copy.ownerAccountId());
    assertEquals("origin", eastB.describeTags(r -> r.resourceId(copyId)).tagList().get(0).key());

    String bundleId = eastB.createWorkspaceBundle(r -> r.bundleName("golden-bundle").bundleDescription("from A")
        .imageId(copyId).computeType(c -> c.name("STANDARD")).userStorage(u -> u.capacity("50"))).workspaceBundle().bundleId();
    server.registerDirectory(eastB);
    String launched = eastB.createWorkspaces(r -> r.workspaces(w -> w.directoryId(TestServer.DIRECTORY)
        .userName("bob").bundleId(bundleId))).pendingRequests().get(0).workspaceId();
    server.advance(20 * 60);
    assertEquals(WorkspaceState.AVAILABLE, eastB.describeWorkspaces(r -> r.workspaceIds(launched)).workspaces().get(0).state());

    assertThrows(InvalidResourceStateException.class, () -> westA.deleteWorkspaceImage(r -> r.imageId(imageId)),
        "a shared image cannot be deleted");
    assertTrue(westA.describeWorkspaceImages(r -> r.imageIds(copyId)).images().isEmpty(), "A does not see B's copy");
  }

  private static WorkspaceImage image(WorkSpacesClient client, String imageId) {
    return client.describeWorkspaceImages(r -> r.imageIds(imageId)).images().get(0);
  }
}

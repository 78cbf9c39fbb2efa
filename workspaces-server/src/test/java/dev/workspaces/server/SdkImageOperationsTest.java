package dev.workspaces.server;

import static dev.workspaces.server.TestServer.ACCOUNT_A;
import static dev.workspaces.server.TestServer.ACCOUNT_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.CustomImageProtocol;
import software.amazon.awssdk.services.workspaces.model.ImageComputeType;
import software.amazon.awssdk.services.workspaces.model.ImagePermission;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.OSVersion;
import software.amazon.awssdk.services.workspaces.model.Platform;
import software.amazon.awssdk.services.workspaces.model.ResourceAssociatedException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceBundle;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImageIngestionProcess;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImageState;
import software.amazon.awssdk.services.workspaces.model.WorkspaceState;

/** The image, image-sharing and own-bundle operations, through the real AWS SDK. */
class SdkImageOperationsTest {
  private static final long IMAGE_SECONDS = 45 * 60;

  private TestServer server;
  private WorkSpacesClient client;

  @BeforeEach
  void start() {
    server = TestServer.start();
    client = server.client(ACCOUNT_A, "us-east-1");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private WorkspaceImage image(WorkSpacesClient caller, String id) {
    return caller.describeWorkspaceImages(r -> r.imageIds(id)).images().get(0);
  }

  private String importedImage(String name) {
    String id = client.importWorkspaceImage(r -> r.ec2ImageId("ami-0123456789abcdef0")
        .ingestionProcess(WorkspaceImageIngestionProcess.BYOL_REGULAR)
        .imageName(name).imageDescription("imported " + name)).imageId();
    assertEquals(WorkspaceImageState.PENDING, image(client, id).state());
    return id;
  }

  @Test
  void anImageIsMadeFromAWorkspace() {
    server.registerDirectory(client);
    String workspaceId = TestServer.createWorkspace(client, "alice");
    server.advance(20 * 60);

    var created = client.createWorkspaceImage(r -> r.workspaceId(workspaceId).name("golden").description("gold"));
    assertEquals(WorkspaceImageState.PENDING, created.state());
    assertEquals(ACCOUNT_A, created.ownerAccountId());
    assertEquals(WorkspaceState.SUSPENDED,
        client.describeWorkspaces(r -> r.workspaceIds(workspaceId)).workspaces().get(0).state());

    server.advance(IMAGE_SECONDS);
    assertEquals(WorkspaceImageState.AVAILABLE, image(client, created.imageId()).state());
    assertEquals(List.of(created.imageId()), client.describeWorkspaceImages(r -> r.imageType(ImageType.OWNED))
        .images().stream().map(WorkspaceImage::imageId).toList());
    assertEquals(WorkspaceState.AVAILABLE,
        client.describeWorkspaces(r -> r.workspaceIds(workspaceId)).workspaces().get(0).state());
  }

  @Test
  void ownBundlesAreCreatedUpdatedAndDeleted() {
    String first = importedImage("first");
    String second = importedImage("second");
    server.advance(IMAGE_SECONDS);

    WorkspaceBundle bundle = client.createWorkspaceBundle(r -> r.bundleName("team").bundleDescription("team bundle")
        .imageId(first).computeType(c -> c.name("STANDARD")).userStorage(u -> u.capacity("50"))).workspaceBundle();
    assertEquals(first, bundle.imageId());
    assertEquals(ACCOUNT_A, bundle.owner());
    assertEquals(List.of(bundle.bundleId()), client.describeWorkspaceBundles(r -> { }).bundles().stream()
        .map(WorkspaceBundle::bundleId).toList());

    client.updateWorkspaceBundle(r -> r.bundleId(bundle.bundleId()).imageId(second));
    assertEquals(second, client.describeWorkspaceBundles(r -> r.bundleIds(bundle.bundleId())).bundles().get(0).imageId());

    assertThrows(ResourceAssociatedException.class, () -> client.deleteWorkspaceImage(r -> r.imageId(second)));
    client.deleteWorkspaceBundle(r -> r.bundleId(bundle.bundleId()));
    assertTrue(client.describeWorkspaceBundles(r -> { }).bundles().isEmpty());
    client.deleteWorkspaceImage(r -> r.imageId(second));
    assertEquals(List.of(first), client.describeWorkspaceImages(r -> { }).images().stream()
        .map(WorkspaceImage::imageId).toList());
  }

  @Test
  void aSharedImageIsSeenAndCopiedByTheOtherAccount() {
    String id = importedImage("shared");
    server.advance(IMAGE_SECONDS);
    client.updateWorkspaceImagePermission(r -> r.imageId(id).allowCopyImage(true).sharedAccountId(ACCOUNT_B));
    assertEquals(List.of(ACCOUNT_B), client.describeWorkspaceImagePermissions(r -> r.imageId(id))
        .imagePermissions().stream().map(ImagePermission::sharedAccountId).toList());

    WorkSpacesClient other = server.client(ACCOUNT_B, "us-east-1");
    assertEquals(List.of(id), other.describeWorkspaceImages(r -> r.imageType(ImageType.SHARED)).images().stream()
        .map(WorkspaceImage::imageId).toList());
    String copy = other.copyWorkspaceImage(r -> r.name("copy").description("my copy").sourceImageId(id)
        .sourceRegion("us-east-1")).imageId();
    assertNotEquals(id, copy);
    assertEquals(ACCOUNT_B, image(other, copy).ownerAccountId());
  }

  @Test
  void anUpdatedImageIsMadeOnceUpdatesAreAvailable() {
    String id = importedImage("base");
    server.advance(IMAGE_SECONDS + 31L * 24 * 60 * 60);
    assertTrue(image(client, id).updates().updateAvailable(), image(client, id).toString());

    String updated = client.createUpdatedWorkspaceImage(r -> r.name("base-updated").description("updated")
        .sourceImageId(id)).imageId();
    assertEquals(WorkspaceImageState.PENDING, image(client, updated).state());
  }

  @Test
  void aCustomImportWalksItsStepsToCompleted() {
    var started = client.importCustomWorkspaceImage(r -> r.imageName("custom").imageDescription("custom import")
        .computeType(ImageComputeType.BASE).protocol(CustomImageProtocol.DCV)
        .imageSource(s -> s.ec2ImageId("ami-0123456789abcdef0"))
        .infrastructureConfigurationArn(
            "arn:aws:imagebuilder:us-east-1:" + ACCOUNT_A + ":infrastructure-configuration/workspaces")
        .platform(Platform.WINDOWS).osVersion(OSVersion.WINDOWS_11));
    assertEquals("PENDING", started.stateAsString());
    assertEquals("PENDING",
        client.describeCustomWorkspaceImageImport(r -> r.imageId(started.imageId())).stateAsString());

    server.advance(24 * 60 * 60);
    var done = client.describeCustomWorkspaceImageImport(r -> r.imageId(started.imageId()));
    assertEquals("COMPLETED", done.stateAsString());
    assertEquals(WorkspaceImageState.AVAILABLE, image(client, started.imageId()).state());
  }
}

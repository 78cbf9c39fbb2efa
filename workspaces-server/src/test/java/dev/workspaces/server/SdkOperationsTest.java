package dev.workspaces.server;

import static dev.workspaces.server.TestServer.BUNDLE;
import static dev.workspaces.server.TestServer.DIRECTORY;
import static dev.workspaces.server.TestServer.createWorkspace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.AccessPropertyValue;
import software.amazon.awssdk.services.workspaces.model.ClientProperties;
import software.amazon.awssdk.services.workspaces.model.ConnectionState;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceSnapshotsResponse;
import software.amazon.awssdk.services.workspaces.model.MigrateWorkspaceResponse;
import software.amazon.awssdk.services.workspaces.model.ReconnectEnum;
import software.amazon.awssdk.services.workspaces.model.RunningMode;
import software.amazon.awssdk.services.workspaces.model.SelfservicePermissions;
import software.amazon.awssdk.services.workspaces.model.Tag;
import software.amazon.awssdk.services.workspaces.model.TargetWorkspaceState;
import software.amazon.awssdk.services.workspaces.model.Workspace;
import software.amazon.awssdk.services.workspaces.model.WorkspaceAccessProperties;
import software.amazon.awssdk.services.workspaces.model.WorkspaceBundle;
import software.amazon.awssdk.services.workspaces.model.WorkspaceConnectionStatus;
import software.amazon.awssdk.services.workspaces.model.WorkspaceCreationProperties;
import software.amazon.awssdk.services.workspaces.model.WorkspaceDirectory;
import software.amazon.awssdk.services.workspaces.model.WorkspaceDirectoryState;
import software.amazon.awssdk.services.workspaces.model.WorkspaceState;

/**
 * Every operation the engine simulates, called once or more through the real AWS SDK for Java v2
 * against a server in manual clock mode, with assertions on what the SDK parsed.
 */
class SdkOperationsTest {
  private TestServer server;
  private WorkSpacesClient client;

  @BeforeEach
  void start() {
    server = TestServer.start();
    client = server.client();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String availableWorkspace(String user) {
    server.registerDirectory(client);
    String id = createWorkspace(client, user);
    server.advance(20 * 60);
    assertEquals(WorkspaceState.AVAILABLE, describe(id).state());
    return id;
  }

  private Workspace describe(String id) {
    return client.describeWorkspaces(r -> r.workspaceIds(id)).workspaces().get(0);
  }

  @Test
  void registerDescribeAndDeregisterADirectory() {
    var registered = client.registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY));
    assertEquals(DIRECTORY, registered.directoryId());
    assertEquals(WorkspaceDirectoryState.REGISTERING, registered.state());

    server.advance(60);
    WorkspaceDirectory directory = client.describeWorkspaceDirectories(r -> r.directoryIds(DIRECTORY))
        .directories().get(0);
    assertEquals(WorkspaceDirectoryState.REGISTERED, directory.state());
    assertEquals("corp.example.com", directory.directoryName());
    assertEquals(2, directory.subnetIds().size());

    client.deregisterWorkspaceDirectory(r -> r.directoryId(DIRECTORY));
    assertEquals(WorkspaceDirectoryState.DEREGISTERING, client.describeWorkspaceDirectories(
        r -> r.directoryIds(DIRECTORY)).directories().get(0).state());
    server.advance(60 + 10 * 60);
    assertTrue(client.describeWorkspaceDirectories(r -> r.directoryIds(DIRECTORY)).directories().isEmpty());
  }

  @Test
  void directorySettingsAreModifiedAndShown() {
    server.registerDirectory(client);
    client.modifyWorkspaceCreationProperties(r -> r.resourceId(DIRECTORY)
        .workspaceCreationProperties(WorkspaceCreationProperties.builder()
            .enableInternetAccess(true).userEnabledAsLocalAdministrator(true).build()));
    client.modifySelfservicePermissions(r -> r.resourceId(DIRECTORY)
        .selfservicePermissions(SelfservicePermissions.builder()
            .rebuildWorkspace(ReconnectEnum.ENABLED).changeComputeType(ReconnectEnum.ENABLED).build()));
    client.modifyWorkspaceAccessProperties(r -> r.resourceId(DIRECTORY)
        .workspaceAccessProperties(WorkspaceAccessProperties.builder()
            .deviceTypeWeb(AccessPropertyValue.DENY).build()));

    WorkspaceDirectory directory = client.describeWorkspaceDirectories(r -> r.directoryIds(DIRECTORY))
        .directories().get(0);
    assertEquals(true, directory.workspaceCreationProperties().enableInternetAccess());
    assertEquals(true, directory.workspaceCreationProperties().userEnabledAsLocalAdministrator());
    assertEquals(ReconnectEnum.ENABLED, directory.selfservicePermissions().rebuildWorkspace());
    assertEquals(ReconnectEnum.ENABLED, directory.selfservicePermissions().changeComputeType());
    assertEquals(ReconnectEnum.ENABLED, directory.selfservicePermissions().restartWorkspace());
    assertEquals(AccessPropertyValue.DENY, directory.workspaceAccessProperties().deviceTypeWeb());
    assertEquals(AccessPropertyValue.ALLOW, directory.workspaceAccessProperties().deviceTypeWindows());
  }

  @Test
  void clientPropertiesAreDescribedAndModified() {
    server.registerDirectory(client);
    ClientProperties before = client.describeClientProperties(r -> r.resourceIds(DIRECTORY))
        .clientPropertiesList().get(0).clientProperties();
    assertNotNull(before.reconnectEnabled());

    client.modifyClientProperties(r -> r.resourceId(DIRECTORY)
        .clientProperties(ClientProperties.builder().reconnectEnabled(ReconnectEnum.DISABLED).build()));
    var after = client.describeClientProperties(r -> r.resourceIds(DIRECTORY)).clientPropertiesList().get(0);
    assertEquals(DIRECTORY, after.resourceId());
    assertEquals(ReconnectEnum.DISABLED, after.clientProperties().reconnectEnabled());
  }

  @Test
  void amazonBundlesAreListed() {
    List<WorkspaceBundle> bundles = client.describeWorkspaceBundles(r -> r.owner("AMAZON")).bundles();
    assertTrue(bundles.size() >= 10, "bundles: " + bundles.size());
    assertTrue(bundles.stream().anyMatch(bundle -> bundle.bundleId().equals(BUNDLE)));
    WorkspaceBundle one = client.describeWorkspaceBundles(r -> r.bundleIds(BUNDLE)).bundles().get(0);
    assertEquals(BUNDLE, one.bundleId());
    assertEquals("AMAZON", one.owner());
  }

  @Test
  void createAndDescribeWorkspaces() {
    server.registerDirectory(client);
    var created = client.createWorkspaces(r -> r.workspaces(
        software.amazon.awssdk.services.workspaces.model.WorkspaceRequest.builder()
            .directoryId(DIRECTORY).userName("alice").bundleId(BUNDLE)
            .tags(Tag.builder().key("Odd").value("ü \"q\" \\ / \n\t☃ <&>").build()).build(),
        software.amazon.awssdk.services.workspaces.model.WorkspaceRequest.builder()
            .directoryId("d-9999999999").userName("bob").bundleId(BUNDLE).build()));
    assertEquals(1, created.pendingRequests().size());
    assertEquals(WorkspaceState.PENDING, created.pendingRequests().get(0).state());
    assertEquals(1, created.failedRequests().size());
    assertEquals("bob", created.failedRequests().get(0).workspaceRequest().userName());
    assertNotNull(created.failedRequests().get(0).errorCode());

    String id = created.pendingRequests().get(0).workspaceId();
    Workspace workspace = describe(id);
    assertEquals("alice", workspace.userName());
    assertEquals(DIRECTORY, workspace.directoryId());
    assertEquals(RunningMode.AUTO_STOP, workspace.workspaceProperties().runningMode());
    assertEquals("ü \"q\" \\ / \n\t☃ <&>",
        client.describeTags(r -> r.resourceId(id)).tagList().get(0).value());
  }

  @Test
  void batchActionsMoveAWorkspaceThroughItsStates() {
    String id = availableWorkspace("alice");
    assertTrue(client.rebootWorkspaces(r -> r.rebootWorkspaceRequests(software.amazon.awssdk.services.workspaces.model.RebootRequest.builder().workspaceId(id).build()))
        .failedRequests().isEmpty());
    assertEquals(WorkspaceState.REBOOTING, describe(id).state());
    server.advance(3 * 60);

    assertTrue(client.stopWorkspaces(r -> r.stopWorkspaceRequests(software.amazon.awssdk.services.workspaces.model.StopRequest.builder().workspaceId(id).build())).failedRequests().isEmpty());
    assertEquals(WorkspaceState.STOPPING, describe(id).state());
    server.advance(2 * 60);
    assertEquals(WorkspaceState.STOPPED, describe(id).state());

    var refused = client.stopWorkspaces(r -> r.stopWorkspaceRequests(software.amazon.awssdk.services.workspaces.model.StopRequest.builder().workspaceId(id).build()));
    assertEquals(id, refused.failedRequests().get(0).workspaceId());
    assertEquals("InvalidResourceStateException", refused.failedRequests().get(0).errorCode());

    client.startWorkspaces(r -> r.startWorkspaceRequests(software.amazon.awssdk.services.workspaces.model.StartRequest.builder().workspaceId(id).build()));
    assertEquals(WorkspaceState.STARTING, describe(id).state());
    server.advance(2 * 60);

    client.rebuildWorkspaces(r -> r.rebuildWorkspaceRequests(software.amazon.awssdk.services.workspaces.model.RebuildRequest.builder().workspaceId(id).build()));
    assertEquals(WorkspaceState.REBUILDING, describe(id).state());
    server.advance(30 * 60);

    client.terminateWorkspaces(r -> r.terminateWorkspaceRequests(software.amazon.awssdk.services.workspaces.model.TerminateRequest.builder().workspaceId(id).build()));
    assertEquals(WorkspaceState.TERMINATING, describe(id).state());
    server.advance(5 * 60);
    assertEquals(WorkspaceState.TERMINATED, describe(id).state());
  }

  @Test
  void restoreUsesTheSnapshotsTheServiceListed() {
    String id = availableWorkspace("alice");
    DescribeWorkspaceSnapshotsResponse snapshots = client.describeWorkspaceSnapshots(r -> r.workspaceId(id));
    assertEquals(1, snapshots.restoreSnapshots().size());
    assertEquals(1, snapshots.rebuildSnapshots().size());
    assertNotNull(snapshots.restoreSnapshots().get(0).snapshotTime());

    client.restoreWorkspace(r -> r.workspaceId(id));
    assertEquals(WorkspaceState.RESTORING, describe(id).state());
    server.advance(30 * 60);
    assertEquals(WorkspaceState.AVAILABLE, describe(id).state());
  }

  @Test
  void workspacePropertiesAndStateAreModified() {
    String id = availableWorkspace("alice");
    client.modifyWorkspaceProperties(r -> r.workspaceId(id).workspaceProperties(p -> p
        .runningMode(RunningMode.AUTO_STOP).runningModeAutoStopTimeoutInMinutes(120)));
    assertEquals(120, describe(id).workspaceProperties().runningModeAutoStopTimeoutInMinutes());

    client.modifyWorkspaceState(r -> r.workspaceId(id).workspaceState(TargetWorkspaceState.ADMIN_MAINTENANCE));
    assertEquals(WorkspaceState.ADMIN_MAINTENANCE, describe(id).state());
    client.modifyWorkspaceState(r -> r.workspaceId(id).workspaceState(TargetWorkspaceState.AVAILABLE));
    assertEquals(WorkspaceState.AVAILABLE, describe(id).state());
  }

  @Test
  void migrateMovesTheUserToANewWorkspace() {
    String id = availableWorkspace("alice");
    String otherBundle = client.describeWorkspaceBundles(r -> r.owner("AMAZON")).bundles().stream()
        .map(WorkspaceBundle::bundleId).filter(bundle -> !bundle.equals(BUNDLE)).findFirst().orElseThrow();
    MigrateWorkspaceResponse migrated = client.migrateWorkspace(r -> r.sourceWorkspaceId(id).bundleId(otherBundle));
    assertEquals(id, migrated.sourceWorkspaceId());
    assertNotEquals(id, migrated.targetWorkspaceId());
    Workspace target = describe(migrated.targetWorkspaceId());
    assertEquals(WorkspaceState.PENDING, target.state());
    assertEquals(otherBundle, target.bundleId());
    assertEquals(WorkspaceState.TERMINATING, describe(id).state());
  }

  @Test
  void connectionStatusIsReported() {
    String id = availableWorkspace("alice");
    WorkspaceConnectionStatus status = client.describeWorkspacesConnectionStatus(r -> r.workspaceIds(id))
        .workspacesConnectionStatus().get(0);
    assertEquals(id, status.workspaceId());
    assertEquals(ConnectionState.DISCONNECTED, status.connectionState());
  }

  @Test
  void tagsAreCreatedDescribedAndDeleted() {
    String id = availableWorkspace("alice");
    client.createTags(r -> r.resourceId(id).tags(
        Tag.builder().key("env").value("test").build(),
        Tag.builder().key("empty").value("").build(),
        Tag.builder().key("novalue").build()));
    List<Tag> tags = client.describeTags(r -> r.resourceId(id)).tagList();
    assertEquals(List.of("env", "empty", "novalue"), tags.stream().map(Tag::key).toList());
    assertEquals("test", tags.get(0).value());

    client.deleteTags(r -> r.resourceId(id).tagKeys("env"));
    assertEquals(List.of("empty", "novalue"),
        client.describeTags(r -> r.resourceId(id)).tagList().stream().map(Tag::key).toList());
  }

  @Test
  void theRequestIdReachesTheSdk() {
    var response = client.describeWorkspaces(r -> r.limit(5));
    assertTrue(response.responseMetadata().requestId().matches("00000000-0000-4000-8000-[0-9a-f]{12}"),
        response.responseMetadata().requestId());
  }
}

package dev.workspaces.awssdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.server.WorkspacesEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.Compute;
import software.amazon.awssdk.services.workspaces.model.CreateWorkspacesResponse;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;
import software.amazon.awssdk.services.workspaces.model.InvalidResourceStateException;
import software.amazon.awssdk.services.workspaces.model.OperationInProgressException;
import software.amazon.awssdk.services.workspaces.model.Tag;
import software.amazon.awssdk.services.workspaces.model.Workspace;
import software.amazon.awssdk.services.workspaces.model.WorkspaceState;

/**
 * The service's documented guard rails, item codes and output members (issue 18), through a real
 * WorkSpacesClient of the SDK against the engine in process: each refusal with its exact code and message.
 */
class FidelitySdkTest {
  private static final String DIRECTORY = "d-1234567890";
  private static final String STANDARD_WINDOWS = "wsb-1st2n8b5c";
  private static final String STANDARD_LINUX = "wsb-8sl9q5i2j";

  private final WorkspacesEndpoint endpoint = InProcessWorkspaces.endpoint();
  private final WorkSpacesClient client = InProcessWorkspaces.client(endpoint);

  private String launch(String user, Tag... tags) {
    CreateWorkspacesResponse created = client.createWorkspaces(r -> r.workspaces(w -> w.directoryId(DIRECTORY)
        .userName(user).bundleId(STANDARD_WINDOWS).tags(tags)));
    assertEquals(List.of(), created.failedRequests());
    return created.pendingRequests().get(0).workspaceId();
  }

  private Workspace describe(String id) {
    return client.describeWorkspaces(r -> r.workspaceIds(id)).workspaces().get(0);
  }

  private void registered() {
    client.registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY));
    endpoint.advance(Duration.ofMinutes(1));
  }

  @Test
  void failedItemsCarryTheServicesDottedCodes() {
    registered();
    launch("alice");
    CreateWorkspacesResponse refused = client.createWorkspaces(r -> r.workspaces(
        w -> w.directoryId(DIRECTORY).userName("alice").bundleId(STANDARD_WINDOWS),
        w -> w.directoryId("d-9999999999").userName("bob").bundleId(STANDARD_WINDOWS)));
    assertEquals(List.of("ResourceExists.WorkSpace", "ResourceNotFound.Directory"),
        refused.failedRequests().stream().map(f -> f.errorCode()).toList());
    assertEquals(List.of("A WorkSpace already exists for the specified user.",
            "The specified directory could not be found in the specified region."),
        refused.failedRequests().stream().map(f -> f.errorMessage()).toList());
  }

  @Test
  void tagsGivenAtCreationAreHeldToTheFiftyTagLimit() {
    registered();
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      tags.add(Tag.builder().key("k" + i).value("v").build());
    }
    CreateWorkspacesResponse refused = client.createWorkspaces(r -> r.workspaces(w -> w.directoryId(DIRECTORY)
        .userName("alice").bundleId(STANDARD_WINDOWS).tags(tags)));
    assertEquals("ResourceLimitExceededException", refused.failedRequests().get(0).errorCode());
    assertEquals("The new resource WorkSpace of alice would carry 51 tags; at most 50 are allowed.",
        refused.failedRequests().get(0).errorMessage());
  }

  @Test
  void aProvisionedWorkspaceReportsItsComputerNameAndNoModifications() {
    registered();
    String id = launch("alice");
    endpoint.advance(Duration.ofMinutes(20));
    Workspace workspace = describe(id);
    assertEquals(WorkspaceState.AVAILABLE, workspace.state());
    assertTrue(workspace.computerName().matches("WSAMZN-[0-9A-Z]{8}"), workspace.computerName());
    assertTrue(workspace.hasModificationStates(), "ModificationStates is sent as an empty list");
    assertEquals(List.of(), workspace.modificationStates());
  }

  @Test
  void modifyWorkspacePropertiesKeepsTheServicesGuardRails() {
    registered();
    String id = launch("alice");
    endpoint.advance(Duration.ofMinutes(20));
    InvalidResourceStateException early = assertThrows(InvalidResourceStateException.class,
        () -> client.modifyWorkspaceProperties(r -> r.workspaceId(id).workspaceProperties(p -> p.userVolumeSizeGib(100))));
    assertEquals("The WorkSpace was launched less than 6 hours ago; its volumes and compute type can be increased "
        + "6 hours after launch.", early.awsErrorDetails().errorMessage());
    endpoint.advance(Duration.ofHours(6));

    InvalidParameterValuesException both = assertThrows(InvalidParameterValuesException.class,
        () -> client.modifyWorkspaceProperties(r -> r.workspaceId(id)
            .workspaceProperties(p -> p.userVolumeSizeGib(100).computeTypeName(Compute.POWER))));
    assertEquals("The volume sizes and the compute type cannot be changed in one request.",
        both.awsErrorDetails().errorMessage());
    InvalidParameterValuesException shrink = assertThrows(InvalidParameterValuesException.class,
        () -> client.modifyWorkspaceProperties(r -> r.workspaceId(id).workspaceProperties(p -> p.userVolumeSizeGib(10))));
    assertEquals("Volume sizes cannot be decreased: root 80 GiB, user 50 GiB.", shrink.awsErrorDetails().errorMessage());
    InvalidParameterValuesException group = assertThrows(InvalidParameterValuesException.class,
        () -> client.modifyWorkspaceProperties(r -> r.workspaceId(id).workspaceProperties(p -> p.userVolumeSizeGib(60))));
    assertEquals("The volume sizes [root 80, user 60] GiB are not one of the allowed groups.",
        group.awsErrorDetails().errorMessage());

    client.modifyWorkspaceProperties(r -> r.workspaceId(id).workspaceProperties(p -> p.userVolumeSizeGib(100)));
    assertEquals(WorkspaceState.UPDATING, describe(id).state());
    OperationInProgressException busy = assertThrows(OperationInProgressException.class,
        () -> client.modifyWorkspaceProperties(r -> r.workspaceId(id).workspaceProperties(p -> p.rootVolumeSizeGib(175))));
    assertEquals("The WorkSpace " + id + " is already being modified.", busy.awsErrorDetails().errorMessage());
    endpoint.advance(Duration.ofMinutes(10));
    InvalidResourceStateException again = assertThrows(InvalidResourceStateException.class,
        () -> client.modifyWorkspaceProperties(r -> r.workspaceId(id).workspaceProperties(p -> p.rootVolumeSizeGib(175))));
    assertEquals("The volumes were resized less than 6 hours ago.", again.awsErrorDetails().errorMessage());
  }

  @Test
  void aStoppedWorkspaceThatIsResizedStaysStopped() {
    registered();
    String id = launch("alice");
    endpoint.advance(Duration.ofHours(7));
    client.stopWorkspaces(r -> r.stopWorkspaceRequests(s -> s.workspaceId(id)));
    endpoint.advance(Duration.ofMinutes(5));
    client.modifyWorkspaceProperties(r -> r.workspaceId(id).workspaceProperties(p -> p.userVolumeSizeGib(100)));
    endpoint.advance(Duration.ofHours(1));
    Workspace workspace = describe(id);
    assertEquals(WorkspaceState.STOPPED, workspace.state());
    assertEquals(100, workspace.workspaceProperties().userVolumeSizeGib());
  }

  @Test
  void migrationCarriesTagsOverAndTakesTheTargetBundlesShape() {
    registered();
    String source = launch("alice", Tag.builder().key("team").value("a").build());
    endpoint.advance(Duration.ofMinutes(20));
    InvalidParameterValuesException same = assertThrows(InvalidParameterValuesException.class,
        () -> client.migrateWorkspace(r -> r.sourceWorkspaceId(source).bundleId(STANDARD_WINDOWS)));
    assertEquals("The WorkSpace " + source + " is already on bundle " + STANDARD_WINDOWS
        + "; rebuild it to refresh it on the same bundle.", same.awsErrorDetails().errorMessage());

    String target = client.migrateWorkspace(r -> r.sourceWorkspaceId(source).bundleId(STANDARD_LINUX))
        .targetWorkspaceId();
    endpoint.advance(Duration.ofMinutes(20));
    Workspace before = describe(source);
    Workspace after = describe(target);
    assertEquals(List.of("team=a"), client.describeTags(r -> r.resourceId(target)).tagList().stream()
        .map(t -> t.key() + "=" + t.value()).toList());
    assertNotEquals(before.ipAddress(), after.ipAddress());
    assertNotEquals(before.computerName(), after.computerName());
    assertEquals(STANDARD_LINUX, after.bundleId());
    assertEquals(before.workspaceProperties().runningMode(), after.workspaceProperties().runningMode());
  }
}

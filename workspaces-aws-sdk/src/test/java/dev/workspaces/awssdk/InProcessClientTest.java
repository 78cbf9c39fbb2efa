package dev.workspaces.awssdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.server.WorkspacesEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.CreateWorkspacesResponse;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.ValidationException;
import software.amazon.awssdk.services.workspaces.model.Workspace;
import software.amazon.awssdk.services.workspaces.model.WorkspaceRequest;
import software.amazon.awssdk.services.workspaces.model.WorkspaceState;

/** A real WorkSpacesClient of the SDK, running against the engine without a socket. */
class InProcessClientTest {
  private static final String DIRECTORY = "d-1234567890";
  private static final String BUNDLE = "wsb-1st2n8b5c";

  private final WorkspacesEndpoint endpoint = InProcessWorkspaces.endpoint();
  private final WorkSpacesClient client = InProcessWorkspaces.client(endpoint);

  private List<String> createFor(WorkSpacesClient target, String... users) {
    target.registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY));
    endpoint.advance(Duration.ofMinutes(1));
    List<WorkspaceRequest> items = java.util.Arrays.stream(users).map(user -> WorkspaceRequest.builder()
        .directoryId(DIRECTORY).userName(user).bundleId(BUNDLE).build()).toList();
    CreateWorkspacesResponse created = target.createWorkspaces(r -> r.workspaces(items));
    assertEquals(List.of(), created.failedRequests());
    return created.pendingRequests().stream().map(Workspace::workspaceId).toList();
  }

  @Test
  void aFullLifecycleRunsThroughTheRealClient() {
    String id = createFor(client, "alice").get(0);
    assertEquals(WorkspaceState.PENDING, state(id));
    endpoint.advance(Duration.ofMinutes(20));
    assertEquals(WorkspaceState.AVAILABLE, state(id));
    client.rebootWorkspaces(r -> r.rebootWorkspaceRequests(b -> b.workspaceId(id)));
    assertEquals(WorkspaceState.REBOOTING, state(id));
    endpoint.advance(Duration.ofMinutes(3));
    client.stopWorkspaces(r -> r.stopWorkspaceRequests(b -> b.workspaceId(id)));
    endpoint.advance(Duration.ofMinutes(2));
    assertEquals(WorkspaceState.STOPPED, state(id));
    client.createTags(r -> r.resourceId(id).tags(t -> t.key("team").value("blue")));
    assertEquals("blue", client.describeTags(r -> r.resourceId(id)).tagList().get(0).value());
    client.terminateWorkspaces(r -> r.terminateWorkspaceRequests(b -> b.workspaceId(id)));
    assertEquals(WorkspaceState.TERMINATING, state(id));
  }

  @Test
  void refusalsArriveAsTheModeledExceptionClasses() {
    ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
        () -> client.describeTags(r -> r.resourceId("ws-000000000")));
    assertEquals("ResourceNotFoundException", missing.awsErrorDetails().errorCode());
    assertEquals("ws-000000000", missing.resourceId());
    ValidationException invalid = assertThrows(ValidationException.class,
        () -> client.rebootWorkspaces(r -> r.rebootWorkspaceRequests(b -> b.workspaceId("x"))));
    assertTrue(invalid.awsErrorDetails().errorMessage().contains("rebootWorkspaceRequests.1.member.workspaceId"));
  }

  @Test
  void theSdkPaginatorSeesEveryWorkspaceOnce() {
    List<String> ids = createFor(client, "u1", "u2", "u3", "u4", "u5");
    List<String> seen = client.describeWorkspacesPaginator(r -> r.limit(2)).workspaces().stream()
        .map(Workspace::workspaceId).collect(Collectors.toList());
    assertEquals(ids.stream().sorted().toList(), seen);
  }

  @Test
  void accountsAndRegionsDoNotSeeEachOther() {
    createFor(client, "alice");
    WorkSpacesClient other = InProcessWorkspaces.client(endpoint, "210987654321", Region.US_EAST_1);
    WorkSpacesClient elsewhere = InProcessWorkspaces.client(endpoint, InProcessWorkspaces.DEFAULT_ACCOUNT, Region.EU_WEST_1);
    assertEquals(1, client.describeWorkspaces(r -> {}).workspaces().size());
    assertEquals(0, other.describeWorkspaces(r -> {}).workspaces().size());
    assertEquals(0, elsewhere.describeWorkspaces(r -> {}).workspaces().size());
  }

  private WorkspaceState state(String id) {
    return client.describeWorkspaces(r -> r.workspaceIds(id)).workspaces().get(0).state();
  }
}

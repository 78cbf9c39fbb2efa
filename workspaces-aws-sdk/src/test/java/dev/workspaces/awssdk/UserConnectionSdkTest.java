package dev.workspaces.awssdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.server.WorkspacesEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ConnectionState;
import software.amazon.awssdk.services.workspaces.model.Workspace;
import software.amazon.awssdk.services.workspaces.model.WorkspaceConnectionStatus;
import software.amazon.awssdk.services.workspaces.model.WorkspaceRequest;
import software.amazon.awssdk.services.workspaces.model.WorkspaceState;

/**
 * A user connecting, seen through the real SDK client: code that keeps recently used WorkSpaces
 * running and stops the others can be tested on both branches.
 */
class UserConnectionSdkTest {
  private static final String DIRECTORY = "d-1234567890";
  private static final String BUNDLE = "wsb-1st2n8b5c";

  private final WorkspacesEndpoint endpoint = InProcessWorkspaces.endpoint();
  private final WorkSpacesClient client = InProcessWorkspaces.client(endpoint);

  /** Stops every AVAILABLE WorkSpace (of the first 25) that no user is connected to and none used in the last hour. */
  private static List<String> stopIdle(WorkSpacesClient client, Instant now) {
    List<String> idle = client.describeWorkspacesConnectionStatus(r -> { }).workspacesConnectionStatus().stream()
        .filter(status -> status.connectionState() == ConnectionState.DISCONNECTED)
        .filter(status -> status.lastKnownUserConnectionTimestamp() == null
            || status.lastKnownUserConnectionTimestamp().isBefore(now.minus(Duration.ofHours(1))))
        .map(WorkspaceConnectionStatus::workspaceId).toList();
    idle.forEach(id -> client.stopWorkspaces(r -> r.stopWorkspaceRequests(b -> b.workspaceId(id))));
    return idle;
  }

  private void connect(String workspaceId) {
    Outcome[] outcome = new Outcome[1];
    endpoint.replace(state -> {
      outcome[0] = Engine.connectUser(state, Scope.DEFAULT, workspaceId);
      return outcome[0].state();
    });
    assertTrue(outcome[0].isSuccess(), () -> outcome[0].error().orElseThrow().message());
  }

  @Test
  void aConnectedUserKeepsItsWorkSpaceRunning() {
    client.registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY));
    endpoint.advance(Duration.ofMinutes(1));
    List<String> ids = client.createWorkspaces(r -> r.workspaces(
            WorkspaceRequest.builder().directoryId(DIRECTORY).userName("alice").bundleId(BUNDLE).build(),
            WorkspaceRequest.builder().directoryId(DIRECTORY).userName("bob").bundleId(BUNDLE).build()))
        .pendingRequests().stream().map(Workspace::workspaceId).toList();
    endpoint.advance(Duration.ofMinutes(20));
    String used = ids.get(0);
    String idle = ids.get(1);
    connect(used);
    Instant connectedAt = endpoint.snapshot().clock();
    endpoint.advance(Duration.ofMinutes(30));

    WorkspaceConnectionStatus status = client.describeWorkspacesConnectionStatus(r -> r.workspaceIds(used))
        .workspacesConnectionStatus().get(0);
    assertEquals(ConnectionState.CONNECTED, status.connectionState());
    assertEquals(connectedAt, status.lastKnownUserConnectionTimestamp());
    assertEquals(endpoint.snapshot().clock(), status.connectionStateCheckTimestamp());

    assertEquals(List.of(idle), stopIdle(client, endpoint.snapshot().clock()));
    endpoint.advance(Duration.ofMinutes(2));
    Map<String, WorkspaceState> states = client.describeWorkspaces(r -> r.workspaceIds(ids)).workspaces().stream()
        .collect(Collectors.toMap(Workspace::workspaceId, Workspace::state));
    assertEquals(Map.of(used, WorkspaceState.AVAILABLE, idle, WorkspaceState.STOPPED), states);
    assertEquals(State.EPOCH.plus(Duration.ofMinutes(21)), connectedAt);
  }
}

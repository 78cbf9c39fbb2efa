package dev.workspaces.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workspaces.model.ConnectionState;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceConnectionStatus;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.error.InvalidResourceStateException;
import dev.workspaces.model.error.ResourceNotFoundException;
import dev.workspaces.model.request.DescribeWorkspacesConnectionStatusRequest;
import dev.workspaces.model.request.StopWorkspacesRequest;
import dev.workspaces.model.response.DescribeWorkspacesConnectionStatusResult;
import dev.workspaces.model.StopRequest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A user connecting and disconnecting through the fake, as DescribeWorkspacesConnectionStatus shows it. */
class UserConnectionsTest {
  private static final String ID = "ws-abcdef123";

  private static WorkspaceConnectionStatus described(WorkspacesFake fake) {
    return ((DescribeWorkspacesConnectionStatusResult) fake.call(DescribeWorkspacesConnectionStatusRequest.builder()
        .addWorkspaceId(ID).build())).workspacesConnectionStatus().get(0);
  }

  private static WorkspacesFake fakeWith(WorkspaceState state, RunningMode mode) {
    return WorkspacesFake.create(Fixtures.withWorkspaceIn(State.initial(1), ID, state, mode));
  }

  @Test
  void aConnectedUserShowsUntilTheWorkSpaceStops() {
    WorkspacesFake fake = fakeWith(WorkspaceState.AVAILABLE, RunningMode.AUTO_STOP);
    assertEquals(Optional.of(ConnectionState.DISCONNECTED), described(fake).connectionState());
    fake.advance(Duration.ofMinutes(5));
    WorkspaceConnectionStatus connected = fake.connectUser(ID);
    assertEquals(connected, described(fake));
    assertEquals(Optional.of(ConnectionState.CONNECTED), connected.connectionState());
    assertEquals(Optional.of(State.EPOCH.plus(Duration.ofMinutes(5))), connected.lastKnownUserConnectionTimestamp());

    fake.call(StopWorkspacesRequest.builder().addStopWorkspaceRequest(StopRequest.builder().workspaceId(ID).build())
        .build());
    assertEquals(Optional.of(ConnectionState.UNKNOWN), described(fake).connectionState());
    fake.advanceUntilIdle();
    assertEquals(WorkspaceState.STOPPED, Fixtures.stateOf(fake.snapshot(), ID));
    assertEquals(connected.lastKnownUserConnectionTimestamp(), described(fake).lastKnownUserConnectionTimestamp());
    assertThrows(InvalidResourceStateException.class, () -> fake.disconnectUser(ID), "stopping ended the session");
  }

  @Test
  void connectingToAStoppedAutoStopWorkSpaceStartsIt() {
    WorkspacesFake fake = fakeWith(WorkspaceState.STOPPED, RunningMode.AUTO_STOP);
    assertEquals(Optional.of(ConnectionState.UNKNOWN), fake.connectUser(ID).connectionState());
    assertEquals(WorkspaceState.STARTING, Fixtures.stateOf(fake.snapshot(), ID));
    assertEquals(Duration.ofMinutes(2), fake.advanceUntilIdle());
    assertEquals(Optional.of(ConnectionState.CONNECTED), described(fake).connectionState());
    assertEquals(Optional.of(State.EPOCH), described(fake).lastKnownUserConnectionTimestamp());

    WorkspaceConnectionStatus gone = fake.disconnectUser(ID);
    assertEquals(Optional.of(ConnectionState.DISCONNECTED), gone.connectionState());
    assertEquals(Optional.of(State.EPOCH), gone.lastKnownUserConnectionTimestamp(), "the last connection is kept");
  }

  @Test
  void refusalsAreTyped() {
    WorkspacesFake fake = fakeWith(WorkspaceState.STOPPED, RunningMode.ALWAYS_ON);
    assertThrows(InvalidResourceStateException.class, () -> fake.connectUser(ID));
    assertThrows(ResourceNotFoundException.class, () -> fake.connectUser("ws-000000000"));
    assertThrows(ResourceNotFoundException.class,
        () -> fake.as(Scope.of("210987654321", "us-east-1")).connectUser(ID), "another account sees nothing");
  }
}

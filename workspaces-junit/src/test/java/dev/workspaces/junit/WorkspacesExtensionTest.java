package dev.workspaces.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.EngineConfig;
import dev.workspaces.engine.State;
import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.server.ClockMode;
import dev.workspaces.server.WorkspacesEndpoint;
import dev.workspaces.server.WorkspacesServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

@ExtendWith(WorkspacesExtension.class)
class WorkspacesExtensionTest {

  @Test
  void twoFakeParametersOfOneTestAreOneFakeOfAFreshStateWithSeedZero(WorkspacesFake first, WorkspacesFake second) {
    assertSame(first, second);
    assertEquals(State.initial(0), first.snapshot());
  }

  @Test
  @WorkspacesTest(seed = 99, profile = WorkspacesTest.Profile.INSTANT)
  void theAnnotationOnTheMethodSetsSeedAndProfile(WorkspacesFake workspaces, WorkspacesEndpoint endpoint) {
    assertEquals(State.initial(99, EngineConfig.instant()), workspaces.snapshot());
    assertEquals(99, endpoint.config().seed());
    assertEquals(ClockMode.MANUAL, endpoint.config().clockMode());
  }

  @Test
  @WorkspacesTest(clock = WorkspacesTest.Clock.WALL)
  void theWallClockAppliesToTheEndpoint(WorkspacesEndpoint endpoint) {
    assertEquals(ClockMode.WALL, endpoint.config().clockMode());
  }

  @Test
  void everyViewRunsOnTheFakesState(WorkspacesFake fake, WorkspacesEndpoint endpoint, WorkSpacesClient client,
      WorkspacesServer server) throws Exception {
    fake.registerWorkspaceDirectory(r -> r.directoryId("d-1234567890"));

    assertSame(fake.snapshot(), endpoint.snapshot());
    assertSame(endpoint, server.endpointHandler());
    assertEquals("d-1234567890", client.describeWorkspaceDirectories().directories().get(0).directoryId());
    HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.endpoint())
        .header("X-Amz-Target", "WorkspacesService.DescribeWorkspaceDirectories")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, reply.statusCode());
    assertTrue(reply.body().contains("d-1234567890"), reply.body());
    assertTrue(server.endpoint().toString().startsWith("http://127.0.0.1:"));
  }
}

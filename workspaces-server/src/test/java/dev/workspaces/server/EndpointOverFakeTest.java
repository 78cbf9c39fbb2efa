package dev.workspaces.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.workspaces.engine.State;
import dev.workspaces.engine.WorkspacesFake;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An endpoint (and a server) made over a fake run on the fake's state. */
class EndpointOverFakeTest {
  private static final Map<String, String> REGISTER =
      Map.of("X-Amz-Target", "WorkspacesService.RegisterWorkspaceDirectory");

  @Test
  void requestsToTheEndpointChangeTheFakesStateAndTheOtherWayRound() {
    WorkspacesFake fake = WorkspacesFake.create(State.initial(7));
    WorkspacesEndpoint endpoint = WorkspacesEndpoint.over(fake);

    EndpointReply reply = endpoint.handle("POST", "/", REGISTER::get, "{\"DirectoryId\":\"d-1234567890\"}".getBytes(UTF_8));

    assertEquals(200, reply.status());
    assertEquals(1, fake.describeWorkspaceDirectories(r -> { }).directories().size());
    fake.advance(Duration.ofMinutes(5));
    assertSame(fake.snapshot(), endpoint.snapshot());
    assertEquals(7, endpoint.config().seed());
    assertEquals(ClockMode.MANUAL, endpoint.config().clockMode());
  }

  @Test
  void aResetThroughTheEndpointGivesTheFakeAFreshStateOfItsSeed() {
    WorkspacesFake fake = WorkspacesFake.create(State.initial(7));
    fake.registerWorkspaceDirectory(r -> r.directoryId("d-1234567890"));

    WorkspacesEndpoint.over(fake).reset();

    assertEquals(State.initial(7), fake.snapshot());
  }

  @Test
  void aServerStartedOnAnEndpointOverAFakeServesTheFakesState() throws Exception {
    WorkspacesFake fake = WorkspacesFake.create();
    fake.registerWorkspaceDirectory(r -> r.directoryId("d-1234567890"));
    try (WorkspacesServer server = WorkspacesServer.start(
        WorkspacesEndpoint.over(fake, ServerConfig.defaults().withPort(0).withClockMode(ClockMode.MANUAL)))) {
      HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.endpoint())
          .header("X-Amz-Target", "WorkspacesService.DescribeWorkspaceDirectories")
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

      assertEquals(200, reply.statusCode());
      assertEquals(true, reply.body().contains("\"DirectoryId\":\"d-1234567890\""), reply.body());
    }
  }
}

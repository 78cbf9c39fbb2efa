package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ConnectionState;
import software.amazon.awssdk.services.workspaces.model.WorkspaceConnectionStatus;

/** The simulation hooks of the admin API over HTTP: health, and a user connecting and disconnecting. */
class AdminHooksTest {

  private static WorkspaceConnectionStatus status(WorkSpacesClient client, String id) {
    return client.describeWorkspacesConnectionStatus(r -> r.workspaceIds(id)).workspacesConnectionStatus().get(0);
  }

  @Test
  void healthAnswersWithTheVirtualTime() {
    try (TestServer server = TestServer.start()) {
      server.advance(90);
      TestServer.Raw health = TestServer.send(HttpRequest.newBuilder(server.uri("/_admin/health")).GET().build());
      assertEquals(200, health.status());
      assertTrue(health.body().matches(
          "\\{\"Status\":\"UP\",\"Clock\":1767225690,\"PendingSteps\":0,\"SimulatedOperations\":\\d+}"), health.body());
      assertEquals(405, server.post("/_admin/health", "").status());
    }
  }

  @Test
  void aUserConnectsAndDisconnects() {
    try (TestServer server = TestServer.start()) {
      WorkSpacesClient client = server.client();
      server.registerDirectory(client);
      String id = TestServer.createWorkspace(client, "alice");
      server.advance(20 * 60);
      String target = "{\"WorkspaceId\":\"" + id + "\",\"AccountId\":\"" + TestServer.ACCOUNT_A + "\"}";

      TestServer.Raw connected = server.post("/_admin/connect", target);
      assertEquals(200, connected.status(), connected.toString());
      assertEquals("{\"WorkspaceId\":\"" + id + "\",\"ConnectionState\":\"CONNECTED\","
          + "\"ConnectionStateCheckTimestamp\":1767226860,\"LastKnownUserConnectionTimestamp\":1767226860}",
          connected.body());
      server.advance(600);
      assertEquals(ConnectionState.CONNECTED, status(client, id).connectionState());
      assertEquals(Instant.parse("2026-01-01T00:21:00Z"), status(client, id).lastKnownUserConnectionTimestamp());

      TestServer.Raw gone = server.post("/_admin/disconnect", target);
      assertEquals(200, gone.status(), gone.toString());
      assertEquals(ConnectionState.DISCONNECTED, status(client, id).connectionState());
      assertEquals(Instant.parse("2026-01-01T00:21:00Z"), status(client, id).lastKnownUserConnectionTimestamp());
    }
  }

  @Test
  void refusalsAndBadBodiesAreTypedErrors() {
    try (TestServer server = TestServer.start()) {
      TestServer.Raw missing = server.post("/_admin/connect", "{\"WorkspaceId\":\"ws-000000000\"}");
      assertEquals(400, missing.status());
      assertTrue(missing.body().contains("ResourceNotFoundException"), missing.body());
      TestServer.Raw noId = server.post("/_admin/disconnect", "{}");
      assertEquals(400, noId.status());
      assertTrue(noId.body().contains("WorkspaceId is required"), noId.body());
      TestServer.Raw badAccount = server.post("/_admin/connect", "{\"WorkspaceId\":\"ws-1\",\"AccountId\":\"12\"}");
      assertEquals(400, badAccount.status());
      assertTrue(badAccount.body().contains("AccountId must be 12 digits"), badAccount.body());
    }
  }
}

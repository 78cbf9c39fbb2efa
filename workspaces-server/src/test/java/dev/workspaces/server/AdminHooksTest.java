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

  @Test
  void anExportedStateImportsBackExactly() {
    try (TestServer server = TestServer.start()) {
      WorkSpacesClient client = server.client();
      server.registerDirectory(client);
      String id = TestServer.createWorkspace(client, "alice");
      server.advance(5 * 60);
      TestServer.Raw exported = TestServer.send(HttpRequest.newBuilder(server.uri("/_admin/export")).GET().build());
      assertEquals(200, exported.status());
      assertTrue(exported.body().startsWith("{\"Format\":1,\"Clock\":\"2026-01-01T00:06:00Z\","), exported.body());
      String dump = server.stateDump();

      assertEquals(200, server.post("/_admin/reset", "").status());
      TestServer.Raw imported = server.post("/_admin/import", exported.body());
      assertEquals(200, imported.status(), imported.toString());
      assertEquals("{\"Clock\":1767225960}", imported.body());
      assertEquals(dump, server.stateDump());
      assertEquals(exported.body(),
          TestServer.send(HttpRequest.newBuilder(server.uri("/_admin/export")).GET().build()).body());
      server.advance(15 * 60);
      assertEquals("AVAILABLE", client.describeWorkspaces(r -> r.workspaceIds(id)).workspaces().get(0).stateAsString(),
          "the pending step came back with the state");

      String before = server.stateDump();
      TestServer.Raw bad = server.post("/_admin/import", exported.body().replace("\"Seed\":0", "\"Seed\":\"zero\""));
      assertEquals(400, bad.status());
      assertTrue(bad.body().contains("SerializationException") && bad.body().contains("Seed: expected a number"),
          bad.body());
      assertEquals(before, server.stateDump(), "a refused import changes nothing");
    }
  }
}

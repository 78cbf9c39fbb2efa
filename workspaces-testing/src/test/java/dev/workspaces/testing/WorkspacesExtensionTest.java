package dev.workspaces.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.State;
import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.server.WorkspacesServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WorkspacesExtension.class)
class WorkspacesExtensionTest {

  @Test
  void eachTestGetsAFreshFakeWithSeedZero(WorkspacesFake first, WorkspacesFake second) {
    assertNotSame(first, second);
    assertEquals(State.initial(0), first.snapshot());
  }

  @Test
  @WorkspacesExtension.Seed(99)
  void theSeedAnnotationIsHonoured(WorkspacesFake workspaces) {
    assertEquals(99, workspaces.snapshot().seed());
  }

  @Test
  void aServerParameterIsARunningEndpoint(WorkspacesServer server) throws Exception {
    HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.endpoint())
        .header("X-Amz-Target", "WorkspacesService.DescribeWorkspaces")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, reply.statusCode());
    assertEquals("{\"Workspaces\":[]}", reply.body());
    assertTrue(server.endpoint().toString().startsWith("http://127.0.0.1:"));
  }
}

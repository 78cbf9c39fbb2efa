package dev.workspaces.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.junit.WorkspacesExtension;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.error.ResourceNotFoundException;
import dev.workspaces.model.error.WorkspacesException;
import dev.workspaces.server.WorkspacesServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A refusal has one type from the engine to the wire: the fake throws what the codec reads back. */
@ExtendWith(WorkspacesExtension.class)
class OneErrorTypeTest {
  private static final String UNKNOWN = "ws-000000000";

  @Test
  void theFakeThrowsTheValueTheEndpointSends(WorkspacesFake fake, WorkspacesServer server) throws Exception {
    ResourceNotFoundException thrown = assertThrows(ResourceNotFoundException.class,
        () -> fake.restoreWorkspace(r -> r.workspaceId(UNKNOWN)));
    assertEquals(UNKNOWN, thrown.resourceId().orElseThrow());
    assertEquals(0, thrown.getStackTrace().length);

    HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.endpoint())
        .header("X-Amz-Target", "WorkspacesService.RestoreWorkspace")
        .POST(HttpRequest.BodyPublishers.ofString("{\"WorkspaceId\":\"" + UNKNOWN + "\"}")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    WorkspacesException decoded = WorkspacesJson.decodeError(reply.body()).value();
    assertSame(ResourceNotFoundException.class, decoded.schema().javaType());
    assertEquals(thrown, decoded);
    assertEquals(thrown.getMessage(), decoded.getMessage());
    assertEquals(new String(WorkspacesJson.encodeError(thrown), UTF_8), new String(reply.body(), UTF_8));
    assertEquals(thrown.errorCode().code(), reply.headers().firstValue("X-Amzn-ErrorType").orElseThrow());
  }
}

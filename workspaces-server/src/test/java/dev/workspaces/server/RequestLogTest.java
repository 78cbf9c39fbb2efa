package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;

/**
 * A server launched as {@code main} does writes one line per request (operation, account, status,
 * microseconds) and a line when it stops; {@code --quiet} leaves only the Listening and stop lines.
 */
class RequestLogTest {
  private static final String REQUEST_LINE =
      "request POST / operation=%s account=%s status=%d micros=\\d+";

  @Test
  void everyRequestGetsALineAndStoppingGetsOne() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ServerConfig config = CommandLine.parse(new String[] {"--port", "0", "--clock", "manual"});
    String endpoint;
    try (WorkspacesServer server = WorkspacesServer.launch(config, new PrintStream(out, true, StandardCharsets.UTF_8));
        WorkSpacesClient client = client(server, TestServer.ACCOUNT_A)) {
      endpoint = server.endpoint().toString();
      client.describeWorkspaces(r -> r.limit(1));
      try {
        client.describeWorkspaceImagePermissions(r -> r.imageId("wsi-123456789"));
      } catch (ResourceNotFoundException expected) {
        // the 400 is logged like any reply
      }
      TestServer.send(java.net.http.HttpRequest.newBuilder(server.endpoint().resolve("/_admin/state")).GET().build());
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(5, lines.size(), String.join("\n", lines));
    assertEquals("Listening on " + endpoint, lines.get(0));
    assertTrue(lines.get(1).matches(REQUEST_LINE.formatted("DescribeWorkspaces", TestServer.ACCOUNT_A, 200)), lines.get(1));
    assertTrue(lines.get(2).matches(REQUEST_LINE.formatted("DescribeWorkspaceImagePermissions", TestServer.ACCOUNT_A, 400)),
        lines.get(2));
    assertTrue(lines.get(3).matches("request GET /_admin/state operation=- account=- status=200 micros=\\d+"),
        lines.get(3));
    assertEquals("Stopped " + endpoint + "; requests served: 3", lines.get(4));
  }

  @Test
  void quietLeavesTheListeningAndStopLinesOnly() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ServerConfig config = CommandLine.parse(new String[] {"--port", "0", "--clock", "manual", "--quiet"});
    String endpoint;
    try (WorkspacesServer server = WorkspacesServer.launch(config, new PrintStream(out, true, StandardCharsets.UTF_8));
        WorkSpacesClient client = client(server, TestServer.ACCOUNT_B)) {
      endpoint = server.endpoint().toString();
      client.describeWorkspaces(r -> r.limit(1));
    }
    assertEquals(List.of("Listening on " + endpoint, "Stopped " + endpoint + "; requests served: 1"),
        out.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void theLibraryDefaultIsSilent() {
    assertEquals(false, ServerConfig.defaults().requestLog());
    assertEquals(true, CommandLine.parse(new String[0]).requestLog());
  }

  private static WorkSpacesClient client(WorkspacesServer server, String account) {
    return WorkSpacesClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "secret")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}

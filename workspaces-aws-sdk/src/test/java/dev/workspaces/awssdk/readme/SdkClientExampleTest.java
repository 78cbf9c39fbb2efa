package dev.workspaces.awssdk.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.awssdk.InProcessWorkspaces;
import dev.workspaces.server.WorkspacesEndpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkspaceState;

/** The README's SDK-client example runs as written, and the README shows it verbatim. */
class SdkClientExampleTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE =
      Path.of("src", "test", "java", "dev", "workspaces", "awssdk", "readme", "SdkClientExampleTest.java");

  @Test
  void theExampleLeavesAliceWithAnAvailableWorkspace() {
    // README:begin sdk
    WorkspacesEndpoint endpoint = InProcessWorkspaces.endpoint();     // manual clock, seed 0
    WorkSpacesClient client = InProcessWorkspaces.client(endpoint);   // account 123456789012, us-east-1
    client.registerWorkspaceDirectory(r -> r.directoryId("d-1234567890"));
    endpoint.advance(Duration.ofMinutes(1));                          // REGISTERING -> REGISTERED
    client.createWorkspaces(r -> r.workspaces(w -> w.directoryId("d-1234567890").userName("alice")
        .bundleId("wsb-1st2n8b5c")));
    endpoint.advance(Duration.ofMinutes(20));                         // PENDING -> AVAILABLE
    // README:end sdk
    assertEquals(WorkspaceState.AVAILABLE, client.describeWorkspaces(r -> r.userName("alice")
        .directoryId("d-1234567890")).workspaces().get(0).state());
  }

  @Test
  void theReadmeShowsTheExampleAsItRuns() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    String begin = "// README:begin sdk\n";
    String snippet = source.substring(source.indexOf(begin) + begin.length(), source.indexOf("    // README:end sdk"))
        .replaceAll("(?m)^    ", "");
    assertTrue(Files.readString(README, StandardCharsets.UTF_8).contains(snippet),
        "README.md must contain the SDK example verbatim:\n" + snippet);
  }
}

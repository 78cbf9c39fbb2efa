package com.example.janitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.junit.WorkspacesTest;
import dev.workspaces.model.WorkspaceRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.Workspace;
import software.amazon.awssdk.services.workspaces.model.WorkspaceState;

/** Seeds 30 WorkSpaces (two pages) through the fake, then runs the janitor on the SDK client. */
@WorkspacesTest(seed = 42)
class LeaverJanitorTest {
  private static final String DIRECTORY = "d-1234567890";

  @BeforeEach
  void seed(WorkspacesFake workspaces) {
    workspaces.registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY));
    workspaces.advance(Duration.ofMinutes(1));
    for (int batch = 0; batch < 30; batch += 15) {
      int first = batch;
      workspaces.createWorkspaces(r -> r.workspaces(IntStream.range(first, first + 15).mapToObj(i -> WorkspaceRequest
          .builder().directoryId(DIRECTORY).userName("user" + i).bundleId(AmazonBundles.STANDARD_WINDOWS).build())
          .toList()));
    }
    workspaces.advance(Duration.ofMinutes(20));
  }

  @Test
  void terminatesTheLeaversOnEveryPage(WorkSpacesClient client) {
    List<String> terminated = new LeaverJanitor(client).terminate(Set.of("user0", "user29"));

    assertEquals(2, terminated.size());
    Map<String, WorkspaceState> states = client.describeWorkspacesPaginator(r -> { }).workspaces().stream()
        .collect(Collectors.toMap(Workspace::userName, Workspace::state));
    assertEquals(30, states.size());
    assertEquals(WorkspaceState.TERMINATING, states.get("user0"));
    assertEquals(WorkspaceState.TERMINATING, states.get("user29"));
    assertEquals(WorkspaceState.AVAILABLE, states.get("user15"));
  }

  @Test
  void jqwikIsNotOnTheClasspathOfAJUnitOnlyUser() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("net.jqwik.api.Arbitrary"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.workspaces.testing.WorkspacesArbitraries"));
  }
}

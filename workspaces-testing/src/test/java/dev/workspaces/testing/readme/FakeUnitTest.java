package dev.workspaces.testing.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.junit.WorkspacesExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

// README:begin unit
@ExtendWith(WorkspacesExtension.class)
class FakeUnitTest {
  @Test
  void stopsTheIdleAutoStopWorkspace(WorkspacesFake workspaces) {
    workspaces.registerWorkspaceDirectory(r -> r.directoryId("d-1234567890"));
    workspaces.advance(Duration.ofMinutes(1));
    String id = workspaces.createWorkspaces(r -> r.addWorkspace(WorkspaceRequest.builder()
            .directoryId("d-1234567890").userName("alice").bundleId(AmazonBundles.STANDARD_WINDOWS).build()))
        .pendingRequests().get(0).workspaceId().orElseThrow();
    workspaces.advance(Duration.ofMinutes(20));

    assertEquals(List.of(id), new IdleWorkspaceStopper(workspaces).stopIdle());
    assertEquals(WorkspaceState.STOPPING,
        workspaces.describeWorkspaces(r -> r.addWorkspaceId(id)).workspaces().get(0).state().orElseThrow());
  }
}
// README:end unit

package dev.workspaces.server;

import static dev.workspaces.server.TestServer.DIRECTORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.Tag;
import software.amazon.awssdk.services.workspaces.model.WorkspaceDirectoryState;
import software.amazon.awssdk.services.workspaces.model.WorkspaceState;

/**
 * A whole WorkSpace life through the SDK on the Apache HTTP client (kept-alive connections), with
 * time moved only by {@code POST /_admin/advance}.
 */
class LifecycleTest {

  @Test
  void aWorkspaceLivesFromRegistrationToTermination() {
    try (TestServer server = TestServer.start()) {
      WorkSpacesClient client = server.apacheClient();

      client.registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY));
      server.advance(60);
      assertEquals(WorkspaceDirectoryState.REGISTERED,
          client.describeWorkspaceDirectories(r -> r.directoryIds(DIRECTORY)).directories().get(0).state());

      String id = TestServer.createWorkspace(client, "alice");
      assertEquals(WorkspaceState.PENDING, state(client, id));
      server.advance(19 * 60);
      assertEquals(WorkspaceState.PENDING, state(client, id));
      server.advance(60);
      assertEquals(WorkspaceState.AVAILABLE, state(client, id));

      client.rebootWorkspaces(r -> r.rebootWorkspaceRequests(software.amazon.awssdk.services.workspaces.model.RebootRequest.builder().workspaceId(id).build()));
      assertEquals(WorkspaceState.REBOOTING, state(client, id));
      server.advance(3 * 60);
      assertEquals(WorkspaceState.AVAILABLE, state(client, id));

      client.stopWorkspaces(r -> r.stopWorkspaceRequests(software.amazon.awssdk.services.workspaces.model.StopRequest.builder().workspaceId(id).build()));
      server.advance(2 * 60);
      assertEquals(WorkspaceState.STOPPED, state(client, id));
      client.startWorkspaces(r -> r.startWorkspaceRequests(software.amazon.awssdk.services.workspaces.model.StartRequest.builder().workspaceId(id).build()));
      server.advance(2 * 60);
      assertEquals(WorkspaceState.AVAILABLE, state(client, id));

      client.rebuildWorkspaces(r -> r.rebuildWorkspaceRequests(software.amazon.awssdk.services.workspaces.model.RebuildRequest.builder().workspaceId(id).build()));
      assertEquals(WorkspaceState.REBUILDING, state(client, id));
      server.advance(30 * 60);
      assertEquals(WorkspaceState.AVAILABLE, state(client, id));

      client.createTags(r -> r.resourceId(id).tags(Tag.builder().key("Project").value("conformance").build()));
      assertEquals(List.of("Project"),
          client.describeTags(r -> r.resourceId(id)).tagList().stream().map(Tag::key).toList());

      client.terminateWorkspaces(r -> r.terminateWorkspaceRequests(software.amazon.awssdk.services.workspaces.model.TerminateRequest.builder().workspaceId(id).build()));
      server.advance(5 * 60);
      assertEquals(WorkspaceState.TERMINATED, state(client, id));
      server.advance(60 * 60);
      assertTrue(client.describeWorkspaces(r -> r.workspaceIds(id)).workspaces().isEmpty());
    }
  }

  private static WorkspaceState state(WorkSpacesClient client, String id) {
    return client.describeWorkspaces(r -> r.workspaceIds(id)).workspaces().get(0).state();
  }
}

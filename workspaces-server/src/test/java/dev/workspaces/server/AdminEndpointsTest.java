package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.InvalidResourceStateException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceDirectory;

/** The {@code /_admin/} endpoints: reset, advance, the directory catalogue and the state dump. */
class AdminEndpointsTest {
  private static final String EMPTY_DUMP = "{\"Clock\":1767225600,\"Seed\":0,\"IdCounter\":0,\"PendingSteps\":0,"
      + "\"Catalogue\":{\"Strict\":false,\"Directories\":[]},\"Scopes\":{}}";

  @Test
  void aFreshServerDumpsAnEmptyState() {
    try (TestServer server = TestServer.start()) {
      assertEquals(EMPTY_DUMP, server.stateDump());
    }
  }

  @Test
  void theDumpListsEachScopesResources() {
    try (TestServer server = TestServer.start()) {
      WorkSpacesClient client = server.client();
      server.registerDirectory(client);
      String id = TestServer.createWorkspace(client, "alice");
      String dump = server.stateDump();
      assertTrue(dump.startsWith("{\"Clock\":1767225660,\"Seed\":0,"), dump);
      assertTrue(dump.contains("\"Scopes\":{\"" + TestServer.ACCOUNT_A + "/us-east-1\":{\"Directories\":[{"
          + "\"DirectoryId\":\"" + TestServer.DIRECTORY + "\""), dump);
      assertTrue(dump.contains("\"Workspaces\":[{\"WorkspaceId\":\"" + id + "\""), dump);
    }
  }

  @Test
  void resetForgetsEverything() {
    try (TestServer server = TestServer.start()) {
      WorkSpacesClient client = server.client();
      server.registerDirectory(client);
      TestServer.createWorkspace(client, "alice");
      TestServer.Raw reset = server.post("/_admin/reset", "");
      assertEquals(200, reset.status());
      assertEquals("{\"Clock\":1767225600}", reset.body());
      assertEquals(EMPTY_DUMP, server.stateDump());
    }
  }

  @Test
  void advanceAcceptsFractionsAndReturnsTheClock() {
    try (TestServer server = TestServer.start()) {
      TestServer.Raw reply = server.post("/_admin/advance", "{\"seconds\": 1.25}");
      assertEquals(200, reply.status());
      assertEquals("{\"Clock\":1767225601.25}", reply.body());
    }
  }

  @Test
  void aStrictCatalogueKnowsOnlyTheDirectoriesAdded() {
    try (TestServer server = TestServer.start()) {
      WorkSpacesClient client = server.client();
      TestServer.Raw added = server.post("/_admin/directories", "{\"DirectoryId\":\"d-abcdef0123\","
          + "\"Name\":\"corp.example.org\",\"Type\":\"AD_CONNECTOR\",\"Subnets\":["
          + "{\"SubnetId\":\"subnet-0a\",\"AvailabilityZone\":\"us-east-1a\"},"
          + "{\"SubnetId\":\"subnet-0b\",\"AvailabilityZone\":\"us-east-1c\"}],\"Active\":true,\"Strict\":true}");
      assertEquals(200, added.status(), added.toString());
      assertTrue(server.stateDump().contains("\"Catalogue\":{\"Strict\":true,\"Directories\":[\"d-abcdef0123\"]}"));

      assertThrows(ResourceNotFoundException.class,
          () -> client.registerWorkspaceDirectory(r -> r.directoryId(TestServer.DIRECTORY)));
      client.registerWorkspaceDirectory(r -> r.directoryId("d-abcdef0123"));
      WorkspaceDirectory directory = client.describeWorkspaceDirectories(r -> r.directoryIds("d-abcdef0123"))
          .directories().get(0);
      assertEquals("corp.example.org", directory.directoryName());
      assertEquals("AD_CONNECTOR", directory.directoryTypeAsString());
      assertEquals(java.util.List.of("subnet-0a", "subnet-0b"), directory.subnetIds());
    }
  }

  @Test
  void anInactiveDirectoryCannotBeRegistered() {
    try (TestServer server = TestServer.start()) {
      WorkSpacesClient client = server.client();
      assertEquals(200, server.post("/_admin/directories",
          "{\"DirectoryId\":\"d-0000000bad\",\"Active\":false}").status());
      assertThrows(InvalidResourceStateException.class,
          () -> client.registerWorkspaceDirectory(r -> r.directoryId("d-0000000bad")));
      // The catalogue stays permissive: other ids still work.
      client.registerWorkspaceDirectory(r -> r.directoryId(TestServer.DIRECTORY));
    }
  }
}

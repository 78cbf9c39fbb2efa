package dev.workspaces.server;

import static dev.workspaces.server.TestServer.ACCOUNT_A;
import static dev.workspaces.server.TestServer.ACCOUNT_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.Workspace;

/** The SigV4 access key selects the account and the credential scope the region; scopes never mix. */
class AccountIsolationTest {

  @Test
  void twoAccountsDoNotSeeEachOthersWorkspaces() {
    try (TestServer server = TestServer.start()) {
      WorkSpacesClient a = server.client(ACCOUNT_A, "us-east-1");
      WorkSpacesClient b = server.client(ACCOUNT_B, "us-east-1");
      server.registerDirectory(a);
      server.registerDirectory(b);
      String ofA = TestServer.createWorkspace(a, "alice");
      String ofB = TestServer.createWorkspace(b, "bob");

      assertEquals(List.of(ofA), ids(a));
      assertEquals(List.of(ofB), ids(b));
      ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
          () -> b.describeTags(r -> r.resourceId(ofA)));
      assertEquals(ofA, e.resourceId());

      String dump = server.stateDump();
      assertTrue(dump.contains("\"" + ACCOUNT_A + "/us-east-1\""), dump);
      assertTrue(dump.contains("\"" + ACCOUNT_B + "/us-east-1\""), dump);
    }
  }

  @Test
  void anotherRegionOfTheSameAccountSeesNothing() {
    try (TestServer server = TestServer.start()) {
      WorkSpacesClient east = server.client(ACCOUNT_A, "us-east-1");
      WorkSpacesClient west = server.client(ACCOUNT_A, "eu-west-1");
      server.registerDirectory(east);
      String id = TestServer.createWorkspace(east, "alice");

      assertEquals(List.of(id), ids(east));
      assertEquals(List.of(), ids(west));
      assertTrue(west.describeWorkspaceDirectories(r -> { }).directories().isEmpty());
    }
  }

  @Test
  void aKeyThatIsNotTwelveDigitsActsAsTheDefaultAccount() {
    try (TestServer server = TestServer.start()) {
      WorkSpacesClient example = server.client("AKIDEXAMPLE", "us-east-1");
      WorkSpacesClient explicit = server.client("123456789012", "us-east-1");
      server.registerDirectory(example);
      String id = TestServer.createWorkspace(example, "alice");
      assertEquals(List.of(id), ids(explicit));
    }
  }

  @Test
  void aMappedKeyActsAsItsAccount() {
    ServerConfig config = ServerConfig.defaults().withPort(0).withClockMode(ClockMode.MANUAL)
        .withAccessKey("AKIDMAPPED", ACCOUNT_B);
    try (TestServer server = TestServer.start(config)) {
      WorkSpacesClient mapped = server.client("AKIDMAPPED", "us-east-1");
      WorkSpacesClient b = server.client(ACCOUNT_B, "us-east-1");
      server.registerDirectory(mapped);
      String id = TestServer.createWorkspace(mapped, "alice");
      assertEquals(List.of(id), ids(b));
    }
  }

  private static List<String> ids(WorkSpacesClient client) {
    return client.describeWorkspaces(r -> { }).workspaces().stream().map(Workspace::workspaceId).toList();
  }
}

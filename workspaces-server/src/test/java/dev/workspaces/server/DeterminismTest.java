package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.Tag;

/** Two servers with one seed, given the same requests, dump byte-identical states. */
class DeterminismTest {

  private static String run(long seed) {
    try (TestServer server = TestServer.start(ServerConfig.defaults().withPort(0)
        .withClockMode(ClockMode.MANUAL).withSeed(seed))) {
      WorkSpacesClient a = server.client(TestServer.ACCOUNT_A, "us-east-1");
      WorkSpacesClient b = server.client(TestServer.ACCOUNT_B, "eu-west-1");
      server.registerDirectory(a);
      server.registerDirectory(b);
      String first = TestServer.createWorkspace(a, "alice");
      TestServer.createWorkspace(a, "bob");
      TestServer.createWorkspace(b, "carol");
      a.createTags(r -> r.resourceId(first).tags(Tag.builder().key("k").value("v").build()));
      server.advance(20 * 60);
      a.rebootWorkspaces(r -> r.rebootWorkspaceRequests(software.amazon.awssdk.services.workspaces.model.RebootRequest.builder().workspaceId(first).build()));
      a.importWorkspaceImage(r -> r.ec2ImageId("ami-0123456789abcdef0").ingestionProcess("BYOL_REGULAR")
          .imageName("golden").imageDescription("golden"));
      server.advance(60);
      return server.stateDump();
    }
  }

  @Test
  void theSameSeedAndRequestsGiveTheSameDump() {
    String one = run(7);
    String two = run(7);
    assertEquals(one, two);
    assertTrue(one.contains("\"Workspaces\":[{"), one);
    assertTrue(one.contains("\"Images\":[{"), one);
  }

  @Test
  void anotherSeedGivesOtherIds() {
    assertNotEquals(run(7), run(8));
  }
}

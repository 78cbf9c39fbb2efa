package dev.workspaces.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The endpoint part's moto: its parsing helpers always, and a real moto server where
 * {@code moto_server} is installed (skipped with a message where it is not).
 */
class MotoServerTest {
  @Test
  void jsonValuesFindsAMemberAtAnyDepthButNotArrayElements() {
    String json = "{\"PendingRequests\":[{\"WorkspaceId\":\"ws-1\",\"Tags\":[\"WorkspaceId\"]},"
        + "{\"WorkspaceId\":\"ws-2\"}],\"FailedRequests\":[{\"WorkspaceRequest\":{\"UserName\":\"a\"}}]}";
    assertEquals(List.of("ws-1", "ws-2"), MotoServer.jsonValues(json, "WorkspaceId"));
    assertEquals(List.of(), MotoServer.jsonValues(json, "DirectoryId"));
  }

  @Test
  void xmlValuesReadsEveryElementOfAName() {
    String xml = "<DescribeSubnetsResponse><subnetSet><item><subnetId>subnet-1</subnetId><vpcId>vpc-9</vpcId></item>"
        + "<item><subnetId>subnet-2</subnetId></item></subnetSet></DescribeSubnetsResponse>";
    assertEquals(List.of("subnet-1", "subnet-2"), MotoServer.xmlValues(xml, "subnetId"));
  }

  @Test
  void aCommandThatIsNotInstalledGivesNoServer() {
    assertTrue(MotoServer.start("no-such-moto-server-command", 1).isEmpty());
  }

  @Test
  void motoAnswersTheLoadOverANewConnectionPerRequest() {
    Optional<MotoServer> started = MotoServer.start("moto_server", 30);
    Assumptions.assumeTrue(started.isPresent(), "moto_server is not installed: the moto comparison is not tested");
    try (EndpointLoad load = EndpointLoad.against(started.get())) {
      assertEquals(30, started.get().workspaceIds().size());
      assertTrue(started.get().workspaceIds().stream().allMatch(id -> id.startsWith("ws-")));
      EndpointLoad.EndpointResult result = load.run(1, Duration.ZERO, Duration.ofMinutes(1), 40);
      assertEquals(40, result.requests());
      assertEquals(0, result.errors(), "every DescribeWorkspaces by id answered 200");
    }
  }
}

package dev.workspaces.awssdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.server.WorkspacesEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeIpGroupsResponse;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;
import software.amazon.awssdk.services.workspaces.model.IpRuleItem;
import software.amazon.awssdk.services.workspaces.model.ResourceAssociatedException;
import software.amazon.awssdk.services.workspaces.model.ResourceLimitExceededException;
import software.amazon.awssdk.services.workspaces.model.WorkspacesIpGroup;

/** IP access control groups through a real WorkSpacesClient of the SDK, against the engine in process. */
class IpGroupsSdkTest {
  private static final String DIRECTORY = "d-1234567890";

  private final WorkspacesEndpoint endpoint = InProcessWorkspaces.endpoint();
  private final WorkSpacesClient client = InProcessWorkspaces.client(endpoint);

  @Test
  void aGroupGuardsADirectoryUntilItIsDisassociated() {
    client.registerWorkspaceDirectory(r -> r.directoryId(DIRECTORY));
    endpoint.advance(Duration.ofMinutes(1));
    String id = client.createIpGroup(r -> r.groupName("office").groupDesc("Head office")
        .userRules(rule("198.51.100.0/24")).tags(t -> t.key("team").value("it"))).groupId();
    client.authorizeIpRules(r -> r.groupId(id).userRules(rule("203.0.113.0/24")));
    client.associateIpGroups(r -> r.directoryId(DIRECTORY).groupIds(id));

    WorkspacesIpGroup group = client.describeIpGroups(r -> r.groupIds(id)).result().get(0);
    assertEquals("office", group.groupName());
    assertEquals(List.of("198.51.100.0/24", "203.0.113.0/24"), group.userRules().stream().map(IpRuleItem::ipRule).toList());
    assertEquals(List.of(id), client.describeWorkspaceDirectories(r -> {}).directories().get(0).ipGroupIds());
    assertEquals("it", client.describeTags(r -> r.resourceId(id)).tagList().get(0).value());

    ResourceAssociatedException inUse = assertThrows(ResourceAssociatedException.class,
        () -> client.deleteIpGroup(r -> r.groupId(id)));
    assertTrue(inUse.awsErrorDetails().errorMessage().contains(DIRECTORY), inUse::getMessage);
    client.disassociateIpGroups(r -> r.directoryId(DIRECTORY).groupIds(id));
    client.deleteIpGroup(r -> r.groupId(id));
    assertEquals(List.of(), client.describeIpGroups(r -> {}).result());
  }

  @Test
  void badRangesAndTooManyRulesArriveAsTheModeledExceptions() {
    InvalidParameterValuesException badRange = assertThrows(InvalidParameterValuesException.class,
        () -> client.createIpGroup(r -> r.groupName("lab").userRules(rule("300.1.1.0/24"))));
    assertTrue(badRange.awsErrorDetails().errorMessage().contains("300.1.1.0/24"));
    List<IpRuleItem> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add(rule("10." + i + ".0.0/16"));
    }
    assertThrows(ResourceLimitExceededException.class, () -> client.createIpGroup(r -> r.groupName("lab").userRules(eleven)));
    assertEquals(List.of(), client.describeIpGroups(r -> {}).result(), "a refused call creates nothing");
  }

  @Test
  void pagingWithTheReturnedTokenSeesEveryGroupOnce() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int n = i;
      ids.add(client.createIpGroup(r -> r.groupName("group-" + n)).groupId());
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      String from = token;
      DescribeIpGroupsResponse page = client.describeIpGroups(r -> r.maxResults(2).nextToken(from));
      assertTrue(page.result().size() <= 2);
      page.result().forEach(group -> seen.add(group.groupId()));
      token = page.nextToken();
    } while (token != null);
    assertEquals(ids.stream().sorted().toList(), seen);
  }

  private static IpRuleItem rule(String range) {
    return IpRuleItem.builder().ipRule(range).ruleDesc("range " + range).build();
  }
}

package dev.workspaces.engine.op.ipgroup;

import static dev.workspaces.engine.Fixtures.DIRECTORY;
import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.Fixtures.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.IpRuleItem;
import dev.workspaces.model.Tag;
import dev.workspaces.model.WorkspacesIpGroup;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.AssociateIpGroupsRequest;
import dev.workspaces.model.request.AuthorizeIpRulesRequest;
import dev.workspaces.model.request.CreateIpGroupRequest;
import dev.workspaces.model.request.DeleteIpGroupRequest;
import dev.workspaces.model.request.DeregisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.DescribeIpGroupsRequest;
import dev.workspaces.model.request.DescribeTagsRequest;
import dev.workspaces.model.request.DescribeWorkspaceDirectoriesRequest;
import dev.workspaces.model.request.DisassociateIpGroupsRequest;
import dev.workspaces.model.request.RevokeIpRulesRequest;
import dev.workspaces.model.request.UpdateRulesOfIpGroupRequest;
import dev.workspaces.model.response.CreateIpGroupResult;
import dev.workspaces.model.response.DescribeIpGroupsResult;
import dev.workspaces.model.response.DescribeTagsResult;
import dev.workspaces.model.response.DescribeWorkspaceDirectoriesResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The IP access control group operations end to end on the engine: what each call leaves in the state. */
class IpGroupHandlersTest {
  private static final State START = Fixtures.withDirectory(State.initial(21));

  @Test
  void aCreatedGroupIsDescribedWithItsRulesAndTags() {
    Outcome created = accepted(START, CreateIpGroupRequest.builder().groupName("office").groupDesc("Head office")
        .userRules(List.of(rule("198.51.100.0/24"))).tags(List.of(tag("team", "it"))).build());
    String id = created.responseAs(CreateIpGroupResult.class).groupId().orElseThrow();
    assertTrue(id.matches("wsipg-[0-9a-z]{8,63}"), id);
    WorkspacesIpGroup group = only(describe(created.state(), DescribeIpGroupsRequest.builder().build()));
    assertEquals(WorkspacesIpGroup.builder().groupId(id).groupName("office").groupDesc("Head office")
        .userRules(List.of(rule("198.51.100.0/24"))).build(), group);
    assertEquals(List.of(tag("team", "it")), accepted(created.state(), DescribeTagsRequest.builder().resourceId(id).build())
        .responseAs(DescribeTagsResult.class).tagList());
  }

  @Test
  void describePagesByIdAndNarrowsToTheGroupIdsGiven() {
    State state = START;
    List<String> ids = new ArrayList<>();
    for (String name : List.of("a", "b", "c")) {
      Outcome created = accepted(state, CreateIpGroupRequest.builder().groupName(name).build());
      ids.add(created.responseAs(CreateIpGroupResult.class).groupId().orElseThrow());
      state = created.state();
    }
    List<String> paged = new ArrayList<>();
    Optional<String> token = Optional.empty();
    do {
      DescribeIpGroupsResult page = describe(state, DescribeIpGroupsRequest.builder().maxResults(2).nextToken(token).build());
      assertTrue(page.result().size() <= 2);
      page.result().forEach(group -> paged.add(group.groupId().orElseThrow()));
      token = page.nextToken();
    } while (token.isPresent());
    assertEquals(ids.stream().sorted().toList(), paged);
    DescribeIpGroupsResult narrowed = describe(state, DescribeIpGroupsRequest.builder()
        .groupIds(List.of(ids.get(1), "wsipg-notmine00")).build());
    assertEquals(List.of(ids.get(1)), narrowed.result().stream().map(g -> g.groupId().orElseThrow()).toList());
  }

  @Test
  void authorizeAppendsRevokeRemovesAndUpdateReplaces() {
    Outcome created = accepted(START, CreateIpGroupRequest.builder().groupName("office")
        .userRules(List.of(rule("10.0.0.0/16"))).build());
    String id = created.responseAs(CreateIpGroupResult.class).groupId().orElseThrow();
    State state = accepted(created.state(), AuthorizeIpRulesRequest.builder().groupId(id)
        .userRules(List.of(rule("10.1.0.0/16"), rule("10.2.0.0/16"))).build()).state();
    assertEquals(List.of("10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16"), ranges(state));
    state = accepted(state, RevokeIpRulesRequest.builder().groupId(id).userRules(List.of("10.1.0.0/16")).build()).state();
    assertEquals(List.of("10.0.0.0/16", "10.2.0.0/16"), ranges(state));
    state = accepted(state, UpdateRulesOfIpGroupRequest.builder().groupId(id).userRules(List.of(rule("192.0.2.1"))).build())
        .state();
    assertEquals(List.of("192.0.2.1"), ranges(state));
    state = accepted(state, UpdateRulesOfIpGroupRequest.builder().groupId(id).userRules(List.of()).build()).state();
    assertEquals(List.of(), ranges(state));
  }

  @Test
  void associationsShowOnTheDirectoryAndBlockDeletionUntilRemoved() {
    State state = START;
    List<String> ids = new ArrayList<>();
    for (String name : List.of("office", "vpn")) {
      Outcome created = accepted(state, CreateIpGroupRequest.builder().groupName(name).build());
      ids.add(created.responseAs(CreateIpGroupResult.class).groupId().orElseThrow());
      state = created.state();
    }
    state = accepted(state, associate(ids.get(1))).state();
    state = accepted(state, associate(ids.get(0), ids.get(1))).state();
    assertEquals(List.of(ids.get(1), ids.get(0)), directoryGroups(state), "new groups follow, none twice");
    DeleteIpGroupRequest delete = DeleteIpGroupRequest.builder().groupId(ids.get(0)).build();
    ImageFixtures.refused(state, SCOPE, delete, ErrorCode.RESOURCE_ASSOCIATED_EXCEPTION, DIRECTORY);
    state = accepted(state, DisassociateIpGroupsRequest.builder().directoryId(DIRECTORY)
        .groupIds(List.of(ids.get(0), ids.get(0))).build()).state();
    assertEquals(List.of(ids.get(1)), directoryGroups(state));
    state = accepted(state, delete).state();
    assertFalse(state.scope(SCOPE).get(Kinds.IP_GROUPS).entries().containsKey(ids.get(0)));
    ImageFixtures.refused(state, SCOPE, DescribeTagsRequest.builder().resourceId(ids.get(0)).build(),
        ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, ids.get(0));
  }

  @Test
  void aDeregisteredDirectoryReleasesItsGroups() {
    Outcome created = accepted(START, CreateIpGroupRequest.builder().groupName("office").build());
    String id = created.responseAs(CreateIpGroupResult.class).groupId().orElseThrow();
    State state = accepted(created.state(), associate(id)).state();
    state = accepted(state, DeregisterWorkspaceDirectoryRequest.builder().directoryId(DIRECTORY).build()).state();
    state = Engine.advance(state, Duration.ofHours(1));
    state = accepted(state, DeleteIpGroupRequest.builder().groupId(id).build()).state();
    assertTrue(state.scope(SCOPE).get(Kinds.IP_GROUPS).entries().isEmpty());
  }

  @Test
  void theSameRequestsGiveTheSameIdsAndState() {
    CreateIpGroupRequest request = CreateIpGroupRequest.builder().groupName("office").build();
    assertEquals(accepted(START, request).state(), accepted(START, request).state());
  }

  private static AssociateIpGroupsRequest associate(String... groups) {
    return AssociateIpGroupsRequest.builder().directoryId(DIRECTORY).groupIds(List.of(groups)).build();
  }

  private static List<String> directoryGroups(State state) {
    return accepted(state, DescribeWorkspaceDirectoriesRequest.builder().build())
        .responseAs(DescribeWorkspaceDirectoriesResult.class).directories().get(0).ipGroupIds();
  }

  private static List<String> ranges(State state) {
    return only(describe(state, DescribeIpGroupsRequest.builder().build())).userRules().stream()
        .map(rule -> rule.ipRule().orElseThrow()).toList();
  }

  private static DescribeIpGroupsResult describe(State state, DescribeIpGroupsRequest request) {
    return accepted(state, request).responseAs(DescribeIpGroupsResult.class);
  }

  private static WorkspacesIpGroup only(DescribeIpGroupsResult result) {
    assertEquals(1, result.result().size(), result::toString);
    return result.result().get(0);
  }

  private static IpRuleItem rule(String range) {
    return IpRuleItem.builder().ipRule(range).build();
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }
}

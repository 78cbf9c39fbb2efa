package dev.workspaces.engine.rule;

import static dev.workspaces.engine.Fixtures.DIRECTORY;
import static dev.workspaces.engine.Fixtures.SCOPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.Quota;
import dev.workspaces.engine.ServiceError;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.IpRuleItem;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.AssociateIpGroupsRequest;
import dev.workspaces.model.request.AuthorizeIpRulesRequest;
import dev.workspaces.model.request.CreateIpGroupRequest;
import dev.workspaces.model.request.DeleteIpGroupRequest;
import dev.workspaces.model.request.DisassociateIpGroupsRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.RevokeIpRulesRequest;
import dev.workspaces.model.request.UpdateRulesOfIpGroupRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pinned accepted and one pinned refused example per row of {@link IpGroupRule}, against a fixed
 * world, so that a wrong table cannot pass by agreeing with itself.
 */
class IpGroupRuleExamplesTest {
  private static final String REGISTERING = "d-2222222222";
  private static final String UNKNOWN_GROUP = "wsipg-unknown00";
  private static final State BASE = world();
  private static final String OFFICE = groupNamed(BASE, "office");
  private static final String VPN = groupNamed(BASE, "vpn");
  private static final String FULL = groupNamed(BASE, "full");
  private static final State WORLD = ImageFixtures.accepted(BASE, SCOPE, associate(DIRECTORY, OFFICE)).state();

  record Example(IpGroupRule row, boolean accepted, State start, WorkspacesRequest request, String named) {
    @Override
    public String toString() {
      return row + (accepted ? " accepts " : " refuses ") + request.operation().operationName() + " of " + named;
    }
  }

  static State world() {
    State state = Fixtures.withDirectory(State.initial(11));
    state = Fixtures.accepted(state, RegisterWorkspaceDirectoryRequest.builder().directoryId(REGISTERING).build()).state();
    state = Fixtures.accepted(state, create("office", rules(1))).state();
    state = Fixtures.accepted(state, create("vpn", List.of())).state();
    return Fixtures.accepted(state, create("full", rules(Quota.RULES_PER_IP_GROUP.serviceDefault()))).state();
  }

  static Stream<Example> examples() {
    State fullScope = WORLD.withConfig(WORLD.config().withQuota(Quota.IP_GROUPS_PER_SCOPE,
        WORLD.scope(SCOPE).get(Kinds.IP_GROUPS).entries().size()));
    State fullDirectory = WORLD.withConfig(WORLD.config().withQuota(Quota.IP_GROUPS_PER_DIRECTORY, 1));
    return Stream.of(
        ok(IpGroupRule.RULE_FORMAT, create("lab", List.of(rule("192.168.0.0/24"), rule("203.0.113.7")))),
        no(IpGroupRule.RULE_FORMAT, create("lab", List.of(rule("192.168.0.0/33"))), "192.168.0.0/33"),
        no(IpGroupRule.RULE_FORMAT, authorize(VPN, List.of(rule("10.1.0.0/16"), rule("10.1.0.0/16"))), "10.1.0.0/16"),
        no(IpGroupRule.RULE_FORMAT, update(VPN, List.of(rule("fe80::/10"))), "fe80::/10"),
        ok(IpGroupRule.GROUP_NAME_UNIQUE, create("lab", List.of())),
        no(IpGroupRule.GROUP_NAME_UNIQUE, create("office", List.of()), "office"),
        ok(IpGroupRule.GROUP_LIMIT, create("lab", List.of())),
        new Example(IpGroupRule.GROUP_LIMIT, false, fullScope, create("lab", List.of()), "lab"),
        ok(IpGroupRule.TAG_LIMIT, CreateIpGroupRequest.builder().groupName("lab").tags(ImageFixtures.tags(50)).build()),
        no(IpGroupRule.TAG_LIMIT, CreateIpGroupRequest.builder().groupName("lab").tags(ImageFixtures.tags(51)).build(),
            "lab"),
        ok(IpGroupRule.GROUP_EXISTS, DeleteIpGroupRequest.builder().groupId(VPN).build()),
        no(IpGroupRule.GROUP_EXISTS, DeleteIpGroupRequest.builder().groupId(UNKNOWN_GROUP).build(), UNKNOWN_GROUP),
        no(IpGroupRule.GROUP_EXISTS, associate(DIRECTORY, VPN, UNKNOWN_GROUP), UNKNOWN_GROUP),
        no(IpGroupRule.GROUP_EXISTS, revoke(UNKNOWN_GROUP, "10.0.0.0/16"), UNKNOWN_GROUP),
        ok(IpGroupRule.RULE_NEW, authorize(OFFICE, List.of(rule("10.9.0.0/16")))),
        no(IpGroupRule.RULE_NEW, authorize(OFFICE, List.of(rule("10.0.0.0/16"))), "10.0.0.0/16"),
        ok(IpGroupRule.RULE_PRESENT, revoke(OFFICE, "10.0.0.0/16")),
        no(IpGroupRule.RULE_PRESENT, revoke(OFFICE, "10.9.0.0/16"), "10.9.0.0/16"),
        ok(IpGroupRule.RULE_LIMIT, update(FULL, rules(Quota.RULES_PER_IP_GROUP.serviceDefault()))),
        no(IpGroupRule.RULE_LIMIT, authorize(FULL, List.of(rule("172.16.0.0/12"))), FULL),
        no(IpGroupRule.RULE_LIMIT, create("lab", rules(Quota.RULES_PER_IP_GROUP.serviceDefault() + 1)), "lab"),
        ok(IpGroupRule.DIRECTORY_REGISTERED, associate(DIRECTORY, VPN)),
        no(IpGroupRule.DIRECTORY_REGISTERED, associate("d-9999999999", VPN), "d-9999999999"),
        ok(IpGroupRule.DIRECTORY_STATE, DisassociateIpGroupsRequest.builder().directoryId(DIRECTORY).groupIds(List.of(OFFICE))
            .build()),
        no(IpGroupRule.DIRECTORY_STATE, associate(REGISTERING, VPN), REGISTERING),
        ok(IpGroupRule.GROUPS_PER_DIRECTORY, associate(DIRECTORY, OFFICE)),
        new Example(IpGroupRule.GROUPS_PER_DIRECTORY, false, fullDirectory, associate(DIRECTORY, VPN), DIRECTORY),
        ok(IpGroupRule.GROUP_UNASSOCIATED, DeleteIpGroupRequest.builder().groupId(FULL).build()),
        no(IpGroupRule.GROUP_UNASSOCIATED, DeleteIpGroupRequest.builder().groupId(OFFICE).build(), DIRECTORY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRowDecidesTheOutcome(Example example) {
    if (example.accepted()) {
      ImageFixtures.accepted(example.start(), SCOPE, example.request());
    } else {
      ServiceError error =
          ImageFixtures.refused(example.start(), SCOPE, example.request(), example.row().errorCode(), example.named());
      assertEquals(example.row(), error.rule());
    }
  }

  @Test
  void everyRowHasAnAcceptedAndARefusedExample() {
    Set<IpGroupRule> accepted = EnumSet.noneOf(IpGroupRule.class);
    Set<IpGroupRule> refused = EnumSet.noneOf(IpGroupRule.class);
    examples().forEach(e -> (e.accepted() ? accepted : refused).add(e.row()));
    assertEquals(EnumSet.allOf(IpGroupRule.class), accepted);
    assertEquals(EnumSet.allOf(IpGroupRule.class), refused);
  }

  @Test
  void everyExampleUsesAnOperationOfItsRow() {
    examples().forEach(e -> assertTrue(e.row().operations().contains(e.request().operation()), e::toString));
  }

  @Test
  void everyRowRefusesWithAnErrorItsOperationsDeclare() {
    for (IpGroupRule row : IpGroupRule.values()) {
      for (Operation operation : row.operations()) {
        assertTrue(operation.declaredErrors().contains(row.errorCode()), row + " on " + operation);
        assertTrue(Engine.simulatedOperations().contains(operation), operation + " is simulated");
      }
    }
  }

  private static Example ok(IpGroupRule row, WorkspacesRequest request) {
    return new Example(row, true, WORLD, request, "");
  }

  private static Example no(IpGroupRule row, WorkspacesRequest request, String named) {
    return new Example(row, false, WORLD, request, named);
  }

  static IpRuleItem rule(String range) {
    return IpRuleItem.builder().ipRule(range).ruleDesc("range " + range).build();
  }

  /** Returns {@code count} distinct ranges: 10.0.0.0/16, then 10.1.0.0/24, 10.2.0.0/24 and so on. */
  static List<IpRuleItem> rules(int count) {
    List<IpRuleItem> rules = new ArrayList<>();
    IntStream.range(0, count).forEach(i -> rules.add(rule(i == 0 ? "10.0.0.0/16" : "10." + i + ".0.0/24")));
    return rules;
  }

  static CreateIpGroupRequest create(String name, List<IpRuleItem> rules) {
    return CreateIpGroupRequest.builder().groupName(name).groupDesc("The " + name + " ranges").userRules(rules).build();
  }

  private static AuthorizeIpRulesRequest authorize(String group, List<IpRuleItem> rules) {
    return AuthorizeIpRulesRequest.builder().groupId(group).userRules(rules).build();
  }

  private static RevokeIpRulesRequest revoke(String group, String range) {
    return RevokeIpRulesRequest.builder().groupId(group).userRules(List.of(range)).build();
  }

  private static UpdateRulesOfIpGroupRequest update(String group, List<IpRuleItem> rules) {
    return UpdateRulesOfIpGroupRequest.builder().groupId(group).userRules(rules).build();
  }

  private static AssociateIpGroupsRequest associate(String directory, String... groups) {
    return AssociateIpGroupsRequest.builder().directoryId(directory).groupIds(List.of(groups)).build();
  }

  private static String groupNamed(State state, String name) {
    return state.scope(SCOPE).get(Kinds.IP_GROUPS).entries().values().stream()
        .filter(group -> group.groupName().orElseThrow().equals(name))
        .map(group -> group.groupId().orElseThrow()).findFirst().orElseThrow();
  }
}

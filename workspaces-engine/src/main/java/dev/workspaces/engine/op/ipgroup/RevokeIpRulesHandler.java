package dev.workspaces.engine.op.ipgroup;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.IpGroupRule;
import dev.workspaces.model.request.RevokeIpRulesRequest;
import dev.workspaces.model.response.RevokeIpRulesResult;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * RevokeIpRules: removes rules by range; a range the group does not hold is refused by row
 * {@link IpGroupRule#RULE_PRESENT}. The other refusals are those of {@link IpRuleChanges}.
 */
final class RevokeIpRulesHandler implements Handler<RevokeIpRulesRequest> {

  @Override
  public Outcome handle(State state, Scope scope, RevokeIpRulesRequest request) {
    String id = request.groupId().orElseThrow();
    Set<String> revoked = new HashSet<>(request.userRules());
    return IpRuleChanges.change(state, scope, id, Optional::empty,
        group -> request.userRules().stream().filter(Predicate.not(IpRuleChanges.ranges(group)::contains)).findFirst()
            .map(range -> new RuleRefusal(IpGroupRule.RULE_PRESENT,
                "The IP group " + id + " holds no rule " + range + ".", id)),
        rules -> rules.stream().filter(rule -> !revoked.contains(rule.ipRule().orElse(""))).toList(),
        RevokeIpRulesResult.builder().build());
  }
}

package dev.workspaces.engine.op.ipgroup;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.IpGroupRule;
import dev.workspaces.model.IpRuleItem;
import dev.workspaces.model.request.AuthorizeIpRulesRequest;
import dev.workspaces.model.response.AuthorizeIpRulesResult;
import java.util.ArrayList;
import java.util.List;

/**
 * AuthorizeIpRules: adds rules after the group's own; a range the group already holds is refused
 * by row {@link IpGroupRule#RULE_NEW}. The other refusals are those of {@link IpRuleChanges}.
 */
final class AuthorizeIpRulesHandler implements Handler<AuthorizeIpRulesRequest> {

  @Override
  public Outcome handle(State state, Scope scope, AuthorizeIpRulesRequest request) {
    String id = request.groupId().orElseThrow();
    List<IpRuleItem> added = request.userRules();
    return IpRuleChanges.change(state, scope, id, () -> IpRules.malformed(added, id),
        group -> added.stream().map(rule -> rule.ipRule().orElse("")).filter(IpRuleChanges.ranges(group)::contains)
            .findFirst()
            .map(range -> new RuleRefusal(IpGroupRule.RULE_NEW,
                "The IP group " + id + " already holds the rule " + range + ".", id)),
        rules -> {
          List<IpRuleItem> next = new ArrayList<>(rules);
          next.addAll(added);
          return next;
        },
        AuthorizeIpRulesResult.builder().build());
  }
}

package dev.workspaces.engine.op;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.rule.IpGroupRule;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.IpRuleItem;
import dev.workspaces.model.WorkspacesIpGroup;
import dev.workspaces.model.WorkspacesResponse;
import dev.workspaces.model.request.AuthorizeIpRulesRequest;
import dev.workspaces.model.request.RevokeIpRulesRequest;
import dev.workspaces.model.request.UpdateRulesOfIpGroupRequest;
import dev.workspaces.model.response.AuthorizeIpRulesResult;
import dev.workspaces.model.response.RevokeIpRulesResult;
import dev.workspaces.model.response.UpdateRulesOfIpGroupResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * AuthorizeIpRules (adds rules after the group's own), RevokeIpRules (removes rules by range) and
 * UpdateRulesOfIpGroup (replaces every rule). Each refusal is a row of {@link IpGroupRule},
 * checked in table order; a refused call leaves the group as it was.
 *
 * <h2>Readings</h2>
 * Rules are matched by their ipRule string as given. Adding a range the group already holds, or
 * revoking one it does not hold, is refused (InvalidParameterValuesException) rather than ignored,
 * so that a client's bookkeeping error shows; UpdateRulesOfIpGroup is the call that replaces.
 */
final class IpRuleHandlers {
  private IpRuleHandlers() {}

  static Outcome authorize(State state, Scope scope, AuthorizeIpRulesRequest request) {
    String id = request.groupId().orElseThrow();
    List<IpRuleItem> added = request.userRules();
    return change(state, scope, id, () -> IpRules.malformed(added, id),
        group -> added.stream().map(rule -> rule.ipRule().orElse("")).filter(ranges(group)::contains).findFirst()
            .map(range -> new RuleRefusal(IpGroupRule.RULE_NEW,
                "The IP group " + id + " already holds the rule " + range + ".", id)),
        rules -> {
          List<IpRuleItem> next = new ArrayList<>(rules);
          next.addAll(added);
          return next;
        },
        AuthorizeIpRulesResult.builder().build());
  }

  static Outcome revoke(State state, Scope scope, RevokeIpRulesRequest request) {
    String id = request.groupId().orElseThrow();
    Set<String> revoked = new HashSet<>(request.userRules());
    return change(state, scope, id, Optional::empty,
        group -> request.userRules().stream().filter(Predicate.not(ranges(group)::contains)).findFirst()
            .map(range -> new RuleRefusal(IpGroupRule.RULE_PRESENT,
                "The IP group " + id + " holds no rule " + range + ".", id)),
        rules -> rules.stream().filter(rule -> !revoked.contains(rule.ipRule().orElse(""))).toList(),
        RevokeIpRulesResult.builder().build());
  }

  static Outcome update(State state, Scope scope, UpdateRulesOfIpGroupRequest request) {
    String id = request.groupId().orElseThrow();
    return change(state, scope, id, () -> IpRules.malformed(request.userRules(), id), group -> Optional.empty(),
        rules -> request.userRules(), UpdateRulesOfIpGroupResult.builder().build());
  }

  /**
   * The shared path, in table order: RULE_FORMAT ({@code format}), GROUP_EXISTS, the row the
   * operation checks on the group's rules ({@code onGroup}), then RULE_LIMIT on the rules
   * {@code change} makes; only then is the group stored with them and {@code response} answered.
   */
  private static Outcome change(State state, Scope scope, String id, Supplier<Optional<RuleRefusal>> format,
      Function<WorkspacesIpGroup, Optional<RuleRefusal>> onGroup, UnaryOperator<List<IpRuleItem>> change,
      WorkspacesResponse response) {
    StateEditor editor = new StateEditor(state, scope);
    Optional<WorkspacesIpGroup> group = editor.read(Kinds.IP_GROUPS).find(id);
    Optional<RuleRefusal> refusal = RuleRefusal.first(format, () -> IpGroupHandlers.missing(editor, id),
        () -> onGroup.apply(group.get()));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    List<IpRuleItem> next = change.apply(group.get().userRules());
    Optional<RuleRefusal> overLimit = IpRules.overLimit(editor, id, next.size());
    if (overLimit.isPresent()) {
      return overLimit.get().outcome(state);
    }
    editor.edit(Kinds.IP_GROUPS, groups -> groups.plus(group.get().toBuilder().userRules(next).build()));
    return Outcome.success(editor.state(), response);
  }

  private static Set<String> ranges(WorkspacesIpGroup group) {
    Set<String> ranges = new HashSet<>();
    group.userRules().forEach(rule -> ranges.add(rule.ipRule().orElse("")));
    return ranges;
  }
}

package dev.workspaces.engine.op.ipgroup;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.IpGroupRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.IpRuleItem;
import dev.workspaces.model.WorkspacesIpGroup;
import dev.workspaces.model.WorkspacesResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The shared path of AuthorizeIpRules, RevokeIpRules and UpdateRulesOfIpGroup, which change the
 * rules of one group. Each refusal is a row of {@link IpGroupRule}, checked in table order; a
 * refused call leaves the group as it was.
 *
 * <h2>Readings</h2>
 * Rules are matched by their ipRule string as given. Adding a range the group already holds, or
 * revoking one it does not hold, is refused (InvalidParameterValuesException) rather than ignored,
 * so that a client's bookkeeping error shows; UpdateRulesOfIpGroup is the call that replaces.
 */
final class IpRuleChanges {
  private IpRuleChanges() {}

  /**
   * The shared path, in table order: RULE_FORMAT ({@code format}), GROUP_EXISTS, the row the
   * operation checks on the group's rules ({@code onGroup}), then RULE_LIMIT on the rules
   * {@code change} makes; only then is the group stored with them and {@code response} answered.
   */
  static Outcome change(State state, Scope scope, String id, Supplier<Optional<RuleRefusal>> format,
      Function<WorkspacesIpGroup, Optional<RuleRefusal>> onGroup, UnaryOperator<List<IpRuleItem>> change,
      WorkspacesResponse response) {
    StateEditor editor = new StateEditor(state, scope);
    Optional<WorkspacesIpGroup> group = editor.read(Kinds.IP_GROUPS).find(id);
    Optional<RuleRefusal> refusal = RuleRefusal.first(format, () -> IpGroups.missing(editor, id),
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

  /** Returns the ranges (ipRule strings) of the group's rules. */
  static Set<String> ranges(WorkspacesIpGroup group) {
    Set<String> ranges = new HashSet<>();
    group.userRules().forEach(rule -> ranges.add(rule.ipRule().orElse("")));
    return ranges;
  }
}

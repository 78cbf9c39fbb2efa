package dev.workspaces.engine.op.ipgroup;

import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.IpGroupRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import java.util.Optional;

/** Finds the IP group an operation names: row {@link IpGroupRule#GROUP_EXISTS}. */
final class IpGroups {
  private IpGroups() {}

  /** Returns a GROUP_EXISTS refusal when {@code id} is not one of the edited scope's IP groups. */
  static Optional<RuleRefusal> missing(StateEditor editor, String id) {
    return RuleRefusal.missing(editor.read(Kinds.IP_GROUPS).find(id), IpGroupRule.GROUP_EXISTS, "IP group", id);
  }
}

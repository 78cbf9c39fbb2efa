package dev.workspaces.engine.state;

import dev.workspaces.engine.Quota;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.internal.collect.IdMap;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.WorkspacesIpGroup;
import java.util.List;

/** The invariants of the IP access control groups kind ({@link Kinds#IP_GROUPS}). */
final class IpGroupInvariants {
  private IpGroupInvariants() {}

  /**
   * Checks that every group holds at most its quota of rules, and that every directory not
   * DEREGISTERED is associated only with groups stored here, each once and within the quota.
   */
  static void check(State state, Scope scope, ScopeState owned, IdMap<WorkspacesIpGroup> groups) {
    groups.forEach((id, group) -> ScopePart.require(
        group.userRules().size() <= state.config().quota(Quota.RULES_PER_IP_GROUP),
        scope + ": IP group " + id + " holds " + group.userRules().size() + " rules"));
    owned.get(Kinds.DIRECTORIES).entries().forEach((id, entry) -> {
      List<String> associated = entry.directory().ipGroupIds();
      if (entry.state() == WorkspaceDirectoryState.DEREGISTERED) {
        return;
      }
      ScopePart.require(associated.stream().allMatch(groups::containsKey),
          scope + ": directory " + id + " is associated with a missing IP group: " + associated);
      ScopePart.require(associated.stream().distinct().count() == associated.size()
          && associated.size() <= state.config().quota(Quota.IP_GROUPS_PER_DIRECTORY),
          scope + ": directory " + id + " lists IP groups twice or too many: " + associated);
    });
  }
}

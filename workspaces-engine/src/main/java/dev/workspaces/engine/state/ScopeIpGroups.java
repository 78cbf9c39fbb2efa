package dev.workspaces.engine.state;

import dev.workspaces.engine.Quota;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.internal.collect.IdMap;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.WorkspacesIpGroup;
import java.util.List;
import java.util.Optional;

/**
 * One scope's IP access control groups. Directories name the groups they are associated with
 * (their {@code ipGroupIds}); this kind's checks hold those names to the groups stored here.
 *
 * @param entries groups by id, listed (DescribeIpGroups pages through them)
 */
public record ScopeIpGroups(IdMap<WorkspacesIpGroup> entries) implements ScopePart<ScopeIpGroups> {
  /** A scope without IP groups. */
  public static final ScopeIpGroups EMPTY = new ScopeIpGroups(IdMap.listed());

  /** Returns the group with {@code id}, if stored. */
  public Optional<WorkspacesIpGroup> find(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** Returns these groups with {@code group} stored, replacing the one with its id. */
  public ScopeIpGroups plus(WorkspacesIpGroup group) {
    IdMap<WorkspacesIpGroup> next = entries.plus(group.groupId().orElseThrow(), group);
    return next == entries ? this : new ScopeIpGroups(next);
  }

  @Override
  public ScopeIpGroups forget(String resourceId) {
    IdMap<WorkspacesIpGroup> next = entries.minus(resourceId);
    return next == entries ? this : new ScopeIpGroups(next);
  }

  @Override
  public boolean taggable(String resourceId) {
    return entries.containsKey(resourceId);
  }

  @Override
  public void dump(ScopeState scope, DumpSections out) {
    out.list("IpGroups", entries.values());
  }

  /**
   * Checks that every group holds at most its quota of rules, and that every directory not
   * DEREGISTERED is associated only with groups stored here, each once and within the quota.
   */
  @Override
  public void check(State state, Scope scope, ScopeState owned) {
    entries.forEach((id, group) -> ScopePart.require(
        group.userRules().size() <= state.config().quota(Quota.RULES_PER_IP_GROUP),
        scope + ": IP group " + id + " holds " + group.userRules().size() + " rules"));
    owned.get(Kinds.DIRECTORIES).entries().forEach((id, entry) -> {
      List<String> groups = entry.directory().ipGroupIds();
      if (entry.state() == WorkspaceDirectoryState.DEREGISTERED) {
        return;
      }
      ScopePart.require(groups.stream().allMatch(entries::containsKey),
          scope + ": directory " + id + " is associated with a missing IP group: " + groups);
      ScopePart.require(groups.stream().distinct().count() == groups.size()
          && groups.size() <= state.config().quota(Quota.IP_GROUPS_PER_DIRECTORY),
          scope + ": directory " + id + " lists IP groups twice or too many: " + groups);
    });
  }
}

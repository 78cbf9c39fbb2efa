package dev.workspaces.engine.op;

import dev.workspaces.engine.op.tag.TagLists;
import dev.workspaces.engine.state.DirectoryEntry;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Quota;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.ScopeTags;
import dev.workspaces.engine.rule.IpGroupRule;
import dev.workspaces.engine.rule.PageTokenRule;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.WorkspacesIpGroup;
import dev.workspaces.model.request.CreateIpGroupRequest;
import dev.workspaces.model.request.DeleteIpGroupRequest;
import dev.workspaces.model.request.DescribeIpGroupsRequest;
import dev.workspaces.model.response.CreateIpGroupResult;
import dev.workspaces.model.response.DeleteIpGroupResult;
import dev.workspaces.model.response.DescribeIpGroupsResult;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * CreateIpGroup, DeleteIpGroup and DescribeIpGroups. Each refusal is a row of {@link IpGroupRule},
 * checked in table order (a NextToken of DescribeIpGroups: {@link PageTokenRule#ISSUED}).
 *
 * <h2>Readings</h2>
 * A group is usable at once (the service reports no state for it). DescribeIpGroups lists the
 * caller's groups by id in pages of MaxResults (25 when not set); GroupIds narrows the listing, and
 * an id that is not one of the caller's groups is simply not listed (the operation declares no
 * ResourceNotFoundException).
 */
final class IpGroupHandlers {
  private static final int PAGE_SIZE = 25;

  private IpGroupHandlers() {}

  static Outcome create(State state, Scope scope, CreateIpGroupRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String name = request.groupName().orElseThrow();
    int limit = editor.config().quota(Quota.IP_GROUPS_PER_SCOPE);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> IpRules.malformed(request.userRules(), name),
        () -> RuleRefusal.when(named(editor, name), IpGroupRule.GROUP_NAME_UNIQUE, name,
            () -> "An IP group named " + name + " already exists in this account and region."),
        () -> RuleRefusal.when(editor.read(Kinds.IP_GROUPS).entries().size() >= limit, IpGroupRule.GROUP_LIMIT, name,
            () -> "The account has reached its limit of " + limit + " IP groups in this region; " + name
                + " cannot be added."),
        () -> TagLists.tagLimit(editor, IpGroupRule.TAG_LIMIT, name, request.tags()),
        () -> IpRules.overLimit(editor, name, request.userRules().size()));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    String id = editor.newId("wsipg-", 9, false, taken -> editor.read(Kinds.IP_GROUPS).entries().containsKey(taken));
    editor.edit(Kinds.IP_GROUPS, groups -> groups.plus(WorkspacesIpGroup.builder()
        .groupId(id)
        .groupName(name)
        .groupDesc(request.groupDesc())
        .userRules(request.userRules())
        .build()));
    ScopeTags.put(editor, id, TagLists.initialTags(request.tags()));
    return Outcome.success(editor.state(), CreateIpGroupResult.builder().groupId(id).build());
  }

  static Outcome delete(State state, Scope scope, DeleteIpGroupRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.groupId().orElseThrow();
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> missing(editor, id),
        () -> firstDirectoryUsing(editor, id).map(directory -> new RuleRefusal(IpGroupRule.GROUP_UNASSOCIATED,
            "The IP group " + id + " is associated with directory " + directory + "; disassociate it first.", id)));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    editor.remove(id);
    return Outcome.success(editor.state(), DeleteIpGroupResult.builder().build());
  }

  static Outcome describe(State state, Scope scope, DescribeIpGroupsRequest request) {
    Set<String> wanted = new HashSet<>(request.groupIds());
    Optional<Page<WorkspacesIpGroup>> page = Page.of(state.scope(scope).get(Kinds.IP_GROUPS).entries(), request.nextToken(),
        request.maxResults().orElse(PAGE_SIZE),
        group -> !request.hasGroupIds() || wanted.contains(group.groupId().orElseThrow()));
    if (page.isEmpty()) {
      String token = request.nextToken().orElseThrow();
      return new RuleRefusal(PageTokenRule.ISSUED, "The NextToken " + token
          + " was not issued by a previous DescribeIpGroups call.", token).outcome(state);
    }
    return Outcome.success(state, DescribeIpGroupsResult.builder()
        .result(page.get().items())
        .nextToken(page.get().nextToken())
        .build());
  }

  /** Returns a GROUP_EXISTS refusal when {@code id} is not one of the edited scope's IP groups. */
  static Optional<RuleRefusal> missing(StateEditor editor, String id) {
    return RuleRefusal.missing(editor.read(Kinds.IP_GROUPS).find(id), IpGroupRule.GROUP_EXISTS, "IP group", id);
  }

  private static boolean named(StateEditor editor, String name) {
    return editor.read(Kinds.IP_GROUPS).entries().values().stream().anyMatch(group -> group.groupName().equals(Optional.of(name)));
  }

  /** Returns the first registered directory (by id) associated with group {@code id}, if any. */
  private static Optional<String> firstDirectoryUsing(StateEditor editor, String id) {
    return editor.read(Kinds.DIRECTORIES).entries().values().stream()
        .filter(entry -> entry.state() != WorkspaceDirectoryState.DEREGISTERED)
        .map(DirectoryEntry::directory)
        .filter(directory -> directory.ipGroupIds().contains(id))
        .map(directory -> directory.directoryId().orElseThrow())
        .findFirst();
  }
}

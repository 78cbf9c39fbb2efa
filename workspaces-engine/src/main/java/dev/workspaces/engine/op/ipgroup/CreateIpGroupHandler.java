package dev.workspaces.engine.op.ipgroup;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Quota;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.op.tag.TagLists;
import dev.workspaces.engine.rule.IpGroupRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeTags;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.WorkspacesIpGroup;
import dev.workspaces.model.request.CreateIpGroupRequest;
import dev.workspaces.model.response.CreateIpGroupResult;
import java.util.Optional;

/**
 * CreateIpGroup: a new group with its rules and tags. Each refusal is a row of {@link IpGroupRule},
 * checked in table order.
 *
 * <h2>Readings</h2>
 * A group is usable at once (the service reports no state for it).
 */
final class CreateIpGroupHandler implements Handler<CreateIpGroupRequest> {

  @Override
  public Outcome handle(State state, Scope scope, CreateIpGroupRequest request) {
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

  private static boolean named(StateEditor editor, String name) {
    return editor.read(Kinds.IP_GROUPS).entries().values().stream().anyMatch(group -> group.groupName().equals(Optional.of(name)));
  }
}

package dev.workspaces.engine.op.ipgroup;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.IpGroupRule;
import dev.workspaces.engine.state.DirectoryEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.request.DeleteIpGroupRequest;
import dev.workspaces.model.response.DeleteIpGroupResult;
import java.util.Optional;

/**
 * DeleteIpGroup: removes a group that no registered directory is associated with, with its tags.
 * Each refusal is a row of {@link IpGroupRule}, checked in table order.
 */
final class DeleteIpGroupHandler implements Handler<DeleteIpGroupRequest> {

  @Override
  public Outcome handle(State state, Scope scope, DeleteIpGroupRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.groupId().orElseThrow();
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> IpGroups.missing(editor, id),
        () -> firstDirectoryUsing(editor, id).map(directory -> new RuleRefusal(IpGroupRule.GROUP_UNASSOCIATED,
            "The IP group " + id + " is associated with directory " + directory + "; disassociate it first.", id)));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    editor.remove(id);
    return Outcome.success(editor.state(), DeleteIpGroupResult.builder().build());
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

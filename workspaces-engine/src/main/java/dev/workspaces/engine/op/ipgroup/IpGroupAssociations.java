package dev.workspaces.engine.op.ipgroup;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Quota;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.IpGroupRule;
import dev.workspaces.engine.state.DirectoryEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.WorkspacesResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * The shared path of AssociateIpGroups and DisassociateIpGroups: the directory's {@code ipGroupIds},
 * as DescribeWorkspaceDirectories shows them, gain or lose the groups named. Each refusal is a row of
 * {@link IpGroupRule}, checked in table order.
 *
 * <h2>Readings</h2>
 * Associating a group the directory already has, or disassociating one it does not have, changes
 * nothing and is not refused. New groups follow the directory's own, in request order. A directory
 * that is deregistered loses its associations with its registration.
 */
final class IpGroupAssociations {
  private IpGroupAssociations() {}

  /**
   * The shared path, in table order: GROUP_EXISTS for each of {@code groupIds}, DIRECTORY_REGISTERED,
   * DIRECTORY_STATE, then GROUPS_PER_DIRECTORY on the list {@code change} makes of the directory's
   * groups and the named ones.
   */
  static Outcome change(State state, Scope scope, String directoryId, List<String> groupIds,
      BinaryOperator<List<String>> change, WorkspacesResponse response) {
    StateEditor editor = new StateEditor(state, scope);
    Optional<DirectoryEntry> directory = editor.read(Kinds.DIRECTORIES).registered(directoryId);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> groupIds.stream().map(id -> IpGroups.missing(editor, id)).flatMap(Optional::stream).findFirst(),
        () -> RuleRefusal.missing(directory, IpGroupRule.DIRECTORY_REGISTERED, "directory", directoryId),
        () -> RuleRefusal.when(directory.get().state() != WorkspaceDirectoryState.REGISTERED,
            IpGroupRule.DIRECTORY_STATE, directoryId,
            () -> "The directory " + directoryId + " is " + directory.get().state() + "; it must be REGISTERED."));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    List<String> next = change.apply(directory.get().directory().ipGroupIds(), groupIds);
    int limit = editor.config().quota(Quota.IP_GROUPS_PER_DIRECTORY);
    if (next.size() > limit) {
      return new RuleRefusal(IpGroupRule.GROUPS_PER_DIRECTORY, "The directory " + directoryId + " would have "
          + next.size() + " IP groups; at most " + limit + " are allowed.", directoryId).outcome(state);
    }
    editor.edit(Kinds.DIRECTORIES, directories -> directories.plus(directory.get().withDirectory(directory.get().directory().toBuilder().ipGroupIds(next).build())));
    return Outcome.success(editor.state(), response);
  }
}

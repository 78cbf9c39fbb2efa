package dev.workspaces.engine.op.directory;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.DirectoryRule;
import dev.workspaces.engine.state.DirectoryEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeConnectionAliases;
import dev.workspaces.engine.state.ScopeDirectories;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.request.DeregisterWorkspaceDirectoryRequest;
import dev.workspaces.model.response.DeregisterWorkspaceDirectoryResult;
import java.util.Optional;

/**
 * DeregisterWorkspaceDirectory: moves a REGISTERED directory to DEREGISTERING; the timeline then
 * makes it DEREGISTERED (still listed for a while) and finally removes it with its tags and
 * client properties. The connection aliases the caller associated with the directory are released
 * at once (our reading of the administration guide: a deregistered directory keeps no redirection).
 *
 * <p>Refusals, in order: rows {@link DirectoryRule#REGISTERED} (absent or already DEREGISTERED),
 * {@link DirectoryRule#DEREGISTER_WITHOUT_WORKSPACES} naming a WorkSpace of the scope still in the
 * directory (a TERMINATED WorkSpace no longer counts, it only lingers in listings), and
 * {@link DirectoryRule#DEREGISTER_REGISTERED} (any state but REGISTERED).
 */
final class DeregisterWorkspaceDirectoryHandler implements Handler<DeregisterWorkspaceDirectoryRequest> {

  @Override
  public Outcome handle(State state, Scope scope, DeregisterWorkspaceDirectoryRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.directoryId().orElseThrow();
    Optional<DirectoryEntry> entry = editor.read(Kinds.DIRECTORIES).registered(id);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> RuleRefusal.missing(entry, DirectoryRule.REGISTERED, "directory", id),
        () -> editor.read(Kinds.WORKSPACES).firstLiveInDirectory(id)
            .map(workspace -> RuleRefusal.of(DirectoryRule.DEREGISTER_WITHOUT_WORKSPACES, "The directory " + id
                + " still has WorkSpaces (for example " + workspace + "); terminate them before deregistering it.")),
        () -> RuleRefusal.when(entry.get().state() != WorkspaceDirectoryState.REGISTERED,
            DirectoryRule.DEREGISTER_REGISTERED, () -> "The directory " + id + " is " + entry.get().state()
                + "; only a REGISTERED directory can be deregistered."));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    ScopeDirectories.move(editor, entry.get(), WorkspaceDirectoryState.DEREGISTERING);
    ScopeConnectionAliases.release(editor, id);
    return Outcome.success(editor.state(), DeregisterWorkspaceDirectoryResult.builder().build());
  }
}

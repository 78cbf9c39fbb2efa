package dev.workspaces.engine.op;

import dev.workspaces.engine.DirectoryEntry;
import dev.workspaces.engine.Kinds;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.ScopeDirectories;
import dev.workspaces.engine.ServiceError;
import dev.workspaces.engine.State;
import dev.workspaces.engine.StateEditor;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.DeregisterWorkspaceDirectoryRequest;
import dev.workspaces.model.response.DeregisterWorkspaceDirectoryResult;
import java.util.Optional;

/**
 * DeregisterWorkspaceDirectory: moves a REGISTERED directory to DEREGISTERING; the timeline then
 * makes it DEREGISTERED (still listed for a while) and finally removes it with its tags and
 * client properties.
 *
 * <p>Refusals, in order: not registered in this scope (absent or already DEREGISTERED):
 * ResourceNotFoundException; a WorkSpace of the scope still in the directory:
 * OperationNotSupportedException naming it (a TERMINATED WorkSpace no longer counts, it only
 * lingers in listings); any state but REGISTERED: InvalidResourceStateException.
 */
final class DeregisterWorkspaceDirectoryHandler implements Handler<DeregisterWorkspaceDirectoryRequest> {

  @Override
  public Outcome handle(State state, Scope scope, DeregisterWorkspaceDirectoryRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.directoryId().orElseThrow();
    Optional<DirectoryEntry> entry = DirectorySettings.registered(editor, id);
    if (entry.isEmpty()) {
      return Refusals.notFound(state, "directory", id);
    }
    Optional<String> workspace = editor.read(Kinds.WORKSPACES).firstLiveInDirectory(id);
    if (workspace.isPresent()) {
      return Refusals.of(state, ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, "The directory " + id
          + " still has WorkSpaces (for example " + workspace.get() + "); terminate them before "
          + "deregistering it.");
    }
    if (entry.get().state() != WorkspaceDirectoryState.REGISTERED) {
      return Outcome.failure(state, ServiceError.of(ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION,
          "The directory " + id + " is " + entry.get().state() + "; only a REGISTERED directory can be "
          + "deregistered."));
    }
    ScopeDirectories.move(editor, entry.get(), WorkspaceDirectoryState.DEREGISTERING);
    return Outcome.success(editor.state(), DeregisterWorkspaceDirectoryResult.builder().build());
  }
}

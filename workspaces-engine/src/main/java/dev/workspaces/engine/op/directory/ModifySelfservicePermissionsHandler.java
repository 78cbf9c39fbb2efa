package dev.workspaces.engine.op.directory;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.SelfservicePermissions;
import dev.workspaces.model.WorkspaceDirectory;
import dev.workspaces.model.request.ModifySelfservicePermissionsRequest;
import dev.workspaces.model.response.ModifySelfservicePermissionsResult;

/**
 * ModifySelfservicePermissions: a partial update of what users may do to their own WorkSpaces;
 * permissions left out keep their value. Refusals are those of {@link DirectorySettings#apply}.
 */
final class ModifySelfservicePermissionsHandler implements Handler<ModifySelfservicePermissionsRequest> {

  @Override
  public Outcome handle(State state, Scope scope, ModifySelfservicePermissionsRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.resourceId().orElseThrow();
    return DirectorySettings.apply(state, editor, id, "ModifySelfservicePermissions", entry -> {
      WorkspaceDirectory directory = entry.directory();
      SelfservicePermissions merged = DirectorySettings.overlay(SelfservicePermissions.SCHEMA,
          directory.selfservicePermissions().orElse(DirectoryDefaults.SELFSERVICE_PERMISSIONS),
          request.selfservicePermissions().orElseThrow());
      editor.edit(Kinds.DIRECTORIES, directories -> directories.plus(entry.withDirectory(directory.toBuilder().selfservicePermissions(merged).build())));
      return Outcome.success(editor.state(), ModifySelfservicePermissionsResult.builder().build());
    });
  }
}

package dev.workspaces.engine.op.directory;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.WorkspaceAccessProperties;
import dev.workspaces.model.WorkspaceDirectory;
import dev.workspaces.model.request.ModifyWorkspaceAccessPropertiesRequest;
import dev.workspaces.model.response.ModifyWorkspaceAccessPropertiesResult;

/**
 * ModifyWorkspaceAccessProperties: a partial update of which client device types may connect to
 * the directory's WorkSpaces; members left out keep their value, and an AccessEndpointConfig given
 * replaces the stored one whole. Refusals are those of {@link DirectorySettings#apply}.
 */
final class ModifyWorkspaceAccessPropertiesHandler implements Handler<ModifyWorkspaceAccessPropertiesRequest> {

  @Override
  public Outcome handle(State state, Scope scope, ModifyWorkspaceAccessPropertiesRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.resourceId().orElseThrow();
    return DirectorySettings.apply(state, editor, id, "ModifyWorkspaceAccessProperties", entry -> {
      WorkspaceDirectory directory = entry.directory();
      WorkspaceAccessProperties merged = DirectorySettings.overlay(WorkspaceAccessProperties.SCHEMA,
          directory.workspaceAccessProperties().orElse(DirectoryDefaults.ACCESS_PROPERTIES),
          request.workspaceAccessProperties().orElseThrow());
      editor.edit(Kinds.DIRECTORIES, directories -> directories.plus(entry.withDirectory(directory.toBuilder().workspaceAccessProperties(merged).build())));
      return Outcome.success(editor.state(), ModifyWorkspaceAccessPropertiesResult.builder().build());
    });
  }
}

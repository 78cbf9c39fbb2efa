package dev.workspaces.engine.op.directory;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.DefaultWorkspaceCreationProperties;
import dev.workspaces.model.WorkspaceCreationProperties;
import dev.workspaces.model.WorkspaceDirectory;
import dev.workspaces.model.request.ModifyWorkspaceCreationPropertiesRequest;
import dev.workspaces.model.response.ModifyWorkspaceCreationPropertiesResult;

/**
 * ModifyWorkspaceCreationProperties: a partial update of the defaults new WorkSpaces of a
 * directory are created with; members left out keep their value. The request's
 * WorkspaceCreationProperties is copied member by member, by wire name, onto the stored
 * DefaultWorkspaceCreationProperties. Refusals are those of {@link DirectorySettings#apply}.
 */
final class ModifyWorkspaceCreationPropertiesHandler
    implements Handler<ModifyWorkspaceCreationPropertiesRequest> {

  @Override
  public Outcome handle(State state, Scope scope, ModifyWorkspaceCreationPropertiesRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.resourceId().orElseThrow();
    return DirectorySettings.apply(state, editor, id, "ModifyWorkspaceCreationProperties", entry -> {
      WorkspaceDirectory directory = entry.directory();
      WorkspaceCreationProperties change = request.workspaceCreationProperties().orElseThrow();
      DefaultWorkspaceCreationProperties merged = DirectorySettings.overlay(
          DefaultWorkspaceCreationProperties.SCHEMA,
          directory.workspaceCreationProperties().orElse(DirectoryDefaults.CREATION_PROPERTIES), change);
      editor.edit(Kinds.DIRECTORIES, directories -> directories.plus(entry.withDirectory(directory.toBuilder().workspaceCreationProperties(merged).build())));
      return Outcome.success(editor.state(), ModifyWorkspaceCreationPropertiesResult.builder().build());
    });
  }
}

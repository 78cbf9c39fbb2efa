package dev.workspaces.engine.op.directory;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.ClientProperties;
import dev.workspaces.model.request.ModifyClientPropertiesRequest;
import dev.workspaces.model.response.ModifyClientPropertiesResult;

/**
 * ModifyClientProperties: a partial update of a directory's client properties, starting from
 * {@link DirectoryDefaults#CLIENT_PROPERTIES} the first time; members left out keep their value.
 * The result is stored in the scope beside the directory and dropped with it.
 *
 * <p>Refusals are those of {@link DirectorySettings#apply}: ResourceNotFoundException for a
 * resource that is not a registered directory of this scope, OperationNotSupportedException (which
 * the operation declares) while the directory is not REGISTERED. Requiring REGISTERED is our
 * reading, the same rule as the other directory settings.
 */
final class ModifyClientPropertiesHandler implements Handler<ModifyClientPropertiesRequest> {

  @Override
  public Outcome handle(State state, Scope scope, ModifyClientPropertiesRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.resourceId().orElseThrow();
    return DirectorySettings.apply(state, editor, id, "ModifyClientProperties", entry -> {
      ClientProperties current =
          editor.read(Kinds.CLIENT_PROPERTIES).byResource().getOrDefault(id, DirectoryDefaults.CLIENT_PROPERTIES);
      ClientProperties merged = DirectorySettings.overlay(ClientProperties.SCHEMA, current,
          request.clientProperties().orElseThrow());
      editor.edit(Kinds.CLIENT_PROPERTIES, properties -> properties.plus(id, merged));
      return Outcome.success(editor.state(), ModifyClientPropertiesResult.builder().build());
    });
  }
}

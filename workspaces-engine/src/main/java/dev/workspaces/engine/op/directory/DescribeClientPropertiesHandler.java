package dev.workspaces.engine.op.directory;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.DirectoryRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeDirectories;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.ClientPropertiesResult;
import dev.workspaces.model.request.DescribeClientPropertiesRequest;
import dev.workspaces.model.response.DescribeClientPropertiesResult;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * DescribeClientProperties: the client properties of each directory named in ResourceIds (1 to 25,
 * checked by the schema), sorted by id and listed once each. A directory whose client properties
 * were never modified reports {@link DirectoryDefaults#CLIENT_PROPERTIES}.
 *
 * <p>Every id must be a directory registered in this scope, in any state but DEREGISTERED (see
 * {@link ScopeDirectories#registered}); the first one that is not, in request order, is refused by
 * row {@link DirectoryRule#REGISTERED}.
 */
final class DescribeClientPropertiesHandler implements Handler<DescribeClientPropertiesRequest> {

  @Override
  public Outcome handle(State state, Scope scope, DescribeClientPropertiesRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    for (String id : request.resourceIds()) {
      Optional<RuleRefusal> missing =
          RuleRefusal.missing(editor.read(Kinds.DIRECTORIES).registered(id), DirectoryRule.REGISTERED, "directory", id);
      if (missing.isPresent()) {
        return missing.get().outcome(state);
      }
    }
    List<ClientPropertiesResult> results = new TreeSet<>(request.resourceIds()).stream()
        .map(id -> ClientPropertiesResult.builder()
            .resourceId(id)
            .clientProperties(editor.read(Kinds.CLIENT_PROPERTIES).byResource().getOrDefault(id, DirectoryDefaults.CLIENT_PROPERTIES))
            .build())
        .toList();
    return Outcome.success(state, DescribeClientPropertiesResult.builder().clientPropertiesList(results).build());
  }
}

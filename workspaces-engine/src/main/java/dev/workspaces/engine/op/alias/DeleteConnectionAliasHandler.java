package dev.workspaces.engine.op.alias;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ConnectionAliasRule;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.engine.state.ScopeConnectionAliases;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.ConnectionAliasState;
import dev.workspaces.model.request.DeleteConnectionAliasRequest;
import dev.workspaces.model.response.DeleteConnectionAliasResult;
import java.util.Optional;

/**
 * DeleteConnectionAlias: moves an unused CREATED alias to DELETING; its ALIAS_DELETING step then
 * removes it with its tags. The connection string stays reserved for the account.
 *
 * <p>Refusals, in table order: {@link ConnectionAliasRule#ALIAS_VISIBLE},
 * {@link ConnectionAliasRule#OWNER_ONLY}, {@link ConnectionAliasRule#ALIAS_CREATED} and
 * {@link ConnectionAliasRule#DELETE_UNUSED}.
 */
final class DeleteConnectionAliasHandler implements Handler<DeleteConnectionAliasRequest> {
  @Override
  public Outcome handle(State state, Scope scope, DeleteConnectionAliasRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.aliasId().orElseThrow();
    Optional<Aliases.Visible> alias = Aliases.visible(editor, id);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> Aliases.missing(alias, id),
        () -> Aliases.notOwner(alias.get(), scope),
        () -> Aliases.notCreated(alias.get()),
        () -> RuleRefusal.when(alias.get().entry().association().isPresent()
                || !alias.get().entry().sharedWith().isEmpty(), ConnectionAliasRule.DELETE_UNUSED, id,
            () -> "The connection alias " + id + " is still associated with a directory or shared with "
                + alias.get().entry().sharedWith() + "; disassociate and unshare it first."));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    ScopeConnectionAliases.schedule(editor, scope, alias.get().entry().withState(ConnectionAliasState.DELETING),
        Transition.ALIAS_DELETING);
    return Outcome.success(editor.state(), DeleteConnectionAliasResult.builder().build());
  }
}

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
import dev.workspaces.model.AssociationStatus;
import dev.workspaces.model.ConnectionAliasAssociation;
import dev.workspaces.model.request.DisassociateConnectionAliasRequest;
import dev.workspaces.model.response.DisassociateConnectionAliasResult;
import java.util.Optional;

/**
 * DisassociateConnectionAlias: the association the caller made becomes PENDING_DISASSOCIATION, and
 * its ALIAS_DISASSOCIATING step removes it.
 *
 * <p>Refusals, in table order: {@link ConnectionAliasRule#ALIAS_VISIBLE},
 * {@link ConnectionAliasRule#ALIAS_CREATED}, {@link ConnectionAliasRule#ALIAS_ASSOCIATED} and
 * {@link ConnectionAliasRule#ASSOCIATED_BY_CALLER}.
 */
final class DisassociateConnectionAliasHandler implements Handler<DisassociateConnectionAliasRequest> {
  @Override
  public Outcome handle(State state, Scope scope, DisassociateConnectionAliasRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.aliasId().orElseThrow();
    Optional<Aliases.Visible> alias = Aliases.visible(editor, id);
    Optional<ConnectionAliasAssociation> association = alias.flatMap(visible -> visible.entry().association());
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> Aliases.missing(alias, id),
        () -> Aliases.notCreated(alias.get()),
        () -> RuleRefusal.when(association.flatMap(ConnectionAliasAssociation::associationStatus)
                .filter(status -> status == AssociationStatus.ASSOCIATED_WITH_OWNER_ACCOUNT
                    || status == AssociationStatus.ASSOCIATED_WITH_SHARED_ACCOUNT).isEmpty(),
            ConnectionAliasRule.ALIAS_ASSOCIATED, id, () -> "The connection alias " + id + " is "
                + association.map(found -> found.associationStatus().orElseThrow().toString()).orElse("not associated")
                + "; only an associated alias can be disassociated."),
        () -> RuleRefusal.when(!association.get().associatedAccountId().equals(Optional.of(scope.accountId())),
            ConnectionAliasRule.ASSOCIATED_BY_CALLER, id, () -> "The connection alias " + id
                + " was associated by account " + association.get().associatedAccountId().orElseThrow()
                + "; only that account can disassociate it."));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    ScopeConnectionAliases.schedule(editor, alias.get().owner(), alias.get().entry().withAssociation(Optional.of(
            association.get().toBuilder().associationStatus(AssociationStatus.PENDING_DISASSOCIATION).build())),
        Transition.ALIAS_DISASSOCIATING);
    return Outcome.success(editor.state(), DisassociateConnectionAliasResult.builder().build());
  }
}

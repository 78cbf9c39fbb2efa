package dev.workspaces.engine.op.alias;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ConnectionAliasRule;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.engine.state.DirectoryEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeConnectionAliases;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.AssociationStatus;
import dev.workspaces.model.ConnectionAliasAssociation;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.request.AssociateConnectionAliasRequest;
import dev.workspaces.model.response.AssociateConnectionAliasResult;
import java.util.Optional;

/**
 * AssociateConnectionAlias: ties an alias the caller owns or is shared with to one of the caller's
 * directories. The association is PENDING_ASSOCIATION until its ALIAS_ASSOCIATING step makes it
 * ASSOCIATED_WITH_OWNER_ACCOUNT, or ASSOCIATED_WITH_SHARED_ACCOUNT when a shared account made it;
 * the answer carries the association's new connection identifier.
 *
 * <p>Refusals, in table order: {@link ConnectionAliasRule#ALIAS_VISIBLE},
 * {@link ConnectionAliasRule#ALIAS_CREATED}, {@link ConnectionAliasRule#DIRECTORY_REGISTERED},
 * {@link ConnectionAliasRule#DIRECTORY_STATE} and {@link ConnectionAliasRule#ALIAS_UNASSOCIATED}.
 */
final class AssociateConnectionAliasHandler implements Handler<AssociateConnectionAliasRequest> {
  @Override
  public Outcome handle(State state, Scope scope, AssociateConnectionAliasRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.aliasId().orElseThrow();
    String directory = request.resourceId().orElseThrow();
    Optional<Aliases.Visible> alias = Aliases.visible(editor, id);
    Optional<DirectoryEntry> entry = editor.read(Kinds.DIRECTORIES).registered(directory);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> Aliases.missing(alias, id),
        () -> Aliases.notCreated(alias.get()),
        () -> RuleRefusal.missing(entry, ConnectionAliasRule.DIRECTORY_REGISTERED, "directory", directory),
        () -> RuleRefusal.when(entry.get().state() != WorkspaceDirectoryState.REGISTERED,
            ConnectionAliasRule.DIRECTORY_STATE, directory,
            () -> "The directory " + directory + " is " + entry.get().state() + "; it must be REGISTERED."),
        () -> alias.get().entry().association().map(association -> new RuleRefusal(
            ConnectionAliasRule.ALIAS_UNASSOCIATED, "The connection alias " + id + " is already associated with "
                + association.resourceId().orElseThrow() + " (" + association.associationStatus().orElseThrow() + ").",
            id)));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    String connection = editor.newId("", 16, false, taken -> false);
    ConnectionAliasAssociation association = ConnectionAliasAssociation.builder()
        .associationStatus(AssociationStatus.PENDING_ASSOCIATION)
        .associatedAccountId(scope.accountId())
        .resourceId(directory)
        .connectionIdentifier(connection)
        .build();
    ScopeConnectionAliases.schedule(editor, alias.get().owner(),
        alias.get().entry().withAssociation(Optional.of(association)), Transition.ALIAS_ASSOCIATING);
    return Outcome.success(editor.state(),
        AssociateConnectionAliasResult.builder().connectionIdentifier(connection).build());
  }
}

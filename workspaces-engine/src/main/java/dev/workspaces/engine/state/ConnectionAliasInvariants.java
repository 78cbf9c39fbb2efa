package dev.workspaces.engine.state;

import static dev.workspaces.engine.state.ScopePart.require;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.model.AssociationStatus;
import dev.workspaces.model.ConnectionAliasAssociation;
import dev.workspaces.model.ConnectionAliasState;
import dev.workspaces.model.WorkspaceDirectoryState;
import java.util.Map;
import java.util.Optional;

/** The invariants of the connection aliases kind ({@link Kinds#CONNECTION_ALIASES}). */
final class ConnectionAliasInvariants {
  private ConnectionAliasInvariants() {}

  /**
   * Checks that every own alias is the scope's account's, reserves its string for no other account,
   * is associated at most once, only while CREATED, by its owner or an account it is shared with,
   * with a REGISTERED directory of that account, and has a running step exactly while its state or
   * its association's is pending; and that every share is indexed on both sides.
   */
  static void check(State state, Scope scope, ScopeConnectionAliases aliases) {
    aliases.entries().forEach((id, entry) -> {
      String at = scope + ": connection alias " + id;
      require(entry.owner().equals(scope.accountId()), at + " is owned by " + entry.owner());
      require(aliases.reserved().contains(entry.connectionString()), at + " has an unreserved connection string");
      require(entry.alias().associations().size() <= 1, at + " has several associations");
      entry.association().ifPresent(association -> checkAssociation(state, scope, entry, association, at));
      boolean pending = entry.state() != ConnectionAliasState.CREATED
          || entry.associationStatus().filter(ConnectionAliasInvariants::pending).isPresent();
      require(entry.pendingStep().isPresent() == pending, at + " has a running step: " + entry.pendingStep());
      entry.sharedWith().forEach(account -> require(!account.equals(scope.accountId())
              && scope.equals(state.scope(Scope.of(account, scope.region())).get(Kinds.CONNECTION_ALIASES)
                  .sharedWithMe().get(id)),
          at + " is shared with " + account + ", which does not index it"));
    });
    for (Map.Entry<String, Scope> shared : aliases.sharedWithMe().entrySet()) {
      Optional<AliasEntry> entry = state.scope(shared.getValue()).get(Kinds.CONNECTION_ALIASES).find(shared.getKey());
      require(entry.filter(alias -> alias.sharedWith().contains(scope.accountId())).isPresent(),
          scope + ": indexes connection alias " + shared.getKey() + " of " + shared.getValue() + ", not shared with it");
    }
    for (String string : aliases.reserved()) {
      state.scopes().forEach((other, owned) -> require(other.accountId().equals(scope.accountId())
              || !owned.get(Kinds.CONNECTION_ALIASES).reserved().contains(string),
          scope + ": connection string " + string + " is reserved by " + other + " too"));
    }
  }

  private static void checkAssociation(State state, Scope scope, AliasEntry entry,
      ConnectionAliasAssociation association, String at) {
    String account = association.associatedAccountId().orElseThrow();
    String directory = association.resourceId().orElseThrow();
    require(entry.state() == ConnectionAliasState.CREATED, at + " is associated while " + entry.state());
    require(account.equals(entry.owner()) || entry.sharedWith().contains(account),
        at + " is associated by " + account + ", which it is not shared with");
    require(state.scope(Scope.of(account, scope.region())).get(Kinds.DIRECTORIES).find(directory)
            .filter(found -> found.state() == WorkspaceDirectoryState.REGISTERED).isPresent(),
        at + " is associated with " + directory + ", not a REGISTERED directory of " + account);
    AssociationStatus status = association.associationStatus().orElseThrow();
    require(status != AssociationStatus.NOT_ASSOCIATED, at + " keeps a NOT_ASSOCIATED association");
    require(status != AssociationStatus.ASSOCIATED_WITH_OWNER_ACCOUNT || account.equals(entry.owner()),
        at + " is ASSOCIATED_WITH_OWNER_ACCOUNT by " + account);
    require(status != AssociationStatus.ASSOCIATED_WITH_SHARED_ACCOUNT || !account.equals(entry.owner()),
        at + " is ASSOCIATED_WITH_SHARED_ACCOUNT by its owner");
  }

  private static boolean pending(AssociationStatus status) {
    return status == AssociationStatus.PENDING_ASSOCIATION || status == AssociationStatus.PENDING_DISASSOCIATION;
  }
}

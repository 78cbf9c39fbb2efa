package dev.workspaces.engine.state;

import com.google.common.collect.ImmutableSortedSet;
import dev.workspaces.model.AssociationStatus;
import dev.workspaces.model.ConnectionAlias;
import dev.workspaces.model.ConnectionAliasAssociation;
import dev.workspaces.model.ConnectionAliasState;
import java.util.List;
import java.util.Optional;

/**
 * A stored connection alias: the value DescribeConnectionAliases shows (with at most one
 * association), plus the accounts it is shared with and its running step. Its tags live in the
 * owner's tag map.
 *
 * @param alias the alias as the API shows it
 * @param sharedWith the accounts allowed to associate it, sorted
 * @param pendingStep the timeline slot of its running step (of the alias or of its association), if any
 */
public record AliasEntry(ConnectionAlias alias, ImmutableSortedSet<String> sharedWith, Optional<TimelineKey> pendingStep) {

  /** Returns a new CREATING alias of {@code owner}, not shared, with no step yet. */
  public static AliasEntry creating(String id, String connectionString, String owner) {
    return new AliasEntry(ConnectionAlias.builder()
        .aliasId(id)
        .connectionString(connectionString)
        .state(ConnectionAliasState.CREATING)
        .ownerAccountId(owner)
        .build(), ImmutableSortedSet.of(), Optional.empty());
  }

  /** Returns the alias id. */
  public String id() {
    return alias.aliasId().orElseThrow();
  }

  /** Returns the owner's account id. */
  public String owner() {
    return alias.ownerAccountId().orElseThrow();
  }

  /** Returns the connection string. */
  public String connectionString() {
    return alias.connectionString().orElseThrow();
  }

  /** Returns the alias state. */
  public ConnectionAliasState state() {
    return alias.state().orElseThrow();
  }

  /** Returns the alias's association with a directory, in any status, if it has one. */
  public Optional<ConnectionAliasAssociation> association() {
    return alias.associations().stream().findFirst();
  }

  /** Returns the status of the association, if the alias has one. */
  public Optional<AssociationStatus> associationStatus() {
    return association().map(association -> association.associationStatus().orElseThrow());
  }

  /** Returns whether {@code account} associated the alias with {@code directoryId} (in any status). */
  public boolean associatedBy(String account, String directoryId) {
    return association().filter(association -> association.associatedAccountId().equals(Optional.of(account))
        && association.resourceId().equals(Optional.of(directoryId))).isPresent();
  }

  /** Returns a copy in state {@code next}. */
  public AliasEntry withState(ConnectionAliasState next) {
    return new AliasEntry(alias.toBuilder().state(next).build(), sharedWith, pendingStep);
  }

  /** Returns a copy with {@code next} as its association, or none. */
  public AliasEntry withAssociation(Optional<ConnectionAliasAssociation> next) {
    return new AliasEntry(alias.toBuilder().associations(next.map(List::of).orElse(List.of())).build(),
        sharedWith, pendingStep);
  }

  /** Returns a copy shared with {@code accounts}. */
  public AliasEntry withSharedWith(ImmutableSortedSet<String> accounts) {
    return new AliasEntry(alias, accounts, pendingStep);
  }

  /** Returns a copy with {@code step} as its running step. */
  public AliasEntry withPendingStep(Optional<TimelineKey> step) {
    return new AliasEntry(alias, sharedWith, step);
  }
}

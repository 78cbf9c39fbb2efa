package dev.workspaces.engine.step;

import dev.workspaces.engine.state.AliasEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScheduledStep;
import dev.workspaces.engine.state.ScopeConnectionAliases;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.AssociationStatus;
import dev.workspaces.model.ConnectionAliasAssociation;
import dev.workspaces.model.ConnectionAliasState;
import java.util.Optional;

/**
 * Completes the steps of connection aliases and of their associations, in the owner's scope. A step
 * whose alias is gone or has moved on since it was scheduled changes nothing.
 */
final class AliasSteps {
  private AliasSteps() {}

  /** Completes ALIAS_CREATING (the alias becomes CREATED) or ALIAS_DELETING (the alias and its tags go). */
  static void completeAlias(StateEditor editor, ScheduledStep step) {
    Optional<AliasEntry> entry = editor.read(Kinds.CONNECTION_ALIASES).find(step.resourceId())
        .filter(alias -> alias.state().toString().equals(step.transition().from()));
    if (entry.isEmpty()) {
      return;
    }
    Optional<ConnectionAliasState> target = step.transition().to().map(ConnectionAliasState::fromValue);
    if (target.isEmpty()) {
      editor.remove(entry.get().id());
    } else {
      ScopeConnectionAliases.store(editor, step.scope(),
          entry.get().withState(target.get()).withPendingStep(Optional.empty()));
    }
  }

  /**
   * Completes ALIAS_ASSOCIATING (associated with the owner's account or with a shared one, by who
   * associated it) or ALIAS_DISASSOCIATING (the association goes).
   */
  static void completeAssociation(StateEditor editor, ScheduledStep step) {
    Optional<AliasEntry> entry = editor.read(Kinds.CONNECTION_ALIASES).find(step.resourceId())
        .filter(alias -> alias.associationStatus().map(Object::toString).equals(Optional.of(step.transition().from())));
    if (entry.isEmpty()) {
      return;
    }
    ConnectionAliasAssociation association = entry.get().association().orElseThrow();
    Optional<ConnectionAliasAssociation> next = step.transition().to().map(ignored -> association.toBuilder()
        .associationStatus(association.associatedAccountId().equals(Optional.of(entry.get().owner()))
            ? AssociationStatus.ASSOCIATED_WITH_OWNER_ACCOUNT : AssociationStatus.ASSOCIATED_WITH_SHARED_ACCOUNT)
        .build());
    ScopeConnectionAliases.store(editor, step.scope(),
        entry.get().withAssociation(next).withPendingStep(Optional.empty()));
  }
}

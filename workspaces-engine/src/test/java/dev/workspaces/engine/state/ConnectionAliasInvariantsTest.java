package dev.workspaces.engine.state;

import static dev.workspaces.engine.AliasFixtures.OWNER;
import static dev.workspaces.engine.AliasFixtures.SHARED;
import static dev.workspaces.engine.AliasFixtures.WORLD;
import static dev.workspaces.engine.AliasFixtures.alias;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The connection alias invariants hold in the two-account world and catch each broken link between its parts. */
class ConnectionAliasInvariantsTest {

  @Test
  void theTwoAccountWorldKeepsEveryInvariant() {
    WORLD.scopes().forEach((scope, owned) -> owned.get(Kinds.CONNECTION_ALIASES).check(WORLD, scope, owned));
  }

  @Test
  void aShareTheSharedAccountDoesNotIndexIsCaught() {
    String shared = alias("shared");
    State broken = WORLD.withScope(SHARED, WORLD.scope(SHARED).with(Kinds.CONNECTION_ALIASES,
        WORLD.scope(SHARED).get(Kinds.CONNECTION_ALIASES).unshared(shared)));
    assertFails(broken, OWNER, "does not index it");
  }

  @Test
  void anIndexEntryForAnAliasNotSharedIsCaught() {
    String free = alias("free");
    State broken = WORLD.withScope(SHARED, WORLD.scope(SHARED).with(Kinds.CONNECTION_ALIASES,
        WORLD.scope(SHARED).get(Kinds.CONNECTION_ALIASES).shared(free, OWNER)));
    assertFails(broken, SHARED, "not shared with it");
  }

  @Test
  void anAssociationWithAMissingDirectoryIsCaught() {
    AliasEntry used = WORLD.scope(OWNER).get(Kinds.CONNECTION_ALIASES).find(alias("used")).orElseThrow();
    AliasEntry moved = used.withAssociation(used.association().map(association ->
        association.toBuilder().resourceId("d-9999999999").build()));
    State broken = WORLD.withScope(OWNER, WORLD.scope(OWNER).with(Kinds.CONNECTION_ALIASES,
        WORLD.scope(OWNER).get(Kinds.CONNECTION_ALIASES).plus(moved)));
    assertFails(broken, OWNER, "not a REGISTERED directory");
  }

  @Test
  void aCreatingAliasWithoutItsStepIsCaught() {
    AliasEntry creating = WORLD.scope(OWNER).get(Kinds.CONNECTION_ALIASES).find(alias("new")).orElseThrow();
    State broken = WORLD.withScope(OWNER, WORLD.scope(OWNER).with(Kinds.CONNECTION_ALIASES,
        WORLD.scope(OWNER).get(Kinds.CONNECTION_ALIASES).plus(creating.withPendingStep(Optional.empty()))));
    assertFails(broken, OWNER, "running step");
  }

  private static void assertFails(State state, Scope scope, String named) {
    ScopeState owned = state.scope(scope);
    AssertionError error = assertThrows(AssertionError.class,
        () -> owned.get(Kinds.CONNECTION_ALIASES).check(state, scope, owned));
    assertTrue(error.getMessage().contains(named), error.getMessage());
  }
}

package dev.workspaces.engine.op.alias;

import static dev.workspaces.engine.AliasFixtures.OWNER;
import static dev.workspaces.engine.AliasFixtures.SHARED;
import static dev.workspaces.engine.AliasFixtures.SHARED_DIRECTORY;
import static dev.workspaces.engine.AliasFixtures.STRANGER;
import static dev.workspaces.engine.AliasFixtures.WORLD;
import static dev.workspaces.engine.AliasFixtures.alias;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.AliasFixtures;
import dev.workspaces.engine.Engine;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeTags;
import dev.workspaces.model.AssociationStatus;
import dev.workspaces.model.ConnectionAlias;
import dev.workspaces.model.ConnectionAliasAssociation;
import dev.workspaces.model.ConnectionAliasState;
import dev.workspaces.model.Tag;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.CreateConnectionAliasRequest;
import dev.workspaces.model.request.DeleteConnectionAliasRequest;
import dev.workspaces.model.request.DeregisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.DescribeConnectionAliasesRequest;
import dev.workspaces.model.response.AssociateConnectionAliasResult;
import dev.workspaces.model.response.CreateConnectionAliasResult;
import dev.workspaces.model.response.DescribeConnectionAliasesResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Connection aliases over virtual time and across accounts: states, associations, sharing and release. */
class ConnectionAliasLifecycleTest {

  @Test
  void aNewAliasIsCreatingUntilItsStepCompletesAndCarriesItsTags() {
    Outcome created = ImageFixtures.accepted(WORLD, OWNER, CreateConnectionAliasRequest.builder()
        .connectionString("desk.example.org").tags(List.of(Tag.builder().key("team").value("ops").build())).build());
    String id = ((CreateConnectionAliasResult) created.response().orElseThrow()).aliasId().orElseThrow();
    assertTrue(id.matches("wsca-[0-9a-z]{9}"), id);
    assertEquals(ConnectionAliasState.CREATING, describe(created.state(), OWNER, id).state().orElseThrow());
    State later = Engine.advance(created.state(), Duration.ofMinutes(1));
    assertEquals(ConnectionAliasState.CREATED, describe(later, OWNER, id).state().orElseThrow());
    assertEquals(1, ScopeTags.of(later.scope(OWNER), id).size());
  }

  @Test
  void aSharedAccountsAssociationIsPendingThenAssociatedWithTheSharedAccount() {
    String free = alias("free");
    State shared = ImageFixtures.accepted(WORLD, OWNER, AliasFixtures.share(free, SHARED.accountId(), true)).state();
    Outcome associated = ImageFixtures.accepted(shared,
        SHARED, AliasFixtures.associate(free, SHARED_DIRECTORY));
    String connection = ((AssociateConnectionAliasResult) associated.response().orElseThrow())
        .connectionIdentifier().orElseThrow();
    ConnectionAliasAssociation pending = describe(associated.state(), SHARED, free).associations().get(0);
    assertEquals(AssociationStatus.PENDING_ASSOCIATION, pending.associationStatus().orElseThrow());
    State later = Engine.advance(associated.state(), Duration.ofMinutes(1));
    ConnectionAliasAssociation done = describe(later, OWNER, free).associations().get(0);
    assertEquals(AssociationStatus.ASSOCIATED_WITH_SHARED_ACCOUNT, done.associationStatus().orElseThrow());
    assertEquals(connection, done.connectionIdentifier().orElseThrow());
    assertEquals(SHARED.accountId(), done.associatedAccountId().orElseThrow());
  }

  @Test
  void onlyTheOwnerAndTheAccountsItIsSharedWithSeeAnAlias() {
    String shared = alias("shared");
    assertEquals(List.of(shared), ids(WORLD, SHARED));
    assertEquals(List.of(alias(WORLD, STRANGER, "taken.example.com")), ids(WORLD, STRANGER));
    assertTrue(ids(WORLD, OWNER).contains(shared));
  }

  @Test
  void deregisteringADirectoryReleasesTheAliasesAssociatedWithIt() {
    String shared = alias("shared");
    assertEquals(1, describe(WORLD, OWNER, shared).associations().size());
    State deregistered = ImageFixtures.accepted(WORLD, SHARED,
        DeregisterWorkspaceDirectoryRequest.builder().directoryId(SHARED_DIRECTORY).build()).state();
    assertEquals(List.of(), describe(deregistered, OWNER, shared).associations());
    ImageFixtures.accepted(deregistered, OWNER, AliasFixtures.share(shared, SHARED.accountId(), false));
  }

  @Test
  void aDeletedAliasDisappearsWithItsTagsAndItsStringStaysTheAccounts() {
    String free = alias("free");
    State deleting = ImageFixtures.accepted(WORLD, OWNER, DeleteConnectionAliasRequest.builder().aliasId(free).build())
        .state();
    assertEquals(ConnectionAliasState.DELETING, describe(deleting, OWNER, free).state().orElseThrow());
    State gone = Engine.advance(deleting, Duration.ofMinutes(1));
    assertTrue(gone.scope(OWNER).get(Kinds.CONNECTION_ALIASES).find(free).isEmpty());
    ImageFixtures.refused(gone, STRANGER, AliasFixtures.create("free.example.com"),
        ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION, "free.example.com");
    ImageFixtures.accepted(gone, OWNER, AliasFixtures.create("free.example.com"));
  }

  private static ConnectionAlias describe(State state, Scope scope, String id) {
    DescribeConnectionAliasesResult result = (DescribeConnectionAliasesResult) ImageFixtures.accepted(state, scope,
        DescribeConnectionAliasesRequest.builder().aliasIds(List.of(id)).build()).response().orElseThrow();
    assertEquals(1, result.connectionAliases().size(), () -> id + " as " + scope);
    return result.connectionAliases().get(0);
  }

  private static List<String> ids(State state, Scope scope) {
    DescribeConnectionAliasesResult result = (DescribeConnectionAliasesResult) ImageFixtures.accepted(state, scope,
        DescribeConnectionAliasesRequest.builder().build()).response().orElseThrow();
    return result.connectionAliases().stream().map(alias -> alias.aliasId().orElseThrow()).toList();
  }
}

package dev.workspaces.json.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.EngineConfig;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.state.AliasEntry;
import dev.workspaces.engine.state.ChangeTimes;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeState;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.ConnectionAliasPermission;
import dev.workspaces.model.Tag;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.AssociateConnectionAliasRequest;
import dev.workspaces.model.request.CreateAccountLinkInvitationRequest;
import dev.workspaces.model.request.CreateConnectionAliasRequest;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.DeleteConnectionAliasRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.UpdateConnectionAliasPermissionRequest;
import dev.workspaces.model.response.CreateAccountLinkInvitationResult;
import dev.workspaces.model.response.CreateConnectionAliasResult;
import dev.workspaces.model.response.CreateWorkspacesResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Export and import of what one account's requests leave in another's scope (a shared connection
 * alias, an account link), and of a WorkSpace's change times.
 */
class StateJsonCrossAccountTest {
  private static final String DIRECTORY = "d-1234567890";
  private static final Scope OTHER = Scope.of("111122223333", Scope.DEFAULT.region());

  private static Outcome apply(State state, Scope scope, WorkspacesRequest request) {
    Outcome outcome = Engine.apply(state, scope, request);
    assertTrue(outcome.isSuccess(), () -> outcome.error().orElseThrow().message());
    return outcome;
  }

  private static String aliasId(Outcome created) {
    return created.responseAs(CreateConnectionAliasResult.class).aliasId().orElseThrow();
  }

  /**
   * A state whose owner shares an alias with {@link #OTHER} and is associating it with its
   * directory (a step pending), reserves the string of an alias it deleted, tags the alias, invites
   * {@link #OTHER} to link, and has a WorkSpace launched, resized and changed in compute.
   */
  private static State sample() {
    State state = State.initial(5, EngineConfig.realistic());
    state = Engine.advance(apply(state, Scope.DEFAULT,
        RegisterWorkspaceDirectoryRequest.builder().directoryId(DIRECTORY).build()).state(), Duration.ofMinutes(1));
    Outcome created = apply(state, Scope.DEFAULT, CreateWorkspacesRequest.builder().addWorkspace(
        WorkspaceRequest.builder().directoryId(DIRECTORY).userName("Alice").bundleId(AmazonBundles.STANDARD_WINDOWS)
            .build()).build());
    String workspaceId =
        created.responseAs(CreateWorkspacesResult.class).pendingRequests().get(0).workspaceId().orElseThrow();
    Outcome alias = apply(created.state(), Scope.DEFAULT,
        CreateConnectionAliasRequest.builder().connectionString("desktop.example.com").build());
    Outcome gone = apply(alias.state(), Scope.DEFAULT,
        CreateConnectionAliasRequest.builder().connectionString("old.example.com").build());
    state = Engine.advance(gone.state(), Duration.ofMinutes(30));
    state = apply(state, Scope.DEFAULT, DeleteConnectionAliasRequest.builder().aliasId(aliasId(gone)).build()).state();
    state = apply(state, Scope.DEFAULT, UpdateConnectionAliasPermissionRequest.builder().aliasId(aliasId(alias))
        .connectionAliasPermission(ConnectionAliasPermission.builder().sharedAccountId(OTHER.accountId())
            .allowAssociation(true).build()).build()).state();
    state = apply(state, Scope.DEFAULT, CreateTagsRequest.builder().resourceId(aliasId(alias))
        .addTag(Tag.builder().key("team").value("blue").build()).build()).state();
    state = apply(state, Scope.DEFAULT,
        AssociateConnectionAliasRequest.builder().aliasId(aliasId(alias)).resourceId(DIRECTORY).build()).state();
    state = apply(state, Scope.DEFAULT,
        CreateAccountLinkInvitationRequest.builder().targetAccountId(OTHER.accountId()).build()).state();
    ScopeState scope = state.scope(Scope.DEFAULT);
    ScopeWorkspaces workspaces = scope.get(Kinds.WORKSPACES);
    WorkspaceEntry workspace = workspaces.find(workspaceId).orElseThrow();
    ChangeTimes times = workspace.changeTimes()
        .withVolumesResized(Instant.parse("2026-01-01T00:10:00.123Z"))
        .withComputeChanged(Instant.parse("2026-01-01T00:20:00Z"));
    return state.withScope(Scope.DEFAULT,
        scope.with(Kinds.WORKSPACES, workspaces.plus(workspace.withChangeTimes(times))));
  }

  @Test
  void sharedAliasesLinksAndChangeTimesRoundTripExactly() {
    State state = sample();
    AliasEntry alias = state.scope(Scope.DEFAULT).get(Kinds.CONNECTION_ALIASES).entries().values().stream()
        .filter(entry -> entry.connectionString().equals("desktop.example.com")).findFirst().orElseThrow();
    assertEquals(Optional.of(OTHER.accountId()), alias.sharedWith().stream().findFirst());
    assertTrue(alias.association().isPresent() && alias.pendingStep().isPresent(), alias::toString);
    assertEquals(2, state.scope(Scope.DEFAULT).get(Kinds.CONNECTION_ALIASES).reserved().size());
    assertEquals(1, state.scope(OTHER).get(Kinds.CONNECTION_ALIASES).sharedWithMe().size());
    assertEquals(1, state.scope(Scope.DEFAULT).get(Kinds.ACCOUNT_LINKS).entries().size());
    assertEquals(1, state.scope(OTHER).get(Kinds.ACCOUNT_LINKS).toMe().size());

    String written = StateJson.write(state);
    State read = StateJson.read(written);
    StateAssertions.assertSameState(state, read);
    assertEquals(state, read);
    assertEquals(written, StateJson.write(read));
    assertEquals(state, StateJson.read(StateJson.pretty(state)));
    assertTrue(written.contains("\"ChangeTimes\":{\"Launched\":\"2026-01-01T00:01:00Z\","
        + "\"VolumesResized\":\"2026-01-01T00:10:00.123Z\",\"ComputeChanged\":\"2026-01-01T00:20:00Z\"}"), written);
  }

  @Test
  void aDocumentWithoutTheLaterMembersHoldsNoneOfThem() {
    State state = State.initial(5, EngineConfig.realistic());
    state = apply(state, Scope.DEFAULT, RegisterWorkspaceDirectoryRequest.builder().directoryId(DIRECTORY).build())
        .state();
    String written = StateJson.write(state);
    String older = written.replace(",\"ConnectionAliases\":[],\"ConnectionAliasesSharedWithMe\":{},"
        + "\"ReservedConnectionStrings\":[],\"AccountLinks\":[],\"AccountLinksToMe\":{}", "");
    assertTrue(older.length() < written.length(), written);
    assertEquals(state, StateJson.read(older));
  }

  @Test
  void badNewMembersNameThePathAtFault() {
    String written = StateJson.write(sample());
    String scope = "Scopes.123456789012/us-east-1.";
    assertEquals(scope + "Workspaces[0].ChangeTimes.Launched", path(
        written.replaceFirst("\"Launched\":\"[^\"]*\"", "\"Launched\":\"at launch\"")));
    assertEquals(scope + "Workspaces[0].ChangeTimes", path(
        written.replaceFirst("\"ChangeTimes\":\\{[^}]*}", "\"ChangeTimes\":17")));
    assertEquals(scope + "ConnectionAliases[1].SharedWith[0]", path(
        written.replace("\"SharedWith\":[\"111122223333\"]", "\"SharedWith\":[17]")));
    assertEquals(scope + "ConnectionAliases[1].Alias", path(
        written.replace("\"ConnectionString\":\"desktop.example.com\"", "\"ConnectionString\":[]")));
    assertEquals(scope + "ConnectionAliases[0].PendingStep.Due", path(
        written.replaceFirst("(\"ConnectionAliases\":\\[\\{.*?\"PendingStep\":\\{\"Due\":)\"[^\"]*\"", "$1\"soon\"")));
    assertEquals(scope + "ReservedConnectionStrings", path(
        written.replaceFirst("\"ReservedConnectionStrings\":\\[\"[^]]*]", "\"ReservedConnectionStrings\":{}")));
    assertEquals("Scopes.111122223333/us-east-1.ConnectionAliasesSharedWithMe.wsca-", path(
        written.replaceFirst("(\"ConnectionAliasesSharedWithMe\":\\{\"wsca-)[^\"]*(\":)\"[^\"]*\"", "$1$2\"nowhere\"")));
    assertEquals(scope + "AccountLinks[0]", path(
        written.replaceFirst("\"AccountLinks\":\\[\\{[^]]*]", "\"AccountLinks\":[\"link\"]")));
    assertEquals("Scopes.111122223333/us-east-1.AccountLinksToMe.link-1", path(
        written.replaceFirst("\"AccountLinksToMe\":\\{[^}]+}", "\"AccountLinksToMe\":{\"link-1\":\"here\"}")));
  }

  private static String path(String document) {
    return assertThrows(StateJsonException.class, () -> StateJson.read(document)).path();
  }
}

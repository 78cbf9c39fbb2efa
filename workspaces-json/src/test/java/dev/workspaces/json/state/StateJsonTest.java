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
import dev.workspaces.engine.catalogue.CatalogueDirectory;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.model.Tag;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.response.CreateWorkspacesResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Export and import of a whole state, and the errors a bad document gets. */
class StateJsonTest {
  private static final String DIRECTORY = "d-1234567890";

  private static Outcome apply(State state, WorkspacesRequest request) {
    Outcome outcome = Engine.apply(state, Scope.DEFAULT, request);
    assertTrue(outcome.isSuccess(), () -> outcome.error().orElseThrow().message());
    return outcome;
  }

  private static State sample() {
    State state = State.initial(9, EngineConfig.realistic().withDuration(Transition.WORKSPACE_PENDING,
        Duration.ofMinutes(7)));
    state = state.withCatalogue(state.catalogue().with(CatalogueDirectory.simpleAd("d-abcdef0123", "eu-west-1")));
    state = Engine.advance(apply(state, RegisterWorkspaceDirectoryRequest.builder().directoryId(DIRECTORY).build())
        .state(), Duration.ofMinutes(1));
    Outcome created = apply(state, CreateWorkspacesRequest.builder().addWorkspace(WorkspaceRequest.builder()
        .directoryId(DIRECTORY).userName("Alice").bundleId(AmazonBundles.STANDARD_WINDOWS).build()).build());
    String id = created.responseAs(CreateWorkspacesResult.class).pendingRequests().get(0).workspaceId().orElseThrow();
    state = Engine.advance(created.state(), Duration.ofMinutes(7));
    state = apply(state, CreateTagsRequest.builder().resourceId(id).addTag(Tag.builder().key("team").value("blue")
        .build()).build()).state();
    return Engine.connectUser(state, Scope.DEFAULT, id).state();
  }

  @Test
  void aStateRoundTripsExactly() {
    State state = sample();
    String written = StateJson.write(state);
    State read = StateJson.read(written);
    assertEquals(state, read);
    assertEquals(written, StateJson.write(read));
    assertEquals(state, StateJson.read(StateJson.pretty(state)));
    assertEquals(Engine.apply(state, Scope.DEFAULT, DescribeWorkspacesRequest.builder().build()).response(),
        Engine.apply(read, Scope.DEFAULT, DescribeWorkspacesRequest.builder().build()).response());
  }

  @Test
  void badDocumentsNameTheMemberAtFault() {
    String written = StateJson.write(sample());
    assertEquals("", assertThrows(StateJsonException.class, () -> StateJson.read("{")).path());
    assertEquals("Format", assertThrows(StateJsonException.class, () -> StateJson.read("{}")).path());
    assertEquals("Clock", assertThrows(StateJsonException.class,
        () -> StateJson.read(written.replaceFirst("\"Clock\":\"[^\"]*\"", "\"Clock\":\"yesterday\""))).path());
    assertEquals("Scopes.123456789012/us-east-1.Workspaces[0].Snapshots[0]: expected a string",
        assertThrows(StateJsonException.class,
            () -> StateJson.read(written.replace("\"Snapshots\":[\"", "\"Snapshots\":[17,\""))).getMessage());
    assertEquals("Scopes.123456789012/us-east-1.Users", assertThrows(StateJsonException.class,
        () -> StateJson.read(written.replaceFirst(",\"Users\":\\[[^]]*]", ""))).path());
    StateJsonException badWorkspace = assertThrows(StateJsonException.class,
        () -> StateJson.read(written.replace("\"UserName\":\"Alice\"", "\"UserName\":17")));
    assertEquals("Scopes.123456789012/us-east-1.Workspaces[0].Workspace", badWorkspace.path(),
        badWorkspace.getMessage());
    assertEquals("Config.Durations.WORKSPACE_PENDNG", assertThrows(StateJsonException.class,
        () -> StateJson.read(written.replace("WORKSPACE_PENDING\":", "WORKSPACE_PENDNG\":"))).path());
  }
}

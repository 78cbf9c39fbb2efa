package dev.workspaces.engine;

import static dev.workspaces.engine.Fixtures.DIRECTORY;
import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.Fixtures.accepted;
import static dev.workspaces.engine.Fixtures.create;
import static dev.workspaces.engine.Fixtures.stateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.FailedCreateWorkspaceRequest;
import dev.workspaces.model.Protocol;
import dev.workspaces.model.RebootRequest;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.StartRequest;
import dev.workspaces.model.StopRequest;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.RebootWorkspacesRequest;
import dev.workspaces.model.request.StartWorkspacesRequest;
import dev.workspaces.model.request.StopWorkspacesRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import dev.workspaces.model.response.CreateWorkspacesResult;
import dev.workspaces.model.response.StopWorkspacesResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** STATE1 + ACTIONS = STATE2 style tests of the WorkSpace lifecycle through Engine.apply. */
class WorkspaceLifecycleTest {
  private static final State REGISTERED = Fixtures.withDirectory(State.initial(7));

  private static String createOne(State state, String user, State[] next) {
    Outcome outcome = accepted(state, create(user));
    CreateWorkspacesResult result = outcome.responseAs(CreateWorkspacesResult.class);
    assertEquals(java.util.List.of(), result.failedRequests());
    next[0] = outcome.state();
    return result.pendingRequests().get(0).workspaceId().orElseThrow();
  }

  @Test
  void aNewWorkspaceIsPendingAndBecomesAvailableAfterTwentyMinutes() {
    State[] next = new State[1];
    String id = createOne(REGISTERED, "alice", next);
    assertTrue(id.matches("^ws-[0-9a-z]{9}$"), id);
    assertEquals(WorkspaceState.PENDING, stateOf(next[0], id));
    assertEquals(WorkspaceState.PENDING, stateOf(Engine.advance(next[0], Duration.ofMinutes(19)), id));
    assertEquals(WorkspaceState.AVAILABLE, stateOf(Engine.advance(next[0], Duration.ofMinutes(20)), id));
  }

  @Test
  void createFillsDefaultsFromTheBundleAndTheService() {
    State[] next = new State[1];
    String id = createOne(REGISTERED, "alice", next);
    Workspace workspace = next[0].scope(SCOPE).get(Kinds.WORKSPACES).entries().get(id).workspace();
    WorkspaceProperties properties = workspace.workspaceProperties().orElseThrow();
    assertEquals(RunningMode.AUTO_STOP, properties.runningMode().orElseThrow());
    assertEquals(60, properties.runningModeAutoStopTimeoutInMinutes().orElseThrow());
    assertEquals(80, properties.rootVolumeSizeGib().orElseThrow());
    assertEquals(50, properties.userVolumeSizeGib().orElseThrow());
    assertEquals(java.util.List.of(Protocol.PCOIP), properties.protocols());
    assertEquals(DIRECTORY, workspace.directoryId().orElseThrow());
  }

  @Test
  void createRefusesItemsOneByOneAndKeepsTheGoodOnes() {
    State[] next = new State[1];
    createOne(REGISTERED, "alice", next);
    CreateWorkspacesRequest request = CreateWorkspacesRequest.builder()
        .addWorkspace(WorkspaceRequest.builder().directoryId(DIRECTORY).userName("ALICE")
            .bundleId(AmazonBundles.STANDARD_WINDOWS).build())
        .addWorkspace(WorkspaceRequest.builder().directoryId("d-9999999999").userName("bob")
            .bundleId(AmazonBundles.STANDARD_WINDOWS).build())
        .addWorkspace(WorkspaceRequest.builder().directoryId(DIRECTORY).userName("carol")
            .bundleId("wsb-000000000").build())
        .addWorkspace(WorkspaceRequest.builder().directoryId(DIRECTORY).userName("dave")
            .bundleId(AmazonBundles.STANDARD_WINDOWS)
            .workspaceProperties(WorkspaceProperties.builder().runningModeAutoStopTimeoutInMinutes(90).build())
            .build())
        .addWorkspace(WorkspaceRequest.builder().directoryId(DIRECTORY).userName("erin")
            .bundleId(AmazonBundles.STANDARD_LINUX).build())
        .build();
    CreateWorkspacesResult result = accepted(next[0], request).responseAs(CreateWorkspacesResult.class);
    assertEquals(java.util.List.of("ResourceExists.WorkSpace", "ResourceNotFound.Directory",
            "ResourceNotFoundException", "InvalidParameterValuesException"),
        result.failedRequests().stream().map(f -> f.errorCode().orElseThrow()).toList());
    FailedCreateWorkspaceRequest unknownBundle = result.failedRequests().get(2);
    assertTrue(unknownBundle.errorMessage().orElseThrow().contains("wsb-000000000"));
    assertEquals(1, result.pendingRequests().size());
    assertEquals(java.util.List.of(Protocol.WSP),
        result.pendingRequests().get(0).workspaceProperties().orElseThrow().protocols());
  }

  @Test
  void rebootStopStartRebuildAndTerminateWalkTheDocumentedStates() {
    State[] next = new State[1];
    String id = createOne(REGISTERED, "alice", next);
    State state = Engine.advance(next[0], Duration.ofMinutes(20));

    state = accepted(state, RebootWorkspacesRequest.builder()
        .addRebootWorkspaceRequest(RebootRequest.builder().workspaceId(id).build()).build()).state();
    assertEquals(WorkspaceState.REBOOTING, stateOf(state, id));
    state = Engine.advance(state, Duration.ofMinutes(3));
    assertEquals(WorkspaceState.AVAILABLE, stateOf(state, id));

    state = accepted(state, StopWorkspacesRequest.builder()
        .addStopWorkspaceRequest(StopRequest.builder().workspaceId(id).build()).build()).state();
    assertEquals(WorkspaceState.STOPPING, stateOf(state, id));
    state = Engine.advance(state, Duration.ofMinutes(2));
    assertEquals(WorkspaceState.STOPPED, stateOf(state, id));

    state = accepted(state, StartWorkspacesRequest.builder()
        .addStartWorkspaceRequest(StartRequest.builder().workspaceId(id).build()).build()).state();
    state = Engine.advance(state, Duration.ofMinutes(2));
    assertEquals(WorkspaceState.AVAILABLE, stateOf(state, id));

    state = accepted(state, TerminateWorkspacesRequest.builder()
        .addTerminateWorkspaceRequest(TerminateRequest.builder().workspaceId(id).build()).build()).state();
    assertEquals(WorkspaceState.TERMINATING, stateOf(state, id));
    state = Engine.advance(state, Duration.ofMinutes(5));
    assertEquals(WorkspaceState.TERMINATED, stateOf(state, id));
    state = Engine.advance(state, Duration.ofHours(1));
    assertFalse(state.scope(SCOPE).get(Kinds.WORKSPACES).entries().containsKey(id), "a terminated WorkSpace disappears");
    assertTrue(state.timeline().isEmpty());
  }

  @Test
  void batchItemsAreRefusedIndividuallyWithTheirOwnCodes() {
    State[] next = new State[1];
    String id = createOne(REGISTERED, "alice", next);
    Outcome outcome = accepted(next[0], StopWorkspacesRequest.builder()
        .addStopWorkspaceRequest(StopRequest.builder().workspaceId(id).build())
        .addStopWorkspaceRequest(StopRequest.builder().workspaceId("ws-000000000").build())
        .addStopWorkspaceRequest(StopRequest.builder().build())
        .build());
    StopWorkspacesResult result = outcome.responseAs(StopWorkspacesResult.class);
    assertEquals(java.util.List.of("InvalidResourceStateException", "ResourceNotFoundException",
            "InvalidParameterValuesException"),
        result.failedRequests().stream().map(f -> f.errorCode().orElseThrow()).toList());
    assertTrue(result.failedRequests().get(0).errorMessage().orElseThrow().contains("PENDING"));
    assertEquals(next[0], outcome.state(), "nothing was stopped");
  }

  @Test
  void aTerminatedUserCanBeGivenANewWorkspace() {
    State[] next = new State[1];
    String first = createOne(REGISTERED, "alice", next);
    State state = accepted(next[0], TerminateWorkspacesRequest.builder()
        .addTerminateWorkspaceRequest(TerminateRequest.builder().workspaceId(first).build()).build()).state();
    String second = createOne(state, "alice", next);
    assertFalse(first.equals(second));
  }

  @Test
  void invalidRequestsGetValidationExceptionAndChangeNothing() {
    Outcome outcome = Engine.apply(REGISTERED, SCOPE, RebootWorkspacesRequest.builder()
        .addRebootWorkspaceRequest(RebootRequest.builder().workspaceId("not-a-workspace!").build()).build());
    assertEquals(ErrorCode.VALIDATION_EXCEPTION, outcome.error().orElseThrow().code());
    assertEquals("1 validation error detected: Value 'not-a-workspace!' at "
            + "'rebootWorkspaceRequests.1.member.workspaceId' failed to satisfy constraint: Member must "
            + "satisfy regular expression pattern: ^ws-[0-9a-z]{8,63}$",
        outcome.error().orElseThrow().message());
    assertEquals(REGISTERED, outcome.state());
  }

  @Test
  void operationsOutsideTheSimulationAreRefusedAsNotSupported() {
    Outcome outcome = Engine.apply(REGISTERED, SCOPE,
        dev.workspaces.model.request.DescribeAccountRequest.builder().build());
    assertEquals(ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, outcome.error().orElseThrow().code());
    assertTrue(outcome.error().orElseThrow().message().contains("DescribeAccount"));
  }

  @Test
  void theSameSeedAndActionsGiveEqualStates() {
    State[] a = new State[1];
    State[] b = new State[1];
    String first = createOne(Fixtures.withDirectory(State.initial(42)), "alice", a);
    String second = createOne(Fixtures.withDirectory(State.initial(42)), "alice", b);
    assertEquals(first, second);
    assertEquals(a[0], b[0]);
    String other = createOne(Fixtures.withDirectory(State.initial(43)), "alice", b);
    assertFalse(first.equals(other), "another seed gives other ids");
  }

  @Test
  void anotherAccountDoesNotSeeTheWorkspace() {
    State[] next = new State[1];
    String id = createOne(REGISTERED, "alice", next);
    Scope other = Scope.of("210987654321", "us-east-1");
    Outcome outcome = Engine.apply(next[0], other, RebootWorkspacesRequest.builder()
        .addRebootWorkspaceRequest(RebootRequest.builder().workspaceId(id).build()).build());
    assertEquals("ResourceNotFoundException", outcome.responseAs(
        dev.workspaces.model.response.RebootWorkspacesResult.class).failedRequests().get(0).errorCode().orElseThrow());
  }
}

package dev.workspaces.engine.op.directory;

import static dev.workspaces.engine.Fixtures.assertRefused;
import static dev.workspaces.engine.op.directory.DirectoryHandlersTest.apply;
import static dev.workspaces.engine.op.directory.DirectoryHandlersTest.deregister;
import static dev.workspaces.engine.op.directory.DirectoryHandlersTest.describe;
import static dev.workspaces.engine.op.directory.DirectoryHandlersTest.only;
import static dev.workspaces.engine.op.directory.DirectoryHandlersTest.register;
import static dev.workspaces.engine.op.directory.DirectoryHandlersTest.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.model.Tag;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import dev.workspaces.model.response.CreateWorkspacesResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DeregisterWorkspaceDirectory, through {@link Engine#apply}. */
class DeregisterWorkspaceDirectoryHandlerTest {
  private static final String DIRECTORY = "d-1234567890";
  private static final State START = State.initial(42);

  @Test
  void deregisterMovesThroughDeregisteredAndThenDisappears() {
    State state = registered(apply(START, register(DIRECTORY)
        .tags(List.of(Tag.builder().key("team").value("blue").build())).build()).state());

    Outcome outcome = apply(state, deregister(DIRECTORY));

    assertTrue(outcome.isSuccess());
    assertEquals(WorkspaceDirectoryState.DEREGISTERING, only(outcome.state()).state().orElseThrow());
    State deregistered = Engine.advance(outcome.state(), Duration.ofMinutes(1));
    assertEquals(WorkspaceDirectoryState.DEREGISTERED, only(deregistered).state().orElseThrow());
    State gone = Engine.advance(deregistered, Duration.ofMinutes(10));
    assertEquals(List.of(), describe(gone).directories());
    assertTrue(gone.scope(Scope.DEFAULT).tags().isEmpty());
    assertTrue(gone.timeline().isEmpty());
  }

  @Test
  void deregisteringAnUnknownDirectoryIsRefused() {
    assertRefused(apply(START, deregister(DIRECTORY)), START,
        ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, DIRECTORY);
  }

  @Test
  void deregisteringADeregisteredDirectoryIsRefusedAsNotFound() {
    State state = registered(apply(START, register(DIRECTORY).build()).state());
    State deregistered = Engine.advance(apply(state, deregister(DIRECTORY)).state(), Duration.ofMinutes(1));

    assertRefused(apply(deregistered, deregister(DIRECTORY)), deregistered,
        ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, DIRECTORY);
  }

  @Test
  void deregisteringWhileRegisteringOrDeregisteringIsRefused() {
    State registering = apply(START, register(DIRECTORY).build()).state();
    State deregistering = apply(Engine.advance(registering, Duration.ofMinutes(1)), deregister(DIRECTORY)).state();

    assertRefused(apply(registering, deregister(DIRECTORY)), registering,
        ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION, DIRECTORY, "REGISTERING");
    assertRefused(apply(deregistering, deregister(DIRECTORY)), deregistering,
        ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION, DIRECTORY, "DEREGISTERING");
  }

  @Test
  void aDirectoryWithWorkspacesCannotBeDeregisteredUntilTheyAreTerminated() {
    State state = registered(apply(START, register(DIRECTORY).build()).state());
    Outcome created = apply(state, CreateWorkspacesRequest.builder().workspaces(List.of(WorkspaceRequest.builder()
        .directoryId(DIRECTORY).userName("alice").bundleId(AmazonBundles.STANDARD_WINDOWS).build())).build());
    String workspaceId = created.responseAs(CreateWorkspacesResult.class).pendingRequests().get(0)
        .workspaceId().orElseThrow();
    State withWorkspace = Engine.advance(created.state(), Duration.ofMinutes(20));

    assertRefused(apply(withWorkspace, deregister(DIRECTORY)), withWorkspace,
        ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, DIRECTORY, workspaceId);

    State terminating = apply(withWorkspace, TerminateWorkspacesRequest.builder()
        .terminateWorkspaceRequests(List.of(TerminateRequest.builder().workspaceId(workspaceId).build())).build()).state();
    assertRefused(apply(terminating, deregister(DIRECTORY)), terminating,
        ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, workspaceId);
    State terminated = Engine.advance(terminating, Duration.ofMinutes(5));
    assertTrue(apply(terminated, deregister(DIRECTORY)).isSuccess());
  }
}

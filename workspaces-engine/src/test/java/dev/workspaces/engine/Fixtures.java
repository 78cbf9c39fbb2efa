package dev.workspaces.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import java.time.Duration;

/** Shared starting points for engine tests. */
public final class Fixtures {
  public static final String DIRECTORY = "d-1234567890";
  public static final Scope SCOPE = Scope.DEFAULT;

  private Fixtures() {}

  /** Applies {@code request} and fails the test if it is refused. */
  public static Outcome accepted(State state, WorkspacesRequest request) {
    Outcome outcome = Engine.apply(state, SCOPE, request);
    if (!outcome.isSuccess()) {
      throw new AssertionError("refused: " + outcome.error().orElseThrow());
    }
    return outcome;
  }

  /** Returns a state with {@link #DIRECTORY} registered and REGISTERED. */
  public static State withDirectory(State state) {
    Outcome outcome = accepted(state, RegisterWorkspaceDirectoryRequest.builder().directoryId(DIRECTORY).build());
    return Engine.advance(outcome.state(), Duration.ofMinutes(1));
  }

  /** Returns a create request for {@code user} in {@link #DIRECTORY} on the standard Windows bundle. */
  public static CreateWorkspacesRequest create(String... users) {
    CreateWorkspacesRequest.Builder request = CreateWorkspacesRequest.builder();
    for (String user : users) {
      request.addWorkspace(WorkspaceRequest.builder().directoryId(DIRECTORY).userName(user)
          .bundleId(AmazonBundles.STANDARD_WINDOWS).build());
    }
    return request.build();
  }

  /**
   * Returns {@code state} holding a WorkSpace {@code id} put directly into {@code workspaceState}
   * with {@code mode} (bypassing the operations, to pin precondition examples), with one snapshot.
   */
  public static State withWorkspaceIn(State state, String id, WorkspaceState workspaceState, RunningMode mode) {
    StateEditor editor = new StateEditor(state, SCOPE);
    Workspace workspace = Workspace.builder().workspaceId(id).directoryId(DIRECTORY).userName("user-" + id)
        .bundleId(AmazonBundles.STANDARD_WINDOWS).state(workspaceState)
        .workspaceProperties(WorkspaceProperties.builder().runningMode(mode).build()).build();
    WorkspaceEntry entry = WorkspaceEntry.of(workspace).withSnapshot(state.clock());
    editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.plus(entry));
    return editor.state();
  }

  /** Returns the state of WorkSpace {@code id} in {@code state}. */
  public static WorkspaceState stateOf(State state, String id) {
    return state.scope(SCOPE).get(Kinds.WORKSPACES).entries().get(id).state();
  }

  /**
   * Asserts that {@code outcome} is a refusal with {@code code} whose message names each of
   * {@code named}, and that it left {@code before} unchanged.
   */
  public static void assertRefused(Outcome outcome, State before, ErrorCode code, String... named) {
    assertFalse(outcome.isSuccess(), "expected " + code + " but succeeded");
    assertEquals(code, outcome.error().orElseThrow().code(), outcome.error().orElseThrow().message());
    for (String name : named) {
      assertTrue(outcome.error().orElseThrow().message().contains(name),
          "message should name " + name + ": " + outcome.error().orElseThrow().message());
    }
    assertEquals(before, outcome.state());
  }
}

package dev.workspaces.engine.rule;

import static dev.workspaces.model.RunningMode.ALWAYS_ON;
import static dev.workspaces.model.RunningMode.AUTO_STOP;
import static dev.workspaces.model.WorkspaceState.AVAILABLE;
import static dev.workspaces.model.WorkspaceState.PENDING;
import static dev.workspaces.model.WorkspaceState.STARTING;
import static dev.workspaces.model.WorkspaceState.STOPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.State;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceState;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pinned accepted and one pinned refused example per row of {@link ConnectionRule}: a user
 * connecting to (or disconnecting from) a WorkSpace in a given state and running mode.
 */
class ConnectionRuleExamplesTest {
  private static final String ID = "ws-abcdef123";

  /** How the example acts on the WorkSpace. */
  enum Act { CONNECT, DISCONNECT, CONNECT_ELSEWHERE, CONNECT_THEN_DISCONNECT }

  record Example(ConnectionRule row, Act act, WorkspaceState from, RunningMode mode, boolean accepted,
      WorkspaceState expectedState) {
    @Override
    public String toString() {
      return row + (accepted ? " accepts " : " refuses ") + act + " " + from + "/" + mode;
    }
  }

  static Stream<Example> examples() {
    return Stream.of(
        new Example(ConnectionRule.WORKSPACE_EXISTS, Act.CONNECT, AVAILABLE, ALWAYS_ON, true, AVAILABLE),
        new Example(ConnectionRule.WORKSPACE_EXISTS, Act.CONNECT_ELSEWHERE, AVAILABLE, ALWAYS_ON, false, AVAILABLE),
        new Example(ConnectionRule.CONNECTABLE, Act.CONNECT, STOPPED, AUTO_STOP, true, STARTING),
        new Example(ConnectionRule.CONNECTABLE, Act.CONNECT, STOPPED, ALWAYS_ON, false, STOPPED),
        new Example(ConnectionRule.CONNECTABLE, Act.CONNECT, PENDING, AUTO_STOP, false, PENDING),
        new Example(ConnectionRule.CONNECTED, Act.CONNECT_THEN_DISCONNECT, AVAILABLE, AUTO_STOP, true, AVAILABLE),
        new Example(ConnectionRule.CONNECTED, Act.DISCONNECT, AVAILABLE, AUTO_STOP, false, AVAILABLE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRowDecidesTheOutcome(Example example) {
    State start = Fixtures.withWorkspaceIn(State.initial(1), ID, example.from(), example.mode());
    State before = example.act() == Act.CONNECT_THEN_DISCONNECT
        ? Engine.connectUser(start, Fixtures.SCOPE, ID).state() : start;
    Outcome outcome = switch (example.act()) {
      case CONNECT -> Engine.connectUser(before, Fixtures.SCOPE, ID);
      case CONNECT_ELSEWHERE -> Engine.connectUser(before, Fixtures.SCOPE, "ws-000000000");
      case DISCONNECT, CONNECT_THEN_DISCONNECT -> Engine.disconnectUser(before, Fixtures.SCOPE, ID);
    };
    assertEquals(example.accepted(), outcome.isSuccess(), () -> "outcome: " + outcome.error());
    assertEquals(example.expectedState(), Fixtures.stateOf(outcome.state(), ID));
    if (!example.accepted()) {
      assertEquals(example.row(), outcome.error().orElseThrow().rule(), "the refusal names its row");
      assertEquals(example.row().errorCode(), outcome.error().orElseThrow().code());
      assertEquals(before, outcome.state(), "a refused hook changes nothing");
    }
  }
}

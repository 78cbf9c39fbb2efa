package dev.workspaces.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.model.WorkspaceState;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The fake's virtual clock, advancing until idle, and the compact text of a state. */
class FakeTimeAndSummaryTest {

  @Test
  void clockReadsTheVirtualTimeAsItMoves() {
    WorkspacesFake fake = WorkspacesFake.create();
    Clock clock = fake.clock();
    assertEquals(State.EPOCH, clock.instant());
    fake.advance(Duration.ofMinutes(7));
    assertEquals(State.EPOCH.plus(Duration.ofMinutes(7)), clock.instant());
    assertEquals(clock.instant(), clock.withZone(java.time.ZoneId.of("Europe/Paris")).instant());
  }

  @Test
  void advanceUntilIdleCompletesEveryStepAndSaysHowFarTimeMoved() {
    WorkspacesFake fake = WorkspacesFake.create(Fixtures.withDirectory(State.initial(3)));
    fake.call(Fixtures.create("alice"));
    Duration moved = fake.advanceUntilIdle();
    assertEquals(Duration.ofMinutes(20), moved, "a new WorkSpace is PENDING for 20 minutes");
    assertTrue(fake.snapshot().timeline().isEmpty());
    String id = fake.snapshot().scope(Scope.DEFAULT).get(dev.workspaces.engine.state.Kinds.WORKSPACES)
        .entries().keySet().iterator().next();
    assertEquals(WorkspaceState.AVAILABLE, Fixtures.stateOf(fake.snapshot(), id));
    assertEquals(Duration.ZERO, fake.advanceUntilIdle(), "nothing pending: time stays");
  }

  @Test
  void advanceUntilIdleGivesUpAtItsLimit() {
    State pending = Fixtures.accepted(Fixtures.withDirectory(State.initial(3)), Fixtures.create("alice")).state();
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> Engine.advanceUntilIdle(pending, Duration.ofMinutes(5)));
    assertTrue(error.getMessage().contains("WORKSPACE_PENDING"), error.getMessage());
  }

  @Test
  void toStringIsAShortSummary() {
    State state = Fixtures.accepted(Fixtures.withDirectory(State.initial(3)), Fixtures.create("alice", "bob")).state();
    String text = state.toString();
    String[] lines = text.split("\n");
    assertEquals(4, lines.length, text);
    assertTrue(lines[0].startsWith("State[clock=2026-01-01T00:01:00Z, seed=3,"), text);
    assertTrue(lines[0].endsWith("pending steps=2]"), text);
    assertEquals("  123456789012/us-east-1: Directories=1, Workspaces=2", lines[1]);
    assertTrue(lines[2].startsWith("  at 2026-01-01T00:21:00Z: WORKSPACE_PENDING ws-"), text);
  }
}

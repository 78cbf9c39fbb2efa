package dev.workspaces.engine;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one mutable {@link State} behind a {@link WorkspacesFake}, its {@link WorkspacesFake#as(Scope)
 * views} and any endpoint made over the fake: every change runs under this cell's lock, so changes
 * are applied one at a time and each sees the result of the one before.
 */
public final class StateCell {
  private State state;

  /** Returns a cell holding {@code initial}. */
  public StateCell(State initial) {
    this.state = Objects.requireNonNull(initial, "initial");
  }

  /** Runs {@code step} on the current state, keeps the state of its outcome and returns the outcome. */
  public synchronized Outcome update(Function<State, Outcome> step) {
    Outcome outcome = step.apply(state);
    state = outcome.state();
    return outcome;
  }

  /** Replaces the state with {@code change} applied to it; returns the new state. */
  public synchronized State replace(UnaryOperator<State> change) {
    state = Objects.requireNonNull(change.apply(state), "change returned null");
    return state;
  }

  /** Returns the current state. */
  public synchronized State get() {
    return state;
  }
}

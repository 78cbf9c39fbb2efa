package dev.workspaces.server.state;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.EngineConfig;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.server.ClockMode;
import dev.workspaces.server.ServerConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * The one mutable cell of a server: the current {@link State}, changed only under this object's
 * lock, so requests are applied one at a time in arrival order.
 *
 * <p>In {@link ClockMode#WALL} every public method first brings virtual time up to what the wall
 * clock says is due; every replacement of the state re-anchors that mapping at the new clock.
 */
@API(status = INTERNAL)
public final class StateHolder {
  private final long seed;
  private final EngineConfig engineConfig;
  private final Optional<WallClockSync> wall;
  private State state;

  /** Returns a holder of a fresh state from {@code config}'s seed and profile, in its clock mode. */
  public StateHolder(ServerConfig config) {
    this.seed = config.seed();
    this.engineConfig = config.profile().engineConfig();
    this.state = State.initial(seed, engineConfig);
    this.wall = config.clockMode() == ClockMode.WALL
        ? Optional.of(new WallClockSync(config.wallNanos(), config.timeScale(), state.clock()))
        : Optional.empty();
  }

  /** Applies {@code request} for {@code scope}; a refusal leaves the state as it was. */
  public synchronized Outcome apply(Scope scope, WorkspacesRequest request) {
    catchUp();
    Outcome outcome = Engine.apply(state, scope, request);
    state = outcome.state();
    return outcome;
  }

  /**
   * Applies {@code step}, a change that may be refused (such as {@code Engine.connectUser}), and
   * keeps the state it returns: a refusal returns the state as it was.
   */
  public synchronized Outcome apply(Function<State, Outcome> step) {
    catchUp();
    Outcome outcome = step.apply(state);
    state = outcome.state();
    return outcome;
  }

  /** Returns the current state. */
  public synchronized State read() {
    catchUp();
    return state;
  }

  /** Moves virtual time forward by {@code duration}; returns the new state. */
  public synchronized State advance(Duration duration) {
    catchUp();
    return install(Engine.advance(state, duration));
  }

  /** Replaces the state with a fresh one built from the configured seed and profile. */
  public synchronized State reset() {
    return install(State.initial(seed, engineConfig));
  }

  /** Replaces the state with {@code change} applied to it; returns the new state. */
  public synchronized State replace(UnaryOperator<State> change) {
    catchUp();
    return install(Objects.requireNonNull(change.apply(state), "change returned null"));
  }

  private State install(State next) {
    state = next;
    wall.ifPresent(sync -> sync.rebase(next.clock()));
    return next;
  }

  private void catchUp() {
    if (wall.isEmpty()) {
      return;
    }
    Instant due = wall.get().due();
    if (due.isAfter(state.clock())) {
      state = Engine.advance(state, Duration.between(state.clock(), due));
    }
  }
}

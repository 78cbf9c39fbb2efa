package dev.workspaces.server.state;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.EngineConfig;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.StateCell;
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
 * The server's access to its {@link StateCell}: every change is one change of the cell, so requests
 * are applied one at a time in arrival order, also when a {@code WorkspacesFake} shares the cell.
 *
 * <p>In {@link ClockMode#WALL} every public method first brings virtual time up to what the wall
 * clock says is due; every replacement of the state re-anchors that mapping at the new clock. Calls
 * made on a fake that shares the cell do not move the clock.
 */
@API(status = INTERNAL)
public final class StateHolder {
  private final long seed;
  private final EngineConfig engineConfig;
  private final Optional<WallClockSync> wall;
  private final StateCell cell;

  /** Returns a holder of a fresh state from {@code config}'s seed and profile, in its clock mode. */
  public StateHolder(ServerConfig config) {
    this(config, new StateCell(State.initial(config.seed(), config.profile().engineConfig())));
  }

  /**
   * Returns a holder over {@code cell}, in {@code config}'s clock mode; a reset installs a fresh
   * state from {@code config}'s seed and profile.
   */
  public StateHolder(ServerConfig config, StateCell cell) {
    this.seed = config.seed();
    this.engineConfig = config.profile().engineConfig();
    this.cell = Objects.requireNonNull(cell, "cell");
    this.wall = config.clockMode() == ClockMode.WALL
        ? Optional.of(new WallClockSync(config.wallNanos(), config.timeScale(), cell.get().clock()))
        : Optional.empty();
  }

  /** Applies {@code request} for {@code scope}; a refusal leaves the state as it was. */
  public Outcome apply(Scope scope, WorkspacesRequest request) {
    return apply(state -> Engine.apply(state, scope, request));
  }

  /**
   * Applies {@code step}, a change that may be refused (such as {@code Engine.connectUser}), and
   * keeps the state it returns: a refusal returns the state as it was.
   */
  public synchronized Outcome apply(Function<State, Outcome> step) {
    return cell.update(state -> step.apply(caughtUp(state)));
  }

  /** Returns the current state. */
  public synchronized State read() {
    return cell.replace(this::caughtUp);
  }

  /** Moves virtual time forward by {@code duration}; returns the new state. */
  public synchronized State advance(Duration duration) {
    return cell.replace(state -> rebased(Engine.advance(caughtUp(state), duration)));
  }

  /** Replaces the state with a fresh one built from the configured seed and profile. */
  public synchronized State reset() {
    return cell.replace(state -> rebased(State.initial(seed, engineConfig)));
  }

  /** Replaces the state with {@code change} applied to it; returns the new state. */
  public synchronized State replace(UnaryOperator<State> change) {
    return cell.replace(state ->
        rebased(Objects.requireNonNull(change.apply(caughtUp(state)), "change returned null")));
  }

  private State rebased(State next) {
    wall.ifPresent(sync -> sync.rebase(next.clock()));
    return next;
  }

  private State caughtUp(State state) {
    if (wall.isEmpty()) {
      return state;
    }
    Instant due = wall.get().due();
    return due.isAfter(state.clock()) ? Engine.advance(state, Duration.between(state.clock(), due)) : state;
  }
}

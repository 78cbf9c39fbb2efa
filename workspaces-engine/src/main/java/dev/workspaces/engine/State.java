package dev.workspaces.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.base.Preconditions;
import dev.workspaces.engine.catalogue.DirectoryCatalogue;
import dev.workspaces.engine.state.ScheduledStep;
import dev.workspaces.engine.state.ScopeState;
import dev.workspaces.engine.state.TimelineKey;
import java.time.Instant;
import org.apiguardian.api.API;
import org.pcollections.TreePMap;

/**
 * The whole simulated service: every account and region, the virtual clock, the id generator's
 * position, and the asynchronous steps waiting on the timeline.
 *
 * <h2>Guarantees</h2>
 * Immutable and compared by value: two states built by the same seed and the same actions are
 * equal. Nothing here reads the wall clock or an unseeded random source. {@link #toString()} is a
 * short summary (counts per scope and kind, the next pending steps); the whole state as JSON is
 * {@code dev.workspaces.json.state.StateDump} in workspaces-json.
 *
 * @param clock the virtual time now
 * @param seed the seed ids are derived from
 * @param idCounter how many ids have been issued
 * @param stepCounter how many steps have been scheduled
 * @param config step durations and limits
 * @param catalogue the directories that exist outside the API
 * @param scopes what each account owns in each region
 * @param timeline the pending asynchronous steps, in due order
 */
public record State(
    Instant clock,
    long seed,
    long idCounter,
    long stepCounter,
    EngineConfig config,
    DirectoryCatalogue catalogue,
    TreePMap<Scope, ScopeState> scopes,
    TreePMap<TimelineKey, ScheduledStep> timeline) {

  /** The virtual time a new state starts at. */
  public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  /** Returns an empty state with realistic step durations and a permissive directory catalogue. */
  public static State initial(long seed) {
    return initial(seed, EngineConfig.realistic());
  }

  /** Returns an empty state with the given configuration. */
  public static State initial(long seed, EngineConfig config) {
    return new State(EPOCH, seed, 0, 0, config, DirectoryCatalogue.permissiveCatalogue(),
        TreePMap.empty(), TreePMap.empty());
  }

  /** Returns what {@code scope} owns (nothing, for a scope never used). */
  public ScopeState scope(Scope scope) {
    return scopes.getOrDefault(scope, ScopeState.EMPTY);
  }

  /** Returns a copy in which {@code scope} owns {@code next}. */
  public State withScope(Scope scope, ScopeState next) {
    return new State(clock, seed, idCounter, stepCounter, config, catalogue,
        scopes.plus(scope, next), timeline);
  }

  /** Returns a copy with another directory catalogue. */
  public State withCatalogue(DirectoryCatalogue next) {
    return new State(clock, seed, idCounter, stepCounter, config, next, scopes, timeline);
  }

  /** Returns a copy with another configuration (already scheduled steps keep their due times). */
  public State withConfig(EngineConfig next) {
    return new State(clock, seed, idCounter, stepCounter, next, catalogue, scopes, timeline);
  }

  /**
   * Returns a copy whose clock reads {@code time}.
   *
   * @throws IllegalArgumentException if {@code time} is before the current clock
   */
  public State withClock(Instant time) {
    Preconditions.checkArgument(!time.isBefore(clock), "the clock cannot go back: %s < %s", time, clock);
    return new State(time, seed, idCounter, stepCounter, config, catalogue, scopes, timeline);
  }

  /** Returns a copy with other id and step counters: for the engine's state editor. */
  @API(status = INTERNAL)
  public State withCounters(long nextIdCounter, long nextStepCounter) {
    return new State(clock, seed, nextIdCounter, nextStepCounter, config, catalogue, scopes, timeline);
  }

  /** Returns a copy with another timeline: for the engine's state editor and step runner. */
  @API(status = INTERNAL)
  public State withTimeline(TreePMap<TimelineKey, ScheduledStep> next) {
    return new State(clock, seed, idCounter, stepCounter, config, catalogue, scopes, next);
  }

  /**
   * Returns a summary of a few lines: the virtual time, seed and counters, one line per scope with
   * how many resources of each kind it holds, and the first pending steps in due order.
   */
  @Override
  public String toString() {
    return StateSummary.of(this);
  }
}

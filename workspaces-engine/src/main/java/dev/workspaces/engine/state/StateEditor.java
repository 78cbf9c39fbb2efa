package dev.workspaces.engine.state;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.engine.EngineConfig;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.DirectoryCatalogue;
import dev.workspaces.engine.rule.Transition;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A short-lived editor over one state and one scope, used while deciding a single request: it
 * issues ids, schedules steps and records changes, then hands back the next state.
 *
 * <p>The state it started from is never modified; an editor whose request is refused is simply
 * dropped, so a refused request changes nothing. Not thread-safe (it lives inside one call).
 */
@API(status = INTERNAL)
public final class StateEditor {
  /** Every change so far, except that the edited scope may be newer in {@link #edited}. */
  private State state;
  private final Scope scope;
  /**
   * The edited scope once read (null before), with every change: changes build up here and reach
   * {@link #state} once, when it is asked for, instead of copying the state and its map of scopes
   * at every change.
   */
  private @Nullable ScopeState edited;
  /** Whether {@link #edited} has changes that {@link #state} lacks. */
  private boolean editedAhead;

  /** Returns an editor of {@code scope} within {@code start}. */
  public StateEditor(State start, Scope scope) {
    this.state = start;
    this.scope = scope;
  }

  /** Returns the state with every change made so far. */
  public State state() {
    if (editedAhead) {
      state = state.withScope(scope, edited);
      editedAhead = false;
    }
    return state;
  }

  /** Returns the account and region being edited. */
  public Scope scopeId() {
    return scope;
  }

  /** Returns the virtual time now. */
  public Instant now() {
    return state.clock();
  }

  /** Returns the configuration. */
  public EngineConfig config() {
    return state.config();
  }

  /** Returns the directory catalogue. */
  public DirectoryCatalogue catalogue() {
    return state.catalogue();
  }

  /** Returns what the edited scope owns now. */
  public ScopeState scope() {
    if (edited == null) {
      edited = state.scope(scope);
    }
    return edited;
  }

  /** Returns what the edited scope holds of {@code kind} now. */
  public <S extends ScopePart<S>> S read(Kind<S> kind) {
    return scope().get(kind);
  }

  /** Replaces what the edited scope holds of {@code kind} with {@code change} applied to it. */
  public <S extends ScopePart<S>> void edit(Kind<S> kind, UnaryOperator<S> change) {
    ScopeState current = scope();
    replace(current.with(kind, change.apply(current.get(kind))));
  }

  /** Returns what {@code other} holds of {@code kind} now: for a resource one scope owns and others see. */
  public <S extends ScopePart<S>> S read(Scope other, Kind<S> kind) {
    return other.equals(scope) ? read(kind) : state.scope(other).get(kind);
  }

  /**
   * Replaces what {@code other} holds of {@code kind} with {@code change} applied to it: for the few
   * effects one account's request has on another's scope (sharing an image).
   */
  public <S extends ScopePart<S>> void edit(Scope other, Kind<S> kind, UnaryOperator<S> change) {
    if (other.equals(scope)) {
      edit(kind, change);
    } else {
      ScopeState owned = state.scope(other);
      state = state.withScope(other, owned.with(kind, change.apply(owned.get(kind))));
    }
  }

  /**
   * Removes resource {@code resourceId} of any kind with whatever the scope keeps for it (index
   * entries, tags, client properties): see {@link ScopeState#forget}.
   */
  public void remove(String resourceId) {
    replace(scope().forget(resourceId));
  }

  /** Cancels {@code pendingStep} and removes resource {@code resourceId}: see {@link #remove(String)}. */
  public void remove(String resourceId, Optional<TimelineKey> pendingStep) {
    cancel(pendingStep);
    remove(resourceId);
  }

  private void replace(ScopeState next) {
    if (next != edited) {
      edited = next;
      editedAhead = true;
    }
  }

  /**
   * Issues a new id: {@code prefix} and {@code length} characters (hexadecimal when {@code hex}),
   * skipping any id for which {@code taken} holds.
   */
  public String newId(String prefix, int length, boolean hex, Predicate<String> taken) {
    long counter = state.idCounter();
    String id;
    do {
      id = IdGenerator.id(state.seed(), counter++, prefix, length, hex);
    } while (taken.test(id));
    state = state.withCounters(counter, state.stepCounter());
    return id;
  }

  /** Schedules {@code transition} of resource {@code resourceId}; returns its timeline slot. */
  public TimelineKey schedule(String resourceId, Transition transition) {
    return schedule(scope, resourceId, transition);
  }

  /**
   * Schedules {@code transition} of resource {@code resourceId} that {@code owner} holds (an alias
   * another account associates is still its owner's); returns its timeline slot.
   */
  public TimelineKey schedule(Scope owner, String resourceId, Transition transition) {
    TimelineKey key = new TimelineKey(now().plus(config().duration(transition)), state.stepCounter());
    state = state.withCounters(state.idCounter(), state.stepCounter() + 1)
        .withTimeline(state.timeline().plus(key, new ScheduledStep(owner, resourceId, transition)));
    return key;
  }

  /** Removes a scheduled step, if there is one. */
  public void cancel(Optional<TimelineKey> step) {
    step.ifPresent(key -> state = state.withTimeline(state.timeline().minus(key)));
  }
}

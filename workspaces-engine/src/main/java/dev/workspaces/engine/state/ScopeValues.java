package dev.workspaces.engine.state;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.internal.collect.IdMap;
import dev.workspaces.model.Structure;
import java.util.Optional;
import java.util.function.Function;

/**
 * A resource kind that is one map of the model's values by id, listed in id order (listings page
 * through it), taggable, and dumped as one section: the shape of most kinds, so such a kind is one
 * line in {@link Kinds}. A kind that needs indexes of its own has a unit of its own instead.
 *
 * <p>Immutable. Two values are equal when they hold equal entries and were made from the same
 * {@link Kinds} line (the id function and the checks are compared by identity).
 *
 * @param <V> the model's value type
 * @param section the name of the kind's section in the state dump
 * @param entries the values by id
 * @param idOf the id of a value
 * @param invariants the kind's own invariants, run on every scope by the testing kit
 */
public record ScopeValues<V extends Structure>(String section, IdMap<V> entries, Function<V, String> idOf, Invariants<V> invariants)
    implements ScopePart<ScopeValues<V>> {

  /** The invariants of a kind of values: each throws {@link AssertionError} naming what is wrong. */
  @FunctionalInterface
  public interface Invariants<V> {
    /** Checks {@code values}, held by {@code scope} in {@code state}; {@code owned} is all the scope holds. */
    void check(State state, Scope scope, ScopeState owned, IdMap<V> values);
  }

  /** Returns a kind with no values yet and no invariants of its own. */
  public static <V extends Structure> ScopeValues<V> empty(String section, Function<V, String> idOf) {
    return new ScopeValues<>(section, IdMap.listed(), idOf, (state, scope, owned, values) -> {});
  }

  /** Returns a copy that holds {@code check} as its invariants. */
  public ScopeValues<V> checkedBy(Invariants<V> check) {
    return new ScopeValues<>(section, entries, idOf, check);
  }

  /** Returns the value with {@code id}, if stored. */
  public Optional<V> find(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** Returns these values with {@code value} stored, replacing the one with its id. */
  public ScopeValues<V> plus(V value) {
    return with(entries.plus(idOf.apply(value), value));
  }

  @Override
  public ScopeValues<V> forget(String resourceId) {
    return with(entries.minus(resourceId));
  }

  @Override
  public boolean taggable(String resourceId) {
    return entries.containsKey(resourceId);
  }

  @Override
  public void dump(ScopeState scope, DumpSections out) {
    out.list(section, entries.values());
  }

  @Override
  public void check(State state, Scope scope, ScopeState owned) {
    invariants.check(state, scope, owned, entries);
  }

  private ScopeValues<V> with(IdMap<V> next) {
    return next == entries ? this : new ScopeValues<>(section, next, idOf, invariants);
  }
}

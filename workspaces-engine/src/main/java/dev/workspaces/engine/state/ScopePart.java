package dev.workspaces.engine.state;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;

/**
 * What one scope holds of one resource {@link Kind}: the kind's maps and indexes behind one
 * immutable value, with the operations that keep them in step, and the hooks through which
 * {@link ScopeState}, the state dump and the invariants treat every kind alike.
 *
 * <h2>Contract</h2>
 * Immutable and compared by value. A change returns a new part, or this very part when nothing
 * changed (so that an unchanged scope is not copied).
 *
 * @param <S> the part's own type
 */
public interface ScopePart<S extends ScopePart<S>> {
  /**
   * Returns this part without what it keeps for resource {@code resourceId} (the resource with its
   * index entries, or what is attached to it, such as its tags), or this very part when it keeps
   * nothing for it. Removing a resource asks every kind: resource ids are unique across kinds.
   */
  S forget(String resourceId);

  /**
   * Returns whether this part holds resource {@code resourceId} as one the tagging operations
   * (CreateTags, DeleteTags, DescribeTags) accept; none by default.
   */
  default boolean taggable(String resourceId) {
    return false;
  }

  /**
   * Writes this part's sections of the state dump, in order.
   *
   * @param scope the whole scope, for a section that reads other kinds too
   */
  void dump(ScopeState scope, DumpSections out);

  /**
   * Checks the invariants of this part in {@code scope} of {@code state}.
   *
   * @param owned everything {@code scope} holds, for a check that reads other kinds too
   * @throws AssertionError naming the resource at fault
   */
  default void check(State state, Scope scope, ScopeState owned) {}

  /**
   * Checks a step from {@code before} to this part: a request's when {@code timeAdvanced} is false,
   * else a time advance's.
   *
   * @throws AssertionError naming the resource at fault
   */
  default void checkStep(Scope scope, S before, boolean timeAdvanced) {}

  /** Throws an {@link AssertionError} with {@code message} unless {@code condition} holds. */
  static void require(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}

package dev.workspaces.testing;

import dev.workspaces.engine.Kind;
import dev.workspaces.engine.Kinds;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.ScopePart;
import dev.workspaces.engine.ScopeState;
import dev.workspaces.engine.State;
import dev.workspaces.engine.rule.WorkspaceEdges;
import dev.workspaces.model.WorkspaceState;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The engine's invariants, checkable on any state and on any step between two states: the checks
 * each resource kind ({@link Kinds}) states for itself in its {@link ScopePart}, run on every scope.
 * Each check throws {@link AssertionError} naming the resource at fault.
 */
public final class EngineInvariants {
  private EngineInvariants() {}

  /**
   * Checks one state: each kind's {@link ScopePart#check}. Among them: well-formed unique WorkSpace
   * ids, a user index that points at WorkSpaces of that user, a directory and bundle index that lists
   * exactly the stored WorkSpaces under their own directory and bundle, a pending step on the
   * timeline for every WorkSpace in a transitional state, at most the configured number of tags per
   * resource, IP groups within their rule quota, and registered directories associated only with IP
   * groups of their scope, each once and within the quota.
   */
  public static void check(State state) {
    for (Map.Entry<Scope, ScopeState> scope : state.scopes().entrySet()) {
      for (Kind<?> kind : Kinds.all()) {
        scope.getValue().get(kind).check(state, scope.getKey(), scope.getValue());
      }
    }
  }

  /**
   * Checks one step from {@code before} to {@code after}: each kind's {@link ScopePart#checkStep}
   * in every scope of either state. Among them: a WorkSpace disappears only through TERMINATED (one
   * long advance may pass TERMINATING, TERMINATED and removal at once), a TERMINATED one never comes
   * back, a new one appears PENDING through a request, and every state change is an edge of the
   * documented tables (a request takes at most one precondition-table edge; a time advance takes
   * only timeline transitions).
   */
  public static void checkStep(State before, State after, boolean timeAdvanced) {
    SortedSet<Scope> scopes = new TreeSet<>(before.scopes().keySet());
    scopes.addAll(after.scopes().keySet());
    for (Scope scope : scopes) {
      for (Kind<?> kind : Kinds.all()) {
        checkStep(kind, scope, before.scope(scope), after.scope(scope), timeAdvanced);
      }
    }
  }

  private static <S extends ScopePart<S>> void checkStep(Kind<S> kind, Scope scope, ScopeState before,
      ScopeState after, boolean timeAdvanced) {
    after.get(kind).checkStep(scope, before.get(kind), timeAdvanced);
  }

  /** Returns whether one step may move a WorkSpace from {@code from} to {@code to}; see {@link WorkspaceEdges}. */
  public static boolean documented(WorkspaceState from, WorkspaceState to, boolean timeAdvanced) {
    return WorkspaceEdges.documented(from, to, timeAdvanced);
  }
}

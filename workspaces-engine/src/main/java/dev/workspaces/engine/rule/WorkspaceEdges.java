package dev.workspaces.engine.rule;

import dev.workspaces.model.WorkspaceState;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

/**
 * The documented ways a WorkSpace's state may change, derived from {@link WorkspaceRule} and
 * {@link Transition}: the oracle that invariant checks compare the engine against.
 */
public final class WorkspaceEdges {
  private WorkspaceEdges() {}

  /**
   * Returns whether one step may move a WorkSpace from {@code from} to {@code to}: a request takes
   * at most one edge of the precondition table; a time advance takes any number of timeline
   * transitions and nothing else.
   */
  public static boolean documented(WorkspaceState from, WorkspaceState to, boolean timeAdvanced) {
    if (from == to) {
      return true;
    }
    return timeAdvanced ? reachableByTime(from).contains(to) : byRequest(from, to);
  }

  /** Returns whether some row of the precondition table moves {@code from} to {@code to}. */
  public static boolean byRequest(WorkspaceState from, WorkspaceState to) {
    for (WorkspaceRule rule : WorkspaceRule.values()) {
      if (rule.allowedStates().contains(from) && rule.resultState() == to) {
        return true;
      }
    }
    return false;
  }

  /** Returns the states time alone can take a WorkSpace to from {@code from} ({@code from} included). */
  public static Set<WorkspaceState> reachableByTime(WorkspaceState from) {
    Set<WorkspaceState> seen = EnumSet.of(from);
    Deque<WorkspaceState> frontier = new ArrayDeque<>(seen);
    while (!frontier.isEmpty()) {
      WorkspaceState state = frontier.pop();
      for (Transition transition : Transition.values()) {
        if (transition.kind() == ResourceKind.WORKSPACE && transition.from().equals(state.toString())) {
          transition.to().map(WorkspaceState::fromValue).filter(seen::add).ifPresent(frontier::add);
        }
      }
    }
    return Collections.unmodifiableSet(seen);
  }
}

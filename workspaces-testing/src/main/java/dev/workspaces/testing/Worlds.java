package dev.workspaces.testing;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.WorkspaceState;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Simulated worlds: the final states of random action chains over two accounts and regions, from
 * a random seed, with some AVAILABLE WorkSpaces then hit by a health event (UNHEALTHY, IMPAIRED or
 * ERROR), states no API call produces, so that client code sees every state it must handle.
 */
final class Worlds {
  private static final List<WorkspaceState> HEALTH_EVENTS =
      List.of(WorkspaceState.UNHEALTHY, WorkspaceState.IMPAIRED, WorkspaceState.ERROR);

  private Worlds() {}

  static Arbitrary<State> worlds() {
    Arbitrary<State> settled = Arbitraries.longs().between(0, 1_000_000).flatMap(seed ->
        EngineActions.chains(seed).map(chain -> chain.run()));
    return Combinators.combine(settled, Arbitraries.integers().between(0, 7))
        .as(Worlds::withHealthEvents);
  }

  /** Moves every n-th AVAILABLE WorkSpace to a degraded state, picked by its position. */
  private static State withHealthEvents(State state, int stride) {
    State result = state;
    for (Scope scope : EngineActions.SCOPES) {
      StateEditor editor = new StateEditor(result, scope);
      int position = 0;
      for (WorkspaceEntry entry : result.scope(scope).get(Kinds.WORKSPACES).entries().values()) {
        if (entry.state() == WorkspaceState.AVAILABLE && stride > 0 && position++ % stride == 0) {
          ScopeWorkspaces.move(editor, entry, HEALTH_EVENTS.get(position % HEALTH_EVENTS.size()));
        }
      }
      result = editor.state();
    }
    return result;
  }
}

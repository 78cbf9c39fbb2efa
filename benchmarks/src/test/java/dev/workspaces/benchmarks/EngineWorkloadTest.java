package dev.workspaces.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.EngineConfig;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeState;
import dev.workspaces.model.WorkspaceState;
import org.junit.jupiter.api.Test;

/** The engine workload does what its benchmark claims: every request accepted, size constant. */
class EngineWorkloadTest {
  @Test
  void everyCycleIsAcceptedAndKeepsTheStateSize() {
    EngineWorkload workload = EngineWorkload.of(30);
    for (int cycle = 0; cycle < 100; cycle++) {
      assertEquals(0, workload.cycle(), "refusals in cycle " + cycle);
      ScopeState scope = workload.state().scope(Fixtures.SCOPE);
      assertEquals(30, scope.get(Kinds.WORKSPACES).entries().size());
      assertEquals(30, scope.get(Kinds.WORKSPACES).byUser().size());
      assertTrue(scope.get(Kinds.WORKSPACES).entries().values().stream().allMatch(e -> e.state() == WorkspaceState.AVAILABLE));
      assertTrue(workload.state().timeline().isEmpty());
    }
  }

  @Test
  void aHotSetWorkloadIsAcceptedToo() {
    EngineWorkload workload = EngineWorkload.of(30, 5);
    for (int cycle = 0; cycle < 100; cycle++) {
      assertEquals(0, workload.cycle(), "refusals in cycle " + cycle);
      assertEquals(30, workload.state().scope(Fixtures.SCOPE).get(Kinds.WORKSPACES).entries().size());
    }
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> EngineWorkload.of(30, 31));
  }

  @Test
  void aPopulatedStateHoldsOneUserPerWorkspaceOverEveryDirectory() {
    ScopeState scope = Fixtures.populated(60, EngineConfig.realistic()).scope(Fixtures.SCOPE);
    assertEquals(60, scope.get(Kinds.WORKSPACES).entries().size());
    assertEquals(Fixtures.DIRECTORIES, scope.get(Kinds.DIRECTORIES).entries().size());
    assertEquals(Fixtures.DIRECTORIES, scope.get(Kinds.WORKSPACES).entries().values().stream()
        .map(e -> e.workspace().directoryId().orElseThrow()).distinct().count());
    assertTrue(scope.get(Kinds.WORKSPACES).entries().values().stream().allMatch(e -> e.state() == WorkspaceState.AVAILABLE));
  }
}

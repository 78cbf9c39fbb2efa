package dev.workspaces.testing.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.testing.WorkspacesArbitraries;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

// README:begin property
class IdleStopperPropertiesTest {
  @Provide
  Arbitrary<State> worlds() {
    return WorkspacesArbitraries.worlds().workspacesPerScope(0, 300);
  }

  @Property(tries = 100)
  void stopsExactlyTheAvailableAutoStopWorkspaces(@ForAll("worlds") State world) {
    WorkspacesFake workspaces = WorkspacesFake.create(world);
    new IdleWorkspaceStopper(workspaces).stopIdle();

    Map<String, WorkspaceEntry> before = world.scope(Scope.DEFAULT).get(Kinds.WORKSPACES).entries();
    workspaces.snapshot().scope(Scope.DEFAULT).get(Kinds.WORKSPACES).entries().forEach((id, after) -> {
      WorkspaceEntry old = before.get(id);
      boolean idle = old.state() == WorkspaceState.AVAILABLE && old.runningMode() == RunningMode.AUTO_STOP;
      assertEquals(idle ? WorkspaceState.STOPPING : old.state(), after.state(), id);
    });
  }
}
// README:end property

package com.example.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.testing.WorkspacesArbitraries;
import java.util.Map;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The README's property, over worlds of up to 300 WorkSpaces per scope, against the stopper with
 * the paging bug: it fails on purpose. {@link PagingBugShrinksTest} runs it and checks how it
 * fails; run any other way, it is skipped ({@link LaunchedByTest}), and Maven does not pick it up
 * by its name.
 */
class FirstPageStopperProperty {
  static final String SEED = "1";

  @Provide
  Arbitrary<State> worlds() {
    return WorkspacesArbitraries.worlds().workspacesPerScope(0, 300);
  }

  @AddLifecycleHook(LaunchedByTest.class)
  @Property(tries = 100, seed = SEED, afterFailure = AfterFailureMode.RANDOM_SEED)
  void stopsExactlyTheAvailableAutoStopWorkspaces(@ForAll("worlds") State world) {
    WorkspacesFake workspaces = WorkspacesFake.create(world);
    new FirstPageIdleStopper(workspaces).stopIdle();

    Map<String, WorkspaceEntry> before = world.scope(Scope.DEFAULT).get(Kinds.WORKSPACES).entries();
    workspaces.snapshot().scope(Scope.DEFAULT).get(Kinds.WORKSPACES).entries().forEach((id, after) -> {
      WorkspaceEntry old = before.get(id);
      boolean idle = old.state() == WorkspaceState.AVAILABLE && old.runningMode() == RunningMode.AUTO_STOP;
      assertEquals(idle ? WorkspaceState.STOPPING : old.state(), after.state(), id);
    });
  }
}

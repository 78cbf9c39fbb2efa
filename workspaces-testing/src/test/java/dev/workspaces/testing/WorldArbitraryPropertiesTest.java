package dev.workspaces.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceState;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The knobs of {@link WorldArbitrary} give the worlds they promise, every world keeps the engine's
 * invariants, and the defaults give WorkSpaces in the default scope in most worlds.
 */
class WorldArbitraryPropertiesTest {
  private static final Scope OTHER = Scope.of("210987654321", "eu-west-1");

  @Provide
  Arbitrary<State> largeWorlds() {
    return WorkspacesArbitraries.worlds().workspacesPerScope(100, 300);
  }

  @Property(tries = 20)
  void largeWorldsHoldAsManyWorkspacesAsAskedAndKeepTheInvariants(@ForAll("largeWorlds") State world) {
    EngineInvariants.check(world);
    world.scopes().values().forEach(scope -> {
      int size = scope.get(Kinds.WORKSPACES).entries().size();
      assertTrue(size >= 100 && size <= 300, () -> size + " WorkSpaces");
    });
  }

  @Example
  void defaultWorldsHoldWorkspacesInTheDefaultScopeMostOfTheTime() {
    List<Integer> sizes = WorkspacesArbitraries.worlds().sampleStream().limit(100)
        .map(world -> workspaces(world, Scope.DEFAULT).size()).toList();
    assertTrue(sizes.stream().filter(size -> size == 0).count() <= 15, sizes::toString);
    assertTrue(sizes.stream().anyMatch(size -> size > 25), sizes::toString);
  }

  @Example
  void worldsReachEveryStateAndRunningMode() {
    Set<WorkspaceState> states = EnumSet.noneOf(WorkspaceState.class);
    Set<RunningMode> modes = EnumSet.noneOf(RunningMode.class);
    WorkspacesArbitraries.worlds().workspacesPerScope(40, 60).sampleStream().limit(30).forEach(world -> {
      EngineInvariants.check(world);
      world.scopes().values().forEach(scope -> scope.get(Kinds.WORKSPACES).entries().values().forEach(entry -> {
        states.add(entry.state());
        modes.add(entry.runningMode());
      }));
    });
    assertEquals(EnumSet.complementOf(EnumSet.of(WorkspaceState.UNKNOWN_TO_SDK_VERSION)), states);
    assertEquals(EnumSet.of(RunningMode.AUTO_STOP, RunningMode.ALWAYS_ON, RunningMode.MANUAL), modes);
  }

  @Provide
  Arbitrary<State> stoppedAlwaysOnWorlds() {
    return WorkspacesArbitraries.worlds().scopes(Scope.DEFAULT).workspacesPerScope(1, 30)
        .states(WorkspaceState.AVAILABLE, WorkspaceState.STOPPED, WorkspaceState.STARTING)
        .runningModes(RunningMode.ALWAYS_ON);
  }

  @Property(tries = 20)
  void statesAndModesAreTheOnesAskedForAndOnlyStoppableOnesStop(@ForAll("stoppedAlwaysOnWorlds") State world) {
    assertEquals(Set.of(Scope.DEFAULT), world.scopes().keySet());
    EngineInvariants.check(world);
    workspaces(world, Scope.DEFAULT).forEach(entry -> {
      assertTrue(Set.of(WorkspaceState.AVAILABLE, WorkspaceState.STOPPED, WorkspaceState.STARTING)
          .contains(entry.state()), entry::toString);
      assertEquals(entry.state() == WorkspaceState.AVAILABLE ? RunningMode.ALWAYS_ON : RunningMode.AUTO_STOP,
          entry.runningMode(), entry::toString);
    });
  }

  @Provide
  Arbitrary<State> twoUserWorlds() {
    return WorkspacesArbitraries.worlds().scopes(Scope.DEFAULT, OTHER).users("alice", "bob")
        .directoriesPerScope(1, 3).workspacesPerScope(0, 20).tagsPerWorkspace(2, 2);
  }

  @Property(tries = 30)
  void eachUserHoldsAtMostOneWorkspacePerDirectory(@ForAll("twoUserWorlds") State world) {
    EngineInvariants.check(world);
    world.scopes().values().forEach(scope -> {
      Collection<WorkspaceEntry> entries = scope.get(Kinds.WORKSPACES).entries().values();
      Set<String> holdings = new HashSet<>();
      entries.forEach(entry -> {
        String user = entry.details().userName().orElseThrow();
        assertTrue(Set.of("alice", "bob").contains(user), user);
        assertTrue(holdings.add(user + "@" + entry.details().directoryId().orElseThrow()), entry::toString);
        assertEquals(2, entry.tags().size());
      });
      assertTrue(entries.size() <= 2 * scope.get(Kinds.DIRECTORIES).entries().size());
    });
  }

  @Example
  void knobsRefuseWhatNoWorldCanHold() {
    WorldArbitrary worlds = WorkspacesArbitraries.worlds();
    assertThrows(IllegalArgumentException.class, () -> worlds.workspacesPerScope(5, 4));
    assertThrows(IllegalArgumentException.class, () -> worlds.states(WorkspaceState.UNKNOWN_TO_SDK_VERSION));
    assertThrows(IllegalArgumentException.class, () -> worlds.runningModes());
    assertThrows(IllegalArgumentException.class, () -> worlds.users("alice", "alice"));
    assertThrows(IllegalArgumentException.class, () -> worlds.scopes(Scope.DEFAULT, Scope.DEFAULT));
    assertThrows(IllegalArgumentException.class, () -> worlds.tagsPerWorkspace(0, 51));
  }

  private static Collection<WorkspaceEntry> workspaces(State world, Scope scope) {
    return world.scope(scope).get(Kinds.WORKSPACES).entries().values();
  }
}

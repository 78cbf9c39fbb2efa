package dev.workspaces.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.response.DescribeWorkspacesResult;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;

/**
 * Random action chains over the engine keep every invariant after every step (at least 1,000
 * chains per run), every refusal on the way names a consistent precondition row
 * ({@link EngineInvariants#checkRefusals}), and the same seed and actions give equal states and
 * byte-identical JSON.
 */
class EngineChainsPropertiesTest {

  @Provide
  ActionChainArbitrary<State> chains() {
    return WorkspacesArbitraries.actionChains(7);
  }

  @Property(tries = 1000)
  void randomChainsKeepEveryInvariant(@ForAll("chains") ActionChain<State> chain) {
    State last = WorkspacesArbitraries.runChecked(chain);
    EngineInvariants.check(last);
  }

  @Property(tries = 100)
  void theSameSeedAndActionsGiveEqualStatesAndIdenticalJson(@ForAll("chains") ActionChain<State> chain) {
    State first = chain.run();
    State replayed = State.initial(7);
    for (var transformer : chain.transformers()) {
      replayed = transformer.apply(replayed);
    }
    assertEquals(first, replayed);
    for (Scope scope : EngineActions.SCOPES) {
      assertArrayEquals(describeAll(first, scope), describeAll(replayed, scope));
    }
  }

  @Provide
  Arbitrary<State> worlds() {
    return WorkspacesArbitraries.worlds();
  }

  @Property(tries = 60)
  void worldsHoldValidStates(@ForAll("worlds") State world) {
    EngineInvariants.check(world);
  }

  @Property(tries = 1)
  void worldsReachManyStates(@ForAll("worlds") State ignored) {
    Set<WorkspaceState> seen = EnumSet.noneOf(WorkspaceState.class);
    WorkspacesArbitraries.worlds().sampleStream().limit(200).forEach(world -> world.scopes().values()
        .forEach(scope -> scope.get(Kinds.WORKSPACES).entries().values().forEach(entry -> seen.add(entry.state()))));
    assertTrue(seen.containsAll(EnumSet.of(WorkspaceState.PENDING, WorkspaceState.AVAILABLE,
        WorkspaceState.STOPPED, WorkspaceState.TERMINATED, WorkspaceState.UNHEALTHY)), seen::toString);
  }

  private static byte[] describeAll(State state, Scope scope) {
    DescribeWorkspacesResult result = Engine.apply(state, scope, DescribeWorkspacesRequest.builder().build())
        .responseAs(DescribeWorkspacesResult.class);
    return WorkspacesJson.encode(result);
  }
}

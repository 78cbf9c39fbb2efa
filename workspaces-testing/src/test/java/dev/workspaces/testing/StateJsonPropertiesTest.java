package dev.workspaces.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.engine.State;
import dev.workspaces.json.state.StateAssertions;
import dev.workspaces.json.state.StateJson;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;

/**
 * Export and import of whole states: for the testing kit's worlds and for the states random action
 * chains reach, reading what {@link StateJson#write} wrote gives an equal state, which writes the
 * very same text again.
 */
class StateJsonPropertiesTest {

  @Provide
  Arbitrary<State> worlds() {
    return WorkspacesArbitraries.worlds();
  }

  @Provide
  ActionChainArbitrary<State> chains() {
    return WorkspacesArbitraries.actionChains(11);
  }

  private static void roundTrips(State state) {
    String written = StateJson.write(state);
    State read = StateJson.read(written);
    StateAssertions.assertSameState(state, read);
    assertEquals(written, StateJson.write(read));
    assertEquals(state, StateJson.read(StateJson.pretty(state)));
  }

  @Property(tries = 40)
  void worldsRoundTrip(@ForAll("worlds") State world) {
    roundTrips(world);
  }

  @Property(tries = 100)
  void chainStatesRoundTrip(@ForAll("chains") ActionChain<State> chain) {
    roundTrips(chain.run());
  }
}

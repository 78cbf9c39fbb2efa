package dev.workspaces.testing.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.State;
import dev.workspaces.testing.EngineInvariants;
import dev.workspaces.testing.WorkspacesArbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;

// README:begin stateful
class StatefulExampleTest {
  @Provide
  ActionChainArbitrary<State> chains() {
    return WorkspacesArbitraries.actionChains();
  }

  @Property(tries = 200)
  void everyStepKeepsTheInvariants(@ForAll("chains") ActionChain<State> chain) {
    State last = chain
        .withInvariant("engine invariants", EngineInvariants::check)
        .withInvariant("at most 50 tags", s -> s.scopes().values().forEach(scope ->
            scope.tags().values().forEach(tags -> assertTrue(tags.size() <= 50))))
        .run();
    EngineInvariants.check(last);
  }
}
// README:end stateful

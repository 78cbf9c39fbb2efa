package dev.workspaces.engine.rule;

import static dev.workspaces.engine.Fixtures.DIRECTORY;
import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.rule.RowExample.no;
import static dev.workspaces.engine.rule.RowExample.ok;

import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.ScopeTags;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.Tag;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.DescribeAccountRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.request.RebootWorkspacesRequest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One pinned accepted and one pinned refused example per row of {@link EngineRule}. */
class EngineRuleExamplesTest {
  private static final State WORLD = Fixtures.withDirectory(State.initial(13));

  /** A state that breaks the engine's own invariant that every stored tag has a key. */
  static State corrupted() {
    StateEditor editor = new StateEditor(WORLD, SCOPE);
    ScopeTags.put(editor, DIRECTORY, ImmutableList.of(Tag.builder().value("no key").build()));
    return editor.state();
  }

  static Stream<RowExample> examples() {
    CreateTagsRequest tag = CreateTagsRequest.builder().resourceId(DIRECTORY).tags(ImageFixtures.tags(1)).build();
    return Stream.of(
        ok(EngineRule.SCHEMA_VALID, WORLD, SCOPE, DescribeWorkspacesRequest.builder().build()),
        no(EngineRule.SCHEMA_VALID, WORLD, SCOPE, RebootWorkspacesRequest.builder().build(), "validation error"),
        ok(EngineRule.OPERATION_SIMULATED, WORLD, SCOPE, DescribeWorkspacesRequest.builder().build()),
        no(EngineRule.OPERATION_SIMULATED, WORLD, SCOPE, DescribeAccountRequest.builder().build(), "DescribeAccount"),
        ok(EngineRule.NO_INTERNAL_FAILURE, WORLD, SCOPE, tag),
        no(EngineRule.NO_INTERNAL_FAILURE, corrupted(), SCOPE, tag, "Internal failure"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRowDecidesTheOutcome(RowExample example) {
    example.check();
  }
}

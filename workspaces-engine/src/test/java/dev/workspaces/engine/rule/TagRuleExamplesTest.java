package dev.workspaces.engine.rule;

import static dev.workspaces.engine.Fixtures.DIRECTORY;
import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.rule.RowExample.no;
import static dev.workspaces.engine.rule.RowExample.ok;

import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.State;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.DeleteTagsRequest;
import dev.workspaces.model.request.DescribeTagsRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One pinned accepted and one pinned refused example per row of {@link TagRule}. */
class TagRuleExamplesTest {
  private static final String UNKNOWN = "ws-unknown01";
  private static final State WORLD = Fixtures.accepted(Fixtures.withDirectory(State.initial(9)),
      CreateTagsRequest.builder().resourceId(DIRECTORY).tags(ImageFixtures.tags(10)).build()).state();

  static Stream<RowExample> examples() {
    return Stream.of(
        ok(TagRule.RESOURCE_EXISTS, WORLD, SCOPE, DescribeTagsRequest.builder().resourceId(DIRECTORY).build()),
        no(TagRule.RESOURCE_EXISTS, WORLD, SCOPE, DescribeTagsRequest.builder().resourceId(UNKNOWN).build(), UNKNOWN),
        no(TagRule.RESOURCE_EXISTS, WORLD, SCOPE,
            DeleteTagsRequest.builder().resourceId(UNKNOWN).tagKeys(List.of("key0")).build(), UNKNOWN),
        ok(TagRule.TAG_LIMIT, WORLD, SCOPE, CreateTagsRequest.builder().resourceId(DIRECTORY)
            .tags(ImageFixtures.tags(50)).build()),
        no(TagRule.TAG_LIMIT, WORLD, SCOPE, CreateTagsRequest.builder().resourceId(DIRECTORY)
            .tags(ImageFixtures.tags(51)).build(), "51 tags"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRowDecidesTheOutcome(RowExample example) {
    example.check();
  }
}

package dev.workspaces.engine.rule;

import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.rule.RowExample.no;
import static dev.workspaces.engine.rule.RowExample.ok;

import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.State;
import dev.workspaces.model.request.DescribeIpGroupsRequest;
import dev.workspaces.model.request.DescribeWorkspaceBundlesRequest;
import dev.workspaces.model.request.DescribeWorkspaceDirectoriesRequest;
import dev.workspaces.model.request.DescribeWorkspaceImagePermissionsRequest;
import dev.workspaces.model.request.DescribeWorkspaceImagesRequest;
import dev.workspaces.model.request.DescribeWorkspacesConnectionStatusRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pinned accepted and one pinned refused example per row of {@link PageTokenRule}, and a refused
 * one for every listing the row governs.
 */
class PageTokenRuleExamplesTest {
  private static final String TOKEN = "not-ours";
  private static final String IMAGE = "wsi-owned0001";
  private static final State WORLD = ImageFixtures.withImage(Fixtures.withDirectory(State.initial(12)), SCOPE,
      IMAGE, "owned");

  static Stream<RowExample> examples() {
    return Stream.of(
        ok(PageTokenRule.ISSUED, WORLD, SCOPE, DescribeWorkspacesRequest.builder().limit(1).build()),
        no(PageTokenRule.ISSUED, WORLD, SCOPE, DescribeWorkspacesRequest.builder().nextToken(TOKEN).build(), TOKEN),
        no(PageTokenRule.ISSUED, WORLD, SCOPE,
            DescribeWorkspacesConnectionStatusRequest.builder().nextToken(TOKEN).build(), "NextToken"),
        no(PageTokenRule.ISSUED, WORLD, SCOPE,
            DescribeWorkspaceDirectoriesRequest.builder().nextToken(TOKEN).build(), TOKEN),
        no(PageTokenRule.ISSUED, WORLD, SCOPE, DescribeWorkspaceBundlesRequest.builder().nextToken(TOKEN).build(), TOKEN),
        no(PageTokenRule.ISSUED, WORLD, SCOPE,
            DescribeWorkspaceImagePermissionsRequest.builder().imageId(IMAGE).nextToken(TOKEN).build(), TOKEN),
        ok(PageTokenRule.ISSUED, WORLD, SCOPE, DescribeIpGroupsRequest.builder().maxResults(1).build()),
        no(PageTokenRule.ISSUED, WORLD, SCOPE, DescribeIpGroupsRequest.builder().nextToken(TOKEN).build(), TOKEN),
        ok(PageTokenRule.ISSUED_VALIDATED, WORLD, SCOPE, DescribeWorkspaceImagesRequest.builder().maxResults(1).build()),
        no(PageTokenRule.ISSUED_VALIDATED, WORLD, SCOPE,
            DescribeWorkspaceImagesRequest.builder().nextToken(TOKEN).build(), TOKEN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRowDecidesTheOutcome(RowExample example) {
    example.check();
  }
}

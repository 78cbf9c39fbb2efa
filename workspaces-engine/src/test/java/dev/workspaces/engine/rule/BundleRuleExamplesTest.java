package dev.workspaces.engine.rule;

import static dev.workspaces.engine.Fixtures.DIRECTORY;
import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.rule.RowExample.no;
import static dev.workspaces.engine.rule.RowExample.ok;

import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.request.DescribeWorkspaceBundlesRequest;
import dev.workspaces.model.request.MigrateWorkspaceRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One pinned accepted and one pinned refused example per row of {@link BundleRule}. */
class BundleRuleExamplesTest {
  private static final String WORKSPACE = "ws-migrate01";
  private static final String UNKNOWN = "wsb-unknown01";
  private static final State WORLD = Fixtures.withWorkspaceIn(Fixtures.withDirectory(State.initial(10)), WORKSPACE,
      WorkspaceState.AVAILABLE, RunningMode.AUTO_STOP);

  static Stream<RowExample> examples() {
    return Stream.of(
        ok(BundleRule.IDS_OR_OWNER, WORLD, SCOPE,
            DescribeWorkspaceBundlesRequest.builder().bundleIds(List.of(AmazonBundles.STANDARD_LINUX)).build()),
        no(BundleRule.IDS_OR_OWNER, WORLD, SCOPE, DescribeWorkspaceBundlesRequest.builder()
            .bundleIds(List.of(AmazonBundles.STANDARD_LINUX)).owner("AMAZON").build(), "BundleIds and Owner"),
        ok(BundleRule.OWNER_FORMAT, WORLD, SCOPE, DescribeWorkspaceBundlesRequest.builder().owner("AMAZON").build()),
        no(BundleRule.OWNER_FORMAT, WORLD, SCOPE, DescribeWorkspaceBundlesRequest.builder().owner("someone").build(),
            "someone"),
        ok(BundleRule.BUNDLE_EXISTS, WORLD, SCOPE, migrate(AmazonBundles.STANDARD_LINUX)),
        no(BundleRule.BUNDLE_EXISTS, WORLD, SCOPE, migrate(UNKNOWN), UNKNOWN),
        no(BundleRule.BUNDLE_EXISTS, WORLD, SCOPE, CreateWorkspacesRuleExamplesTest.create(
            CreateWorkspacesRuleExamplesTest.item(DIRECTORY, "ana").bundleId(UNKNOWN)), UNKNOWN),
        ok(BundleRule.MIGRATE_TO_OTHER_BUNDLE, WORLD, SCOPE, migrate(AmazonBundles.STANDARD_LINUX)),
        no(BundleRule.MIGRATE_TO_OTHER_BUNDLE, WORLD, SCOPE, migrate(AmazonBundles.STANDARD_WINDOWS),
            "rebuild it"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRowDecidesTheOutcome(RowExample example) {
    example.check();
  }

  private static MigrateWorkspaceRequest migrate(String bundle) {
    return MigrateWorkspaceRequest.builder().sourceWorkspaceId(WORKSPACE).bundleId(bundle).build();
  }
}

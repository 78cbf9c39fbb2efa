package dev.workspaces.engine.op.bundle;

import static dev.workspaces.engine.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeValues;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.DescribeWorkspaceBundlesRequest;
import dev.workspaces.model.response.DescribeWorkspaceBundlesResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** DescribeWorkspaceBundles, through {@link Engine#apply}. */
class DescribeWorkspaceBundlesHandlerTest {
  private static final Scope SCOPE = Scope.DEFAULT;
  private static final Scope OTHER = Scope.of("210987654321", SCOPE.region());
  private static final State START = State.initial(11);

  @Test
  void ownerAmazonListsEveryPublicBundleById() {
    DescribeWorkspaceBundlesResult result = describe(START, SCOPE, request().owner("AMAZON").build());

    assertEquals(List.copyOf(AmazonBundles.all().keySet()), ids(result));
    assertEquals(List.copyOf(AmazonBundles.all().values()), result.bundles());
    assertEquals(Optional.empty(), result.nextToken());
  }

  @Test
  void noOwnerAndNoIdsListsTheAccountsOwnBundles() {
    assertEquals(List.of(), ids(describe(START, SCOPE, request().build())));

    State state = withOwnBundles(START, SCOPE, 2);
    assertEquals(List.of("wsb-own000000", "wsb-own000001"), ids(describe(state, SCOPE, request().build())));
  }

  @Test
  void ownerTheCallersAccountListsItsOwnBundles() {
    State state = withOwnBundles(START, SCOPE, 2);

    assertEquals(List.of("wsb-own000000", "wsb-own000001"),
        ids(describe(state, SCOPE, request().owner(SCOPE.accountId()).build())));
  }

  @Test
  void ownerAnotherAccountListsNothing() {
    State state = withOwnBundles(START, OTHER, 2);

    assertEquals(List.of(), ids(describe(state, SCOPE, request().owner(OTHER.accountId()).build())));
  }

  @Test
  void bundleIdsSelectFromPublicAndOwnBundlesSkippingUnknownOnes() {
    State state = withOwnBundles(START, SCOPE, 1);

    DescribeWorkspaceBundlesResult result = describe(state, SCOPE, request().bundleIds(List.of(
        AmazonBundles.STANDARD_WINDOWS, "wsb-unknown99", "wsb-own000000", AmazonBundles.STANDARD_LINUX)).build());

    assertEquals(List.of(AmazonBundles.STANDARD_WINDOWS, AmazonBundles.STANDARD_LINUX, "wsb-own000000"), ids(result));
  }

  @Test
  void bundleIdsDoNotReachAnotherAccountsBundles() {
    State state = withOwnBundles(START, OTHER, 1);

    assertEquals(List.of(), ids(describe(state, SCOPE, request().bundleIds(List.of("wsb-own000000")).build())));
  }

  @Test
  void ownBundlesArePagedByTwentyFive() {
    State state = withOwnBundles(START, SCOPE, 30);

    DescribeWorkspaceBundlesResult first = describe(state, SCOPE, request().build());
    DescribeWorkspaceBundlesResult second = describe(state, SCOPE, request().nextToken(first.nextToken()).build());

    assertEquals(25, first.bundles().size());
    assertTrue(first.nextToken().isPresent());
    assertEquals(5, second.bundles().size());
    assertEquals(Optional.empty(), second.nextToken());
    List<String> all = new ArrayList<>(ids(first));
    all.addAll(ids(second));
    assertEquals(List.copyOf(state.scope(SCOPE).get(Kinds.BUNDLES).entries().keySet()), all);
  }

  @Test
  void bundleIdsWithOwnerAreRefused() {
    Outcome outcome = Engine.apply(START, SCOPE, request()
        .bundleIds(List.of(AmazonBundles.STANDARD_WINDOWS)).owner("AMAZON").build());

    assertRefused(outcome, START, ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION, "BundleIds", "Owner");
  }

  @Test
  void anOwnerThatIsNeitherAmazonNorAnAccountIsRefused() {
    Outcome outcome = Engine.apply(START, SCOPE, request().owner("amazon").build());

    assertRefused(outcome, START, ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION, "Owner", "amazon");
  }

  @Test
  void aForeignNextTokenIsRefused() {
    Outcome outcome = Engine.apply(START, SCOPE, request().owner("AMAZON").nextToken("xyz").build());

    assertRefused(outcome, START, ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION, "NextToken", "xyz");
  }

  @Test
  void tooManyBundleIdsFailSchemaValidation() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      ids.add(String.format("wsb-%09d", i));
    }

    assertRefused(Engine.apply(START, SCOPE, request().bundleIds(ids).build()), START,
        ErrorCode.VALIDATION_EXCEPTION, "bundleIds");
  }

  // ---- helpers ----

  private static DescribeWorkspaceBundlesRequest.Builder request() {
    return DescribeWorkspaceBundlesRequest.builder();
  }

  /** Gives {@code scope} {@code count} bundles of its own, {@code wsb-own000000} upwards. */
  private static State withOwnBundles(State state, Scope scope, int count) {
    ScopeValues<WorkspaceBundle> bundles = state.scope(scope).get(Kinds.BUNDLES);
    for (int i = 0; i < count; i++) {
      String id = String.format("wsb-own%06d", i);
      bundles = bundles.plus(WorkspaceBundle.builder().bundleId(id).name("Own " + i)
          .owner(scope.accountId()).build());
    }
    return state.withScope(scope, state.scope(scope).with(Kinds.BUNDLES, bundles));
  }

  private static DescribeWorkspaceBundlesResult describe(State state, Scope scope, DescribeWorkspaceBundlesRequest request) {
    Outcome outcome = Engine.apply(state, scope, request);
    assertEquals(state, outcome.state());
    return outcome.responseAs(DescribeWorkspaceBundlesResult.class);
  }

  private static List<String> ids(DescribeWorkspaceBundlesResult result) {
    return result.bundles().stream().map(WorkspaceBundle::bundleId).map(Optional::orElseThrow).toList();
  }
}

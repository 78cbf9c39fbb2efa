package dev.workspaces.engine.op.bundle;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.Page;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.BundleRule;
import dev.workspaces.engine.rule.PageTokenRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.request.DescribeWorkspaceBundlesRequest;
import dev.workspaces.model.response.DescribeWorkspaceBundlesResult;
import dev.workspaces.model.validation.Echo;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * DescribeWorkspaceBundles: bundles sorted by id, in pages of 25.
 *
 * <h2>Which bundles</h2>
 * <ul>
 *   <li>BundleIds: the listed bundles among Amazon's public ones and the account's own; unknown
 *       ids are simply not listed.
 *   <li>Owner {@code AMAZON}: Amazon's public bundles.
 *   <li>Owner a 12-digit account id: the caller's own bundles when it is the caller's account,
 *       nothing otherwise (no bundle is modelled as shared across accounts).
 *   <li>neither: the caller's own bundles. Our reading of the doc's "leaving it out selects the
 *       account's own".
 * </ul>
 * Refusals: rows {@link BundleRule#IDS_OR_OWNER} (BundleIds together with Owner),
 * {@link BundleRule#OWNER_FORMAT} (an Owner that is neither {@code AMAZON} nor an account id) and
 * {@link PageTokenRule#ISSUED}.
 */
final class DescribeWorkspaceBundlesHandler implements Handler<DescribeWorkspaceBundlesRequest> {
  private static final String AMAZON = "AMAZON";
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final int PAGE_SIZE = 25;

  @Override
  public Outcome handle(State state, Scope scope, DescribeWorkspaceBundlesRequest request) {
    if (request.hasBundleIds() && request.owner().isPresent()) {
      return RuleRefusal.of(BundleRule.IDS_OR_OWNER, "BundleIds and Owner cannot be used in the same "
          + "DescribeWorkspaceBundles call.").outcome(state);
    }
    Optional<String> owner = request.owner();
    if (owner.isPresent() && !AMAZON.equals(owner.get()) && !ACCOUNT_ID.matcher(owner.get()).matches()) {
      return RuleRefusal.of(BundleRule.OWNER_FORMAT, "Owner must be AMAZON or a 12-digit account id, not "
          + Echo.of(owner.get()) + ".").outcome(state);
    }
    NavigableMap<String, WorkspaceBundle> candidates = candidates(state, scope, request);
    Optional<Page<WorkspaceBundle>> page = Page.of(candidates, request.nextToken(), PAGE_SIZE, bundle -> true);
    if (page.isEmpty()) {
      return RuleRefusal.of(PageTokenRule.ISSUED, "The NextToken " + request.nextToken().orElseThrow()
          + " was not issued by a previous DescribeWorkspaceBundles call.").outcome(state);
    }
    return Outcome.success(state, DescribeWorkspaceBundlesResult.builder()
        .bundles(page.get().items())
        .nextToken(page.get().nextToken())
        .build());
  }

  /** Returns the bundles the request selects, by id, before paging. */
  private static NavigableMap<String, WorkspaceBundle> candidates(State state, Scope scope,
      DescribeWorkspaceBundlesRequest request) {
    NavigableMap<String, WorkspaceBundle> own = state.scope(scope).get(Kinds.BUNDLES).entries().sorted();
    if (request.hasBundleIds()) {
      NavigableMap<String, WorkspaceBundle> found = new TreeMap<>();
      for (String id : request.bundleIds()) {
        AmazonBundles.find(id).or(() -> Optional.ofNullable(own.get(id)))
            .ifPresent(bundle -> found.put(id, bundle));
      }
      return found;
    }
    String owner = request.owner().orElse(scope.accountId());
    if (AMAZON.equals(owner)) {
      return AmazonBundles.all();
    }
    return owner.equals(scope.accountId()) ? own : new TreeMap<>();
  }
}

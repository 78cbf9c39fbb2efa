package dev.workspaces.engine.op.ipgroup;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.Page;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.PageTokenRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.WorkspacesIpGroup;
import dev.workspaces.model.request.DescribeIpGroupsRequest;
import dev.workspaces.model.response.DescribeIpGroupsResult;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * DescribeIpGroups: the caller's groups by id in pages of MaxResults (25 when not set). A NextToken
 * that was not issued is refused by row {@link PageTokenRule#ISSUED}.
 *
 * <h2>Readings</h2>
 * GroupIds narrows the listing, and an id that is not one of the caller's groups is simply not
 * listed (the operation declares no ResourceNotFoundException).
 */
final class DescribeIpGroupsHandler implements Handler<DescribeIpGroupsRequest> {
  private static final int PAGE_SIZE = 25;

  @Override
  public Outcome handle(State state, Scope scope, DescribeIpGroupsRequest request) {
    Set<String> wanted = new HashSet<>(request.groupIds());
    Optional<Page<WorkspacesIpGroup>> page = Page.of(state.scope(scope).get(Kinds.IP_GROUPS).entries(), request.nextToken(),
        request.maxResults().orElse(PAGE_SIZE),
        group -> !request.hasGroupIds() || wanted.contains(group.groupId().orElseThrow()));
    if (page.isEmpty()) {
      String token = request.nextToken().orElseThrow();
      return new RuleRefusal(PageTokenRule.ISSUED, "The NextToken " + token
          + " was not issued by a previous DescribeIpGroups call.", token).outcome(state);
    }
    return Outcome.success(state, DescribeIpGroupsResult.builder()
        .result(page.get().items())
        .nextToken(page.get().nextToken())
        .build());
  }
}

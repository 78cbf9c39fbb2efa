package dev.workspaces.engine.op.alias;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.Page;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ConnectionAliasRule;
import dev.workspaces.engine.rule.PageTokenRule;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.ConnectionAliasPermission;
import dev.workspaces.model.request.DescribeConnectionAliasPermissionsRequest;
import dev.workspaces.model.response.DescribeConnectionAliasPermissionsResult;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * DescribeConnectionAliasPermissions: the accounts one of the caller's aliases is shared with, each
 * allowed to associate it, sorted by account id, in pages of MaxResults (25 when not set).
 *
 * <p>Refusals: {@link ConnectionAliasRule#ALIAS_VISIBLE}, {@link ConnectionAliasRule#OWNER_ONLY}, then
 * {@link PageTokenRule#ISSUED}.
 */
final class DescribeConnectionAliasPermissionsHandler implements Handler<DescribeConnectionAliasPermissionsRequest> {
  @Override
  public Outcome handle(State state, Scope scope, DescribeConnectionAliasPermissionsRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.aliasId().orElseThrow();
    Optional<Aliases.Visible> alias = Aliases.visible(editor, id);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> Aliases.missing(alias, id),
        () -> Aliases.notOwner(alias.get(), scope));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    NavigableMap<String, String> accounts = new TreeMap<>();
    alias.get().entry().sharedWith().forEach(account -> accounts.put(account, account));
    Optional<Page<String>> page = Page.of(accounts, request.nextToken(),
        request.maxResults().orElse(Aliases.PAGE_SIZE), account -> true);
    if (page.isEmpty()) {
      return RuleRefusal.of(PageTokenRule.ISSUED, "The NextToken " + request.nextToken().orElseThrow()
          + " was not issued by a previous DescribeConnectionAliasPermissions call.").outcome(state);
    }
    return Outcome.success(state, DescribeConnectionAliasPermissionsResult.builder()
        .aliasId(id)
        .connectionAliasPermissions(page.get().items().stream().map(account -> ConnectionAliasPermission.builder()
            .sharedAccountId(account).allowAssociation(true).build()).toList())
        .nextToken(page.get().nextToken())
        .build());
  }
}

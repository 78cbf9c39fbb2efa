package dev.workspaces.engine.op.alias;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.Page;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.PageTokenRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeConnectionAliases;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.ConnectionAlias;
import dev.workspaces.model.ConnectionAliasAssociation;
import dev.workspaces.model.request.DescribeConnectionAliasesRequest;
import dev.workspaces.model.response.DescribeConnectionAliasesResult;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * DescribeConnectionAliases: the aliases the caller owns and those shared with it in its region, in
 * alias id order, narrowed to AliasIds and to the aliases associated with directory ResourceId when
 * given, in pages of Limit (25 when not set). An id the caller does not see is left out (our reading).
 *
 * <p>Refusal: {@link PageTokenRule#ISSUED}.
 */
final class DescribeConnectionAliasesHandler implements Handler<DescribeConnectionAliasesRequest> {
  @Override
  public Outcome handle(State state, Scope scope, DescribeConnectionAliasesRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    ScopeConnectionAliases mine = editor.read(Kinds.CONNECTION_ALIASES);
    NavigableMap<String, ConnectionAlias> seen = new TreeMap<>();
    mine.entries().forEach((id, entry) -> seen.put(id, entry.alias()));
    mine.sharedWithMe().forEach((id, owner) -> editor.read(owner, Kinds.CONNECTION_ALIASES).find(id)
        .ifPresent(entry -> seen.put(id, entry.alias())));
    Predicate<ConnectionAlias> named = alias -> !request.hasAliasIds()
        || request.aliasIds().contains(alias.aliasId().orElseThrow());
    Predicate<ConnectionAlias> onResource = alias -> request.resourceId().isEmpty()
        || alias.associations().stream().map(ConnectionAliasAssociation::resourceId).anyMatch(request.resourceId()::equals);
    Optional<Page<ConnectionAlias>> page = Page.of(seen, request.nextToken(),
        request.limit().orElse(Aliases.PAGE_SIZE), named.and(onResource));
    if (page.isEmpty()) {
      return RuleRefusal.of(PageTokenRule.ISSUED, "The NextToken " + request.nextToken().orElseThrow()
          + " was not issued by a previous DescribeConnectionAliases call.").outcome(state);
    }
    return Outcome.success(state, DescribeConnectionAliasesResult.builder()
        .connectionAliases(page.get().items())
        .nextToken(page.get().nextToken())
        .build());
  }
}

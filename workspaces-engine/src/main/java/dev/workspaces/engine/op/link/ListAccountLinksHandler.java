package dev.workspaces.engine.op.link;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.Page;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.PageTokenRule;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.request.ListAccountLinksRequest;
import dev.workspaces.model.response.ListAccountLinksResult;
import java.util.Optional;

/**
 * ListAccountLinks: the links the caller is the source or the target of in its region, in link id
 * order, narrowed to the statuses of LinkStatusFilter when it names any, in pages of MaxResults (25 when
 * not set).
 *
 * <p>Refusal: {@link PageTokenRule#ISSUED_VALIDATED}.
 */
final class ListAccountLinksHandler implements Handler<ListAccountLinksRequest> {
  @Override
  public Outcome handle(State state, Scope scope, ListAccountLinksRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    Optional<Page<Links.Visible>> page = Page.of(Links.all(editor), request.nextToken(),
        request.maxResults().orElse(Links.PAGE_SIZE),
        link -> request.linkStatusFilter().isEmpty() || request.linkStatusFilter().contains(link.status()));
    if (page.isEmpty()) {
      return RuleRefusal.of(PageTokenRule.ISSUED_VALIDATED, "The NextToken " + request.nextToken().orElseThrow()
          + " was not issued by a previous ListAccountLinks call.").outcome(state);
    }
    return Outcome.success(state, ListAccountLinksResult.builder()
        .accountLinks(page.get().items().stream().map(Links.Visible::link).toList())
        .nextToken(page.get().nextToken())
        .build());
  }
}

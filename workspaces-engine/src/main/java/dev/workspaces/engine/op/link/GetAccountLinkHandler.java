package dev.workspaces.engine.op.link;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.AccountLinkRule;
import dev.workspaces.engine.state.ScopeAccountLinks;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.request.GetAccountLinkRequest;
import dev.workspaces.model.response.GetAccountLinkResult;
import java.util.Comparator;
import java.util.Optional;

/**
 * GetAccountLink: one link the caller is the source or the target of, by LinkId, or by the other
 * account (LinkedAccountId): then a pending or linked one before a rejected one, the lowest id first.
 *
 * <p>Refusals, in table order: {@link AccountLinkRule#LINK_KEY_GIVEN} and {@link AccountLinkRule#LINK_VISIBLE}.
 */
final class GetAccountLinkHandler implements Handler<GetAccountLinkRequest> {
  @Override
  public Outcome handle(State state, Scope scope, GetAccountLinkRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String named = request.linkId().or(request::linkedAccountId).orElse("");
    Optional<Links.Visible> link = request.linkId().isPresent() ? Links.visible(editor, named)
        : Links.all(editor).values().stream()
            .filter(found -> found.link().sourceAccountId().equals(Optional.of(named))
                || found.link().targetAccountId().equals(Optional.of(named)))
            .min(Comparator.comparing((Links.Visible found) -> !ScopeAccountLinks.live(found.link())));
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> RuleRefusal.when(named.isEmpty(), AccountLinkRule.LINK_KEY_GIVEN,
            () -> "GetAccountLink needs a LinkId or a LinkedAccountId."),
        () -> Links.missing(link, named));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    return Outcome.success(state, GetAccountLinkResult.builder().accountLink(link.get().link()).build());
  }
}

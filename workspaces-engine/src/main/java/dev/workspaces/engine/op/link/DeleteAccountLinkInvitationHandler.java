package dev.workspaces.engine.op.link;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.AccountLinkRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.request.DeleteAccountLinkInvitationRequest;
import dev.workspaces.model.response.DeleteAccountLinkInvitationResult;
import java.util.Optional;

/**
 * DeleteAccountLinkInvitation: the source withdraws a pending invitation; it disappears for both
 * accounts, and the answer shows it as it was (our reading: the model has no deleted status).
 *
 * <p>Refusals, in table order: {@link AccountLinkRule#LINK_VISIBLE}, {@link AccountLinkRule#SOURCE_ONLY}
 * and {@link AccountLinkRule#PENDING}.
 */
final class DeleteAccountLinkInvitationHandler implements Handler<DeleteAccountLinkInvitationRequest> {
  @Override
  public Outcome handle(State state, Scope scope, DeleteAccountLinkInvitationRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.linkId().orElseThrow();
    Optional<Links.Visible> link = Links.visible(editor, id);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> Links.missing(link, id),
        () -> RuleRefusal.when(!link.get().source().equals(scope), AccountLinkRule.SOURCE_ONLY, id,
            () -> "The account link " + id + " was sent by account " + link.get().source().accountId()
                + "; only that account can delete it."),
        () -> Links.notPending(link.get()));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    editor.remove(id);
    editor.edit(Scope.of(link.get().link().targetAccountId().orElseThrow(), scope.region()), Kinds.ACCOUNT_LINKS,
        links -> links.uninvited(id));
    return Outcome.success(editor.state(), DeleteAccountLinkInvitationResult.builder().accountLink(link.get().link()).build());
  }
}

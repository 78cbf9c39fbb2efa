package dev.workspaces.engine.op.link;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.AccountLinkRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.AccountLink;
import dev.workspaces.model.AccountLinkStatusEnum;
import dev.workspaces.model.WorkspacesResponse;
import java.util.Optional;
import java.util.function.Function;

/**
 * The target's answer to an invitation, shared by AcceptAccountLinkInvitation (LINKED) and
 * RejectAccountLinkInvitation (REJECTED). Refusals, in table order: {@link AccountLinkRule#LINK_VISIBLE},
 * {@link AccountLinkRule#TARGET_ONLY} and {@link AccountLinkRule#PENDING}.
 */
final class TargetAnswers {
  private TargetAnswers() {}

  /** Moves link {@code id} to {@code answer} for the target {@code scope}; {@code result} wraps the moved link. */
  static Outcome answer(State state, Scope scope, String id, AccountLinkStatusEnum answer,
      Function<AccountLink, WorkspacesResponse> result) {
    StateEditor editor = new StateEditor(state, scope);
    Optional<Links.Visible> link = Links.visible(editor, id);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> Links.missing(link, id),
        () -> RuleRefusal.when(!link.get().link().targetAccountId().equals(Optional.of(scope.accountId())),
            AccountLinkRule.TARGET_ONLY, id, () -> "The account link " + id + " was sent to account "
                + link.get().link().targetAccountId().orElseThrow() + "; only that account can answer it."),
        () -> Links.notPending(link.get()));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    AccountLink moved = link.get().link().toBuilder().accountLinkStatus(answer).build();
    editor.edit(link.get().source(), Kinds.ACCOUNT_LINKS, links -> links.plus(moved));
    return Outcome.success(editor.state(), result.apply(moved));
  }
}

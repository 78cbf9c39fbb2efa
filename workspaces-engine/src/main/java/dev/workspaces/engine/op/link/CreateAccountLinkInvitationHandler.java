package dev.workspaces.engine.op.link;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.AccountLinkRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeAccountLinks;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.AccountLink;
import dev.workspaces.model.AccountLinkStatusEnum;
import dev.workspaces.model.request.CreateAccountLinkInvitationRequest;
import dev.workspaces.model.response.CreateAccountLinkInvitationResult;
import java.util.Optional;

/**
 * CreateAccountLinkInvitation: a new link from the caller to the target account of the same region,
 * PENDING_ACCEPTANCE_BY_TARGET_ACCOUNT; the target's scope indexes it. The ClientToken is accepted
 * and not used: a repeated call is answered as a new one (refused while the first is pending).
 *
 * <p>Refusals, in table order: {@link AccountLinkRule#TARGET_OTHER} and
 * {@link AccountLinkRule#NOT_LINKED_OR_INVITED}.
 */
final class CreateAccountLinkInvitationHandler implements Handler<CreateAccountLinkInvitationRequest> {
  @Override
  public Outcome handle(State state, Scope scope, CreateAccountLinkInvitationRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String target = request.targetAccountId().orElseThrow();
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> RuleRefusal.when(target.equals(scope.accountId()), AccountLinkRule.TARGET_OTHER, target,
            () -> "The target account " + target + " is the caller's own."),
        () -> Links.all(editor).values().stream()
            .filter(link -> ScopeAccountLinks.live(link.link()) && (link.link().targetAccountId().equals(Optional.of(target))
                || link.link().sourceAccountId().equals(Optional.of(target))))
            .findFirst()
            .map(link -> new RuleRefusal(AccountLinkRule.NOT_LINKED_OR_INVITED, "The account " + target
                + " is already linked or invited: " + link.id() + " is " + link.status() + ".", link.id())));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    String id = editor.newId("link-", 12, false, taken -> false);
    AccountLink link = AccountLink.builder()
        .accountLinkId(id)
        .accountLinkStatus(AccountLinkStatusEnum.PENDING_ACCEPTANCE_BY_TARGET_ACCOUNT)
        .sourceAccountId(scope.accountId())
        .targetAccountId(target)
        .build();
    editor.edit(Kinds.ACCOUNT_LINKS, links -> links.plus(link));
    editor.edit(Scope.of(target, scope.region()), Kinds.ACCOUNT_LINKS, links -> links.invited(id, scope));
    return Outcome.success(editor.state(), CreateAccountLinkInvitationResult.builder().accountLink(link).build());
  }
}

package dev.workspaces.engine.op.link;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.model.AccountLinkStatusEnum;
import dev.workspaces.model.request.AcceptAccountLinkInvitationRequest;
import dev.workspaces.model.response.AcceptAccountLinkInvitationResult;

/**
 * AcceptAccountLinkInvitation: the target links the accounts (LINKED, for good). Refusals:
 * see {@link TargetAnswers}.
 */
final class AcceptAccountLinkInvitationHandler implements Handler<AcceptAccountLinkInvitationRequest> {
  @Override
  public Outcome handle(State state, Scope scope, AcceptAccountLinkInvitationRequest request) {
    return TargetAnswers.answer(state, scope, request.linkId().orElseThrow(), AccountLinkStatusEnum.LINKED,
        link -> AcceptAccountLinkInvitationResult.builder().accountLink(link).build());
  }
}

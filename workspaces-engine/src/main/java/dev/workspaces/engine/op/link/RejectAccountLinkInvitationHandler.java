package dev.workspaces.engine.op.link;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.model.AccountLinkStatusEnum;
import dev.workspaces.model.request.RejectAccountLinkInvitationRequest;
import dev.workspaces.model.response.RejectAccountLinkInvitationResult;

/**
 * RejectAccountLinkInvitation: the target turns the invitation down (REJECTED; still listed by both
 * accounts, and no bar to a new invitation). Refusals: see {@link TargetAnswers}.
 */
final class RejectAccountLinkInvitationHandler implements Handler<RejectAccountLinkInvitationRequest> {
  @Override
  public Outcome handle(State state, Scope scope, RejectAccountLinkInvitationRequest request) {
    return TargetAnswers.answer(state, scope, request.linkId().orElseThrow(), AccountLinkStatusEnum.REJECTED,
        link -> RejectAccountLinkInvitationResult.builder().accountLink(link).build());
  }
}

package dev.workspaces.engine.op.link;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.Sets;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.op.Call;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesOperations;
import dev.workspaces.model.request.AcceptAccountLinkInvitationRequest;
import dev.workspaces.model.request.CreateAccountLinkInvitationRequest;
import dev.workspaces.model.request.DeleteAccountLinkInvitationRequest;
import dev.workspaces.model.request.GetAccountLinkRequest;
import dev.workspaces.model.request.ListAccountLinksRequest;
import dev.workspaces.model.request.RejectAccountLinkInvitationRequest;
import java.util.Set;
import org.apiguardian.api.API;

/** The account link operations: invitations between two accounts, their answers, and the links both sides list. */
@API(status = INTERNAL)
public interface SimulatedAccountLinks extends WorkspacesOperations<Call, Outcome> {

  /** Returns the operations this interface overrides. */
  static Set<Operation> operations() {
    return Sets.immutableEnumSet(
        Operation.ACCEPT_ACCOUNT_LINK_INVITATION,
        Operation.CREATE_ACCOUNT_LINK_INVITATION,
        Operation.DELETE_ACCOUNT_LINK_INVITATION,
        Operation.GET_ACCOUNT_LINK,
        Operation.LIST_ACCOUNT_LINKS,
        Operation.REJECT_ACCOUNT_LINK_INVITATION);
  }

  @Override
  default Outcome acceptAccountLinkInvitation(Call call, AcceptAccountLinkInvitationRequest request) {
    return call.run(new AcceptAccountLinkInvitationHandler(), request);
  }

  @Override
  default Outcome createAccountLinkInvitation(Call call, CreateAccountLinkInvitationRequest request) {
    return call.run(new CreateAccountLinkInvitationHandler(), request);
  }

  @Override
  default Outcome deleteAccountLinkInvitation(Call call, DeleteAccountLinkInvitationRequest request) {
    return call.run(new DeleteAccountLinkInvitationHandler(), request);
  }

  @Override
  default Outcome getAccountLink(Call call, GetAccountLinkRequest request) {
    return call.run(new GetAccountLinkHandler(), request);
  }

  @Override
  default Outcome listAccountLinks(Call call, ListAccountLinksRequest request) {
    return call.run(new ListAccountLinksHandler(), request);
  }

  @Override
  default Outcome rejectAccountLinkInvitation(Call call, RejectAccountLinkInvitationRequest request) {
    return call.run(new RejectAccountLinkInvitationHandler(), request);
  }
}

package dev.workspaces.testing;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeAccountLinks;
import dev.workspaces.model.AccountLinkStatusEnum;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.AcceptAccountLinkInvitationRequest;
import dev.workspaces.model.request.CreateAccountLinkInvitationRequest;
import dev.workspaces.model.request.DeleteAccountLinkInvitationRequest;
import dev.workspaces.model.request.GetAccountLinkRequest;
import dev.workspaces.model.request.ListAccountLinksRequest;
import dev.workspaces.model.request.RejectAccountLinkInvitationRequest;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Transformer;

/**
 * The account link actions of the kit's state-based tests: invitations between the accounts of the
 * first scope's region (the first scope and {@link AliasActions#PEER}, or an account of neither),
 * and answers, deletions, lookups and listings of the links a scope sees (or of an unknown id), by
 * either side.
 */
final class LinkActions {
  private static final List<Scope> SCOPES = List.of(EngineActions.SCOPES.get(0), AliasActions.PEER);
  private static final List<String> ACCOUNTS = List.of(SCOPES.get(0).accountId(), SCOPES.get(1).accountId(),
      "999999999999");

  private LinkActions() {}

  /** One account link request of one of the two scopes. */
  static Arbitrary<Transformer<State>> links(State state) {
    List<Arbitrary<Transformer<State>>> choices = new ArrayList<>();
    for (Scope scope : SCOPES) {
      choices.add(Arbitraries.of(ACCOUNTS).map(account -> EngineActions.request(scope,
          CreateAccountLinkInvitationRequest.builder().targetAccountId(account).build())));
      Arbitrary<WorkspacesRequest> onLink = Combinators.combine(Arbitraries.of(seen(state, scope)),
          Arbitraries.of(ACCOUNTS), Arbitraries.integers().between(0, 5))
          .as((id, account, kind) -> switch (kind) {
            case 0 -> AcceptAccountLinkInvitationRequest.builder().linkId(id).build();
            case 1 -> RejectAccountLinkInvitationRequest.builder().linkId(id).build();
            case 2 -> DeleteAccountLinkInvitationRequest.builder().linkId(id).build();
            case 3 -> GetAccountLinkRequest.builder().linkId(id).build();
            case 4 -> GetAccountLinkRequest.builder().linkedAccountId(account).build();
            default -> ListAccountLinksRequest.builder().linkStatusFilter(AccountLinkStatusEnum.LINKED).build();
          });
      choices.add(onLink.map(request -> EngineActions.request(scope, request)));
    }
    return Arbitraries.oneOf(choices);
  }

  /** The ids of the links {@code scope} is the source or the target of, and one unknown id. */
  private static List<String> seen(State state, Scope scope) {
    ScopeAccountLinks links = state.scope(scope).get(Kinds.ACCOUNT_LINKS);
    List<String> ids = new ArrayList<>(links.entries().keySet());
    ids.addAll(links.toMe().keySet());
    ids.add("link-000000000000");
    return ids;
  }
}

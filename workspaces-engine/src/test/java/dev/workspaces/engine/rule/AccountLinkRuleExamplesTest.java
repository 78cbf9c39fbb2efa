package dev.workspaces.engine.rule;

import static dev.workspaces.engine.LinkFixtures.ACCEPTED;
import static dev.workspaces.engine.LinkFixtures.LINKED;
import static dev.workspaces.engine.LinkFixtures.OUTSIDER;
import static dev.workspaces.engine.LinkFixtures.PENDING;
import static dev.workspaces.engine.LinkFixtures.REJECTED;
import static dev.workspaces.engine.LinkFixtures.REJECTER;
import static dev.workspaces.engine.LinkFixtures.SOURCE;
import static dev.workspaces.engine.LinkFixtures.TARGET;
import static dev.workspaces.engine.LinkFixtures.WORLD;
import static dev.workspaces.engine.LinkFixtures.invite;

import dev.workspaces.engine.Scope;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.AcceptAccountLinkInvitationRequest;
import dev.workspaces.model.request.DeleteAccountLinkInvitationRequest;
import dev.workspaces.model.request.GetAccountLinkRequest;
import dev.workspaces.model.request.ListAccountLinksRequest;
import dev.workspaces.model.request.RejectAccountLinkInvitationRequest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pinned accepted and one pinned refused example per row of {@link AccountLinkRule}, against the
 * fixed world of {@link dev.workspaces.engine.LinkFixtures}, and the page token row of ListAccountLinks.
 */
class AccountLinkRuleExamplesTest {
  private static final String UNKNOWN = "link-unknown000";

  static Stream<RowExample> examples() {
    return Stream.of(
        ok(AccountLinkRule.TARGET_OTHER, SOURCE, invite(OUTSIDER.accountId())),
        no(AccountLinkRule.TARGET_OTHER, SOURCE, invite(SOURCE.accountId()), SOURCE.accountId()),
        ok(AccountLinkRule.NOT_LINKED_OR_INVITED, SOURCE, invite(REJECTER.accountId())),
        no(AccountLinkRule.NOT_LINKED_OR_INVITED, SOURCE, invite(TARGET.accountId()), PENDING),
        no(AccountLinkRule.NOT_LINKED_OR_INVITED, TARGET, invite(SOURCE.accountId()), PENDING),
        no(AccountLinkRule.NOT_LINKED_OR_INVITED, LINKED, invite(SOURCE.accountId()), "LINKED"),
        ok(AccountLinkRule.LINK_KEY_GIVEN, TARGET, GetAccountLinkRequest.builder().linkId(PENDING).build()),
        no(AccountLinkRule.LINK_KEY_GIVEN, TARGET, GetAccountLinkRequest.builder().build(), "LinkedAccountId"),
        ok(AccountLinkRule.LINK_VISIBLE, TARGET, accept(PENDING)),
        ok(AccountLinkRule.LINK_VISIBLE, REJECTER, GetAccountLinkRequest.builder().linkedAccountId(SOURCE.accountId()).build()),
        no(AccountLinkRule.LINK_VISIBLE, OUTSIDER, accept(PENDING), PENDING),
        no(AccountLinkRule.LINK_VISIBLE, SOURCE, GetAccountLinkRequest.builder().linkId(UNKNOWN).build(), UNKNOWN),
        no(AccountLinkRule.LINK_VISIBLE, SOURCE,
            GetAccountLinkRequest.builder().linkedAccountId(OUTSIDER.accountId()).build(), OUTSIDER.accountId()),
        ok(AccountLinkRule.TARGET_ONLY, TARGET, reject(PENDING)),
        no(AccountLinkRule.TARGET_ONLY, SOURCE, accept(PENDING), TARGET.accountId()),
        ok(AccountLinkRule.SOURCE_ONLY, SOURCE, delete(PENDING)),
        no(AccountLinkRule.SOURCE_ONLY, TARGET, delete(PENDING), SOURCE.accountId()),
        ok(AccountLinkRule.PENDING, TARGET, accept(PENDING)),
        no(AccountLinkRule.PENDING, LINKED, accept(ACCEPTED), "LINKED"),
        no(AccountLinkRule.PENDING, REJECTER, reject(REJECTED), "REJECTED"),
        no(AccountLinkRule.PENDING, SOURCE, delete(ACCEPTED), "LINKED"),
        ok(PageTokenRule.ISSUED_VALIDATED, SOURCE, ListAccountLinksRequest.builder().maxResults(1).build()),
        no(PageTokenRule.ISSUED_VALIDATED, SOURCE, ListAccountLinksRequest.builder().nextToken("not-ours").build(),
            "not-ours"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRowDecidesTheOutcome(RowExample example) {
    example.check();
  }

  private static RowExample ok(RefusalRule row, Scope caller, WorkspacesRequest request) {
    return RowExample.ok(row, WORLD, caller, request);
  }

  private static RowExample no(RefusalRule row, Scope caller, WorkspacesRequest request, String named) {
    return RowExample.no(row, WORLD, caller, request, named);
  }

  private static AcceptAccountLinkInvitationRequest accept(String id) {
    return AcceptAccountLinkInvitationRequest.builder().linkId(id).build();
  }

  private static RejectAccountLinkInvitationRequest reject(String id) {
    return RejectAccountLinkInvitationRequest.builder().linkId(id).build();
  }

  private static DeleteAccountLinkInvitationRequest delete(String id) {
    return DeleteAccountLinkInvitationRequest.builder().linkId(id).build();
  }
}

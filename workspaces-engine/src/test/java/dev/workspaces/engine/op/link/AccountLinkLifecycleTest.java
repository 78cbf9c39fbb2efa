package dev.workspaces.engine.op.link;

import static dev.workspaces.engine.LinkFixtures.ACCEPTED;
import static dev.workspaces.engine.LinkFixtures.LINKED;
import static dev.workspaces.engine.LinkFixtures.PENDING;
import static dev.workspaces.engine.LinkFixtures.REJECTED;
import static dev.workspaces.engine.LinkFixtures.REJECTER;
import static dev.workspaces.engine.LinkFixtures.SOURCE;
import static dev.workspaces.engine.LinkFixtures.TARGET;
import static dev.workspaces.engine.LinkFixtures.WORLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.AccountLink;
import dev.workspaces.model.AccountLinkStatusEnum;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.DeleteAccountLinkInvitationRequest;
import dev.workspaces.model.request.GetAccountLinkRequest;
import dev.workspaces.model.request.ListAccountLinksRequest;
import dev.workspaces.model.response.GetAccountLinkResult;
import dev.workspaces.model.response.ListAccountLinksResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Account links as both accounts see them: listing with filters and pages, lookup by the other account, deletion. */
class AccountLinkLifecycleTest {

  @Test
  void bothSidesListALinkWithItsStatus() {
    assertEquals(List.of(ACCEPTED, PENDING, REJECTED).stream().sorted().toList(), ids(WORLD, SOURCE, List.of()));
    assertEquals(List.of(PENDING), ids(WORLD, TARGET, List.of()));
    assertEquals(List.of(REJECTED), ids(WORLD, REJECTER, List.of()));
    assertEquals(List.of(ACCEPTED), ids(WORLD, SOURCE, List.of(AccountLinkStatusEnum.LINKED)));
    assertEquals(List.of(), ids(WORLD, LINKED, List.of(AccountLinkStatusEnum.REJECTED)));
  }

  @Test
  void pagesOfOneSeeEveryLinkOnce() {
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      ListAccountLinksResult page = (ListAccountLinksResult) ImageFixtures.accepted(WORLD, SOURCE,
          ListAccountLinksRequest.builder().maxResults(1).nextToken(java.util.Optional.ofNullable(token)).build())
          .response().orElseThrow();
      page.accountLinks().forEach(link -> seen.add(link.accountLinkId().orElseThrow()));
      token = page.nextToken().orElse(null);
    } while (token != null);
    assertEquals(ids(WORLD, SOURCE, List.of()), seen);
  }

  @Test
  void theLinkedAccountFindsItsLinkByTheOtherAccountsId() {
    AccountLink found = ((GetAccountLinkResult) ImageFixtures.accepted(WORLD, LINKED,
        GetAccountLinkRequest.builder().linkedAccountId(SOURCE.accountId()).build()).response().orElseThrow())
        .accountLink().orElseThrow();
    assertEquals(ACCEPTED, found.accountLinkId().orElseThrow());
    assertEquals(AccountLinkStatusEnum.LINKED, found.accountLinkStatus().orElseThrow());
  }

  @Test
  void aDeletedInvitationDisappearsForBothAccountsAndCanBeSentAgain() {
    State deleted = ImageFixtures.accepted(WORLD, SOURCE,
        DeleteAccountLinkInvitationRequest.builder().linkId(PENDING).build()).state();
    assertEquals(List.of(), ids(deleted, TARGET, List.of()));
    assertTrue(deleted.scope(TARGET).get(Kinds.ACCOUNT_LINKS).toMe().isEmpty());
    ImageFixtures.refused(deleted, TARGET, GetAccountLinkRequest.builder().linkId(PENDING).build(),
        ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, PENDING);
    ImageFixtures.accepted(deleted, SOURCE, dev.workspaces.engine.LinkFixtures.invite(TARGET.accountId()));
  }

  private static List<String> ids(State state, Scope scope, List<AccountLinkStatusEnum> filter) {
    ListAccountLinksResult result = (ListAccountLinksResult) ImageFixtures.accepted(state, scope,
        ListAccountLinksRequest.builder().linkStatusFilter(filter.toArray(AccountLinkStatusEnum[]::new)).build()).response().orElseThrow();
    return result.accountLinks().stream().map(link -> link.accountLinkId().orElseThrow()).toList();
  }
}

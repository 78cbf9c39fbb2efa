package dev.workspaces.awssdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workspaces.server.WorkspacesEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.AccessDeniedException;
import software.amazon.awssdk.services.workspaces.model.AccountLink;
import software.amazon.awssdk.services.workspaces.model.AccountLinkStatusEnum;
import software.amazon.awssdk.services.workspaces.model.ConflictException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.ValidationException;

/**
 * Account link invitations through real WorkSpacesClients of the SDK against the engine in process:
 * account A invites B and C; B accepts, C rejects; the illegal steps are refused, both sides list
 * what they see, and a pending invitation is withdrawn.
 */
class AccountLinksSdkTest {
  private static final String ACCOUNT_A = "111122223333";
  private static final String ACCOUNT_B = "444455556666";
  private static final String ACCOUNT_C = "777788889999";

  private final WorkspacesEndpoint endpoint = InProcessWorkspaces.endpoint();
  private final WorkSpacesClient a = InProcessWorkspaces.client(endpoint, ACCOUNT_A, Region.US_EAST_1);
  private final WorkSpacesClient b = InProcessWorkspaces.client(endpoint, ACCOUNT_B, Region.US_EAST_1);
  private final WorkSpacesClient c = InProcessWorkspaces.client(endpoint, ACCOUNT_C, Region.US_EAST_1);

  @Test
  void anInvitationAcceptedByOneAccountAndRejectedByAnother() {
    AccountLink toB = a.createAccountLinkInvitation(r -> r.targetAccountId(ACCOUNT_B)).accountLink();
    AccountLink toC = a.createAccountLinkInvitation(r -> r.targetAccountId(ACCOUNT_C)).accountLink();
    assertEquals(AccountLinkStatusEnum.PENDING_ACCEPTANCE_BY_TARGET_ACCOUNT, toB.accountLinkStatus());
    assertEquals(ACCOUNT_A, toB.sourceAccountId());
    assertThrows(ConflictException.class, () -> b.createAccountLinkInvitation(r -> r.targetAccountId(ACCOUNT_A)),
        "already invited");
    assertThrows(ValidationException.class, () -> a.createAccountLinkInvitation(r -> r.targetAccountId(ACCOUNT_A)));
    assertThrows(AccessDeniedException.class, () -> a.acceptAccountLinkInvitation(r -> r.linkId(toB.accountLinkId())));
    assertThrows(ResourceNotFoundException.class, () -> c.acceptAccountLinkInvitation(r -> r.linkId(toB.accountLinkId())));

    assertEquals(AccountLinkStatusEnum.LINKED,
        b.acceptAccountLinkInvitation(r -> r.linkId(toB.accountLinkId())).accountLink().accountLinkStatus());
    assertEquals(AccountLinkStatusEnum.REJECTED,
        c.rejectAccountLinkInvitation(r -> r.linkId(toC.accountLinkId())).accountLink().accountLinkStatus());
    assertThrows(ConflictException.class, () -> b.rejectAccountLinkInvitation(r -> r.linkId(toB.accountLinkId())),
        "no unlinking once accepted");
    assertThrows(ConflictException.class, () -> a.deleteAccountLinkInvitation(r -> r.linkId(toC.accountLinkId())));

    assertEquals(AccountLinkStatusEnum.LINKED,
        b.getAccountLink(r -> r.linkedAccountId(ACCOUNT_A)).accountLink().accountLinkStatus());
    assertEquals(List.of(toB.accountLinkId(), toC.accountLinkId()).stream().sorted().toList(),
        a.listAccountLinks(r -> {}).accountLinks().stream().map(AccountLink::accountLinkId).toList());
    assertEquals(List.of(toC.accountLinkId()), a.listAccountLinks(r -> r.linkStatusFilter(AccountLinkStatusEnum.REJECTED))
        .accountLinks().stream().map(AccountLink::accountLinkId).toList());
    assertEquals(List.of(toC.accountLinkId()),
        c.listAccountLinks(r -> {}).accountLinks().stream().map(AccountLink::accountLinkId).toList());

    AccountLink again = a.createAccountLinkInvitation(r -> r.targetAccountId(ACCOUNT_C)).accountLink();
    assertThrows(AccessDeniedException.class, () -> c.deleteAccountLinkInvitation(r -> r.linkId(again.accountLinkId())));
    a.deleteAccountLinkInvitation(r -> r.linkId(again.accountLinkId()));
    assertThrows(ResourceNotFoundException.class, () -> c.getAccountLink(r -> r.linkId(again.accountLinkId())));
  }
}

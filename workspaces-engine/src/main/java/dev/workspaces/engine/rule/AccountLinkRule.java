package dev.workspaces.engine.rule;

import static dev.workspaces.model.Operation.ACCEPT_ACCOUNT_LINK_INVITATION;
import static dev.workspaces.model.Operation.CREATE_ACCOUNT_LINK_INVITATION;
import static dev.workspaces.model.Operation.DELETE_ACCOUNT_LINK_INVITATION;
import static dev.workspaces.model.Operation.GET_ACCOUNT_LINK;
import static dev.workspaces.model.Operation.REJECT_ACCOUNT_LINK_INVITATION;
import static dev.workspaces.model.error.ErrorCode.ACCESS_DENIED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.CONFLICT_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.VALIDATION_EXCEPTION;

import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.util.EnumSet;

/**
 * The precondition table of account links: an invitation from a source account to a target account
 * of the same region, accepted or rejected by the target, deleted by the source while pending.
 * Sources: the API reference of the six operations (ConflictException: "The TargetAccountId is
 * already linked or invited"; no unlinking once accepted), read 2026-12; rows marked "our reading"
 * decide what it leaves open.
 *
 * <p>Within one operation the handlers check the rows in table order. A NextToken of
 * ListAccountLinks is checked by {@link PageTokenRule#ISSUED_VALIDATED}.
 */
public enum AccountLinkRule implements RefusalRule {
  TARGET_OTHER(
      EnumSet.of(CREATE_ACCOUNT_LINK_INVITATION), VALIDATION_EXCEPTION, "2026-12",
      "The target account is not the caller's own (our reading)."),
  NOT_LINKED_OR_INVITED(
      EnumSet.of(CREATE_ACCOUNT_LINK_INVITATION), CONFLICT_EXCEPTION, "2026-12",
      "The two accounts have no link pending acceptance or linked between them, in either direction "
          + "(API reference: the TargetAccountId is already linked or invited); a REJECTED one does not count."),
  LINK_KEY_GIVEN(
      EnumSet.of(GET_ACCOUNT_LINK), VALIDATION_EXCEPTION, "2026-12",
      "GetAccountLink names a LinkId or a LinkedAccountId (the model leaves both optional; our reading)."),
  LINK_VISIBLE(
      EnumSet.of(ACCEPT_ACCOUNT_LINK_INVITATION, REJECT_ACCOUNT_LINK_INVITATION, DELETE_ACCOUNT_LINK_INVITATION,
          GET_ACCOUNT_LINK),
      RESOURCE_NOT_FOUND_EXCEPTION, "2026-12",
      "The link exists in the caller's region with the caller as its source or its target; by "
          + "LinkedAccountId, a link between the two accounts, pending or linked before rejected, "
          + "the lowest id first (our reading)."),
  TARGET_ONLY(
      EnumSet.of(ACCEPT_ACCOUNT_LINK_INVITATION, REJECT_ACCOUNT_LINK_INVITATION), ACCESS_DENIED_EXCEPTION, "2026-12",
      "Only the target account accepts or rejects an invitation (our reading)."),
  SOURCE_ONLY(
      EnumSet.of(DELETE_ACCOUNT_LINK_INVITATION), ACCESS_DENIED_EXCEPTION, "2026-12",
      "Only the source account deletes an invitation (our reading)."),
  PENDING(
      EnumSet.of(ACCEPT_ACCOUNT_LINK_INVITATION, REJECT_ACCOUNT_LINK_INVITATION, DELETE_ACCOUNT_LINK_INVITATION),
      CONFLICT_EXCEPTION, "2026-12",
      "The link is PENDING_ACCEPTANCE_BY_TARGET_ACCOUNT: a linked one cannot be undone (API reference, "
          + "AcceptAccountLinkInvitation), a rejected one is final (our reading).");

  private final Precondition precondition;

  AccountLinkRule(EnumSet<Operation> operations, ErrorCode errorCode, String docDate, String rule) {
    this.precondition = new Precondition(operations, errorCode, docDate, rule);
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }
}

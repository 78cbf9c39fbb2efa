package dev.workspaces.engine.rule;

import static dev.workspaces.model.Operation.ASSOCIATE_CONNECTION_ALIAS;
import static dev.workspaces.model.Operation.CREATE_CONNECTION_ALIAS;
import static dev.workspaces.model.Operation.DELETE_CONNECTION_ALIAS;
import static dev.workspaces.model.Operation.DESCRIBE_CONNECTION_ALIAS_PERMISSIONS;
import static dev.workspaces.model.Operation.DISASSOCIATE_CONNECTION_ALIAS;
import static dev.workspaces.model.Operation.UPDATE_CONNECTION_ALIAS_PERMISSION;
import static dev.workspaces.model.error.ErrorCode.ACCESS_DENIED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_ASSOCIATED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION;

import dev.workspaces.engine.Quota;
import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.util.EnumSet;

/**
 * The precondition table of connection aliases (cross-Region redirection): creation, association
 * with directories, and sharing with other accounts. Sources: the API reference of each operation
 * and the administration guide's "Cross-Region redirection" and "Amazon WorkSpaces quotas" pages,
 * read 2026-12; rows marked "our reading" decide what those pages leave open.
 *
 * <p>Within one operation the handlers check the rows in table order, so when a request breaks
 * several rules the first row answers. A NextToken is checked by {@link PageTokenRule#ISSUED}.
 */
public enum ConnectionAliasRule implements RefusalRule {
  CONNECTION_STRING_FQDN(
      EnumSet.of(CREATE_CONNECTION_ALIAS), INVALID_PARAMETER_VALUES_EXCEPTION, "2026-12",
      "The connection string is a fully qualified domain name (API reference): at least two labels "
          + "separated by dots, none empty, none starting or ending with a hyphen (our reading of FQDN)."),
  CONNECTION_STRING_FREE(
      EnumSet.of(CREATE_CONNECTION_ALIAS), RESOURCE_ALREADY_EXISTS_EXCEPTION, "2026-12",
      "A connection string is globally reserved for the account that first created it, even after all its "
          + "aliases are deleted (API reference, CreateConnectionAlias); the same account may create it "
          + "in another region, not twice in one region (our reading)."),
  ALIAS_LIMIT(
      EnumSet.of(CREATE_CONNECTION_ALIAS), RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "2026-12",
      "An account holds at most " + QuotaText.of(Quota.CONNECTION_ALIASES_PER_SCOPE)
          + " connection aliases in a region (quotas page)."),
  TAG_LIMIT(
      EnumSet.of(CREATE_CONNECTION_ALIAS), RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "2026-12",
      "A new alias may carry at most " + QuotaText.of(Quota.TAGS_PER_RESOURCE) + " tags, as CreateTags "
          + "allows; tags with the same key count once, the last value winning."),
  ALIAS_VISIBLE(
      EnumSet.of(DELETE_CONNECTION_ALIAS, ASSOCIATE_CONNECTION_ALIAS, DISASSOCIATE_CONNECTION_ALIAS,
          UPDATE_CONNECTION_ALIAS_PERMISSION, DESCRIBE_CONNECTION_ALIAS_PERMISSIONS),
      RESOURCE_NOT_FOUND_EXCEPTION, "2026-12",
      "The alias is one of the caller's in the caller's region, or one shared with the caller there; "
          + "an account without permission does not see it."),
  OWNER_ONLY(
      EnumSet.of(DELETE_CONNECTION_ALIAS, UPDATE_CONNECTION_ALIAS_PERMISSION, DESCRIBE_CONNECTION_ALIAS_PERMISSIONS),
      ACCESS_DENIED_EXCEPTION, "2026-12",
      "Only the owner deletes an alias, shares it, or lists its permissions; an account it is shared with "
          + "may only associate and disassociate it (our reading)."),
  ALIAS_CREATED(
      EnumSet.of(DELETE_CONNECTION_ALIAS, ASSOCIATE_CONNECTION_ALIAS, DISASSOCIATE_CONNECTION_ALIAS,
          UPDATE_CONNECTION_ALIAS_PERMISSION),
      INVALID_RESOURCE_STATE_EXCEPTION, "2026-12",
      "The alias is CREATED, not still CREATING or already DELETING (API reference: call "
          + "DescribeConnectionAliases first to make sure it is CREATED)."),
  SHARE_NOT_SELF(
      EnumSet.of(UPDATE_CONNECTION_ALIAS_PERMISSION), INVALID_PARAMETER_VALUES_EXCEPTION, "2026-12",
      "The account to share with or unshare from is not the owner's (our reading)."),
  REVOKE_UNASSOCIATED(
      EnumSet.of(UPDATE_CONNECTION_ALIAS_PERMISSION), RESOURCE_ASSOCIATED_EXCEPTION, "2026-12",
      "Permission cannot be revoked from an account while that account has the alias associated with one "
          + "of its directories: it disassociates first (API reference, UpdateConnectionAliasPermission)."),
  DIRECTORY_REGISTERED(
      EnumSet.of(ASSOCIATE_CONNECTION_ALIAS), RESOURCE_NOT_FOUND_EXCEPTION, "2026-12",
      "The directory is registered with WorkSpaces in the caller's account and region (not DEREGISTERED)."),
  DIRECTORY_STATE(
      EnumSet.of(ASSOCIATE_CONNECTION_ALIAS), INVALID_RESOURCE_STATE_EXCEPTION, "2026-12",
      "The directory is REGISTERED, not still REGISTERING or already DEREGISTERING (our reading)."),
  ALIAS_UNASSOCIATED(
      EnumSet.of(ASSOCIATE_CONNECTION_ALIAS), RESOURCE_ASSOCIATED_EXCEPTION, "2026-12",
      "An alias is associated with at most one directory: it has no association, pending or not, by any "
          + "account (administration guide: one directory per Region)."),
  ALIAS_ASSOCIATED(
      EnumSet.of(DISASSOCIATE_CONNECTION_ALIAS), INVALID_RESOURCE_STATE_EXCEPTION, "2026-12",
      "Only an associated alias (ASSOCIATED_WITH_OWNER_ACCOUNT or ASSOCIATED_WITH_SHARED_ACCOUNT) can be "
          + "disassociated, not one without association or one still pending (our reading)."),
  ASSOCIATED_BY_CALLER(
      EnumSet.of(DISASSOCIATE_CONNECTION_ALIAS), ACCESS_DENIED_EXCEPTION, "2026-12",
      "Only the account that associated the alias disassociates it: the owner cannot undo a shared "
          + "account's association (API reference, DeleteConnectionAlias: the shared account disassociates first)."),
  DELETE_UNUSED(
      EnumSet.of(DELETE_CONNECTION_ALIAS), RESOURCE_ASSOCIATED_EXCEPTION, "2026-12",
      "An alias is deleted only when it is associated with no directory and shared with no account "
          + "(API reference, DeleteConnectionAlias).");

  private final Precondition precondition;

  ConnectionAliasRule(EnumSet<Operation> operations, ErrorCode errorCode, String docDate, String rule) {
    this.precondition = new Precondition(operations, errorCode, docDate, rule);
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }
}

package dev.workspaces.engine.rule;

import static dev.workspaces.model.Operation.CREATE_WORKSPACES;
import static dev.workspaces.model.error.ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION;

import dev.workspaces.engine.Quota;
import dev.workspaces.model.error.ErrorCode;
import java.util.EnumSet;

/**
 * The precondition table of one CreateWorkspaces item: a refused item is reported in
 * {@code FailedRequests} with the row's error code and the call itself succeeds. An item is also
 * refused by {@link BundleRule#BUNDLE_EXISTS} (after the directory rows) and
 * {@link WorkspaceRequestRule#PROPERTIES_VALID} (before the limit row).
 */
public enum CreateWorkspacesRule implements RefusalRule {
  DIRECTORY_KNOWN(
      RESOURCE_NOT_FOUND_EXCEPTION, "2026-08",
      "The item's directory is known to WorkSpaces in the caller's region (our reading: a DEREGISTERED "
          + "one still listed is known, and refused by the next row)."),
  DIRECTORY_REGISTERED(
      INVALID_RESOURCE_STATE_EXCEPTION, "2026-08",
      "WorkSpaces are created only in a REGISTERED directory (our reading), not in one still "
          + "REGISTERING or being deregistered."),
  NAME_FOR_UNDEFINED_USER(
      INVALID_PARAMETER_VALUES_EXCEPTION, "2026-08",
      "An item whose UserName is [UNDEFINED] (a WorkSpace not tied to a user) gives a WorkspaceName."),
  NAME_ONLY_FOR_UNDEFINED_USER(
      INVALID_PARAMETER_VALUES_EXCEPTION, "2026-08",
      "An item with a real UserName gives no WorkspaceName."),
  ONE_PER_USER(
      RESOURCE_ALREADY_EXISTS_EXCEPTION, "2026-08",
      "A user has at most one WorkSpace in a directory (our reading); a TERMINATED WorkSpace no longer "
          + "holds its user."),
  WORKSPACE_LIMIT(
      RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "2026-08",
      "An account holds at most " + QuotaText.of(Quota.WORKSPACES_PER_SCOPE) + " WorkSpaces in a region, "
          + "TERMINATED ones included until they disappear.");

  private final Precondition precondition;

  CreateWorkspacesRule(ErrorCode errorCode, String docDate, String rule) {
    this.precondition = new Precondition(EnumSet.of(CREATE_WORKSPACES), errorCode, docDate, rule);
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }
}

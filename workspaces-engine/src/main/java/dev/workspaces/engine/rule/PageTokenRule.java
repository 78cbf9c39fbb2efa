package dev.workspaces.engine.rule;

import static dev.workspaces.model.Operation.DESCRIBE_CONNECTION_ALIASES;
import static dev.workspaces.model.Operation.DESCRIBE_CONNECTION_ALIAS_PERMISSIONS;
import static dev.workspaces.model.Operation.DESCRIBE_IP_GROUPS;
import static dev.workspaces.model.Operation.DESCRIBE_WORKSPACES;
import static dev.workspaces.model.Operation.DESCRIBE_WORKSPACES_CONNECTION_STATUS;
import static dev.workspaces.model.Operation.DESCRIBE_WORKSPACE_BUNDLES;
import static dev.workspaces.model.Operation.DESCRIBE_WORKSPACE_DIRECTORIES;
import static dev.workspaces.model.Operation.DESCRIBE_WORKSPACE_IMAGES;
import static dev.workspaces.model.Operation.DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS;
import static dev.workspaces.model.Operation.LIST_ACCOUNT_LINKS;
import static dev.workspaces.model.error.ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.VALIDATION_EXCEPTION;

import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.util.EnumSet;

/**
 * The precondition table of page tokens: one row per way a listing answers a NextToken it did not
 * issue. Every listing checks its token after its other rows.
 */
public enum PageTokenRule implements RefusalRule {
  ISSUED(
      EnumSet.of(DESCRIBE_WORKSPACES, DESCRIBE_WORKSPACES_CONNECTION_STATUS, DESCRIBE_WORKSPACE_DIRECTORIES,
          DESCRIBE_WORKSPACE_BUNDLES, DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS, DESCRIBE_IP_GROUPS,
          DESCRIBE_CONNECTION_ALIASES, DESCRIBE_CONNECTION_ALIAS_PERMISSIONS),
      INVALID_PARAMETER_VALUES_EXCEPTION, "2026-08",
      "A NextToken is one an earlier call of the same listing returned; these operations declare "
          + "InvalidParameterValuesException for it."),
  ISSUED_VALIDATED(
      EnumSet.of(DESCRIBE_WORKSPACE_IMAGES, LIST_ACCOUNT_LINKS), VALIDATION_EXCEPTION, "2026-08",
      "A NextToken is one an earlier call of the same listing returned. DescribeWorkspaceImages declares "
          + "only AccessDeniedException, so the refusal is ValidationException, the error every AWS service "
          + "may give for input it rejects (our choice), and the one ListAccountLinks declares.");

  private final Precondition precondition;

  PageTokenRule(EnumSet<Operation> operations, ErrorCode errorCode, String docDate, String rule) {
    this.precondition = new Precondition(operations, errorCode, docDate, rule);
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }
}

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
import java.util.Map;

/**
 * The precondition table of one CreateWorkspaces item: a refused item is reported in
 * {@code FailedRequests} with the row's item code (the service's own dotted code where public
 * sources show one, else the error code's name) and the call itself succeeds. An item is also
 * refused by {@link BundleRule#BUNDLE_EXISTS} (after the directory rows) and
 * {@link WorkspaceRequestRule#PROPERTIES_VALID} (before the limit row).
 */
public enum CreateWorkspacesRule implements RefusalRule {
  DIRECTORY_KNOWN(
      RESOURCE_NOT_FOUND_EXCEPTION, "ResourceNotFound.Directory", "2023-05",
      "The item's directory is known to WorkSpaces in the caller's region (our reading: a DEREGISTERED "
          + "one still listed is known, and refused by the next row). The item code and message are the "
          + "service's as quoted in hashicorp/terraform-provider-aws issue 31482 (2023-05)."),
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
      RESOURCE_ALREADY_EXISTS_EXCEPTION, "ResourceExists.WorkSpace", "2023-02",
      "A user has at most one WorkSpace in a directory; a TERMINATED WorkSpace no longer holds its user. "
          + "The item code and message are the service's as quoted in crossplane-contrib/provider-upjet-aws "
          + "issue 569 (2023-02)."),
  TAG_LIMIT(
      RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "2026-08",
      "An item may carry at most " + QuotaText.of(Quota.TAGS_PER_RESOURCE) + " tags, as CreateTags "
          + "allows; tags with the same key count once, the last value winning."),
  WORKSPACE_LIMIT(
      RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "2026-08",
      "An account holds at most " + QuotaText.of(Quota.WORKSPACES_PER_SCOPE) + " WorkSpaces in a region, "
          + "TERMINATED ones included until they disappear.");

  private final Precondition precondition;
  private final String itemErrorCode;

  /** A row whose refused item carries the name of {@code errorCode}, as no public source shows another. */
  CreateWorkspacesRule(ErrorCode errorCode, String docDate, String rule) {
    this(errorCode, errorCode.code(), docDate, rule);
  }

  /** A row whose refused item carries the service's own code {@code itemErrorCode}. */
  CreateWorkspacesRule(ErrorCode errorCode, String itemErrorCode, String docDate, String rule) {
    this.precondition = new Precondition(EnumSet.of(CREATE_WORKSPACES), errorCode, docDate, rule);
    this.itemErrorCode = itemErrorCode;
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }

  @Override
  public String itemErrorCode() {
    return itemErrorCode;
  }

  @Override
  public Map<String, String> details() {
    return Map.of("item code", itemErrorCode);
  }
}

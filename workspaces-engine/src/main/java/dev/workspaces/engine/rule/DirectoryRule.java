package dev.workspaces.engine.rule;

import static dev.workspaces.model.Operation.DEREGISTER_WORKSPACE_DIRECTORY;
import static dev.workspaces.model.Operation.DESCRIBE_CLIENT_PROPERTIES;
import static dev.workspaces.model.Operation.DESCRIBE_WORKSPACE_DIRECTORIES;
import static dev.workspaces.model.Operation.MODIFY_CLIENT_PROPERTIES;
import static dev.workspaces.model.Operation.MODIFY_SELFSERVICE_PERMISSIONS;
import static dev.workspaces.model.Operation.MODIFY_WORKSPACE_ACCESS_PROPERTIES;
import static dev.workspaces.model.Operation.MODIFY_WORKSPACE_CREATION_PROPERTIES;
import static dev.workspaces.model.Operation.REGISTER_WORKSPACE_DIRECTORY;
import static dev.workspaces.model.error.ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_ALREADY_EXISTS_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION;

import dev.workspaces.engine.Quota;
import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.util.EnumSet;

/**
 * The precondition table of directory registration, the directory-level settings and client
 * properties. Within one operation the handlers check the rows in table order, so when a request
 * breaks several rules the first row answers. The IP group rules on directories are rows of
 * {@link IpGroupRule}.
 */
public enum DirectoryRule implements RefusalRule {
  DIRECTORY_ID_GIVEN(
      EnumSet.of(REGISTER_WORKSPACE_DIRECTORY), INVALID_PARAMETER_VALUES_EXCEPTION, "2026-12",
      "RegisterWorkspaceDirectory needs a DirectoryId. The model leaves it optional for directories "
          + "WorkSpaces creates itself (Identity Center, Entra ID), which the engine does not model (our choice)."),
  CATALOGUE_KNOWN(
      EnumSet.of(REGISTER_WORKSPACE_DIRECTORY), RESOURCE_NOT_FOUND_EXCEPTION, "2026-08",
      "The directory exists in Directory Service (the engine's catalogue) in the caller's region."),
  CATALOGUE_ACTIVE(
      EnumSet.of(REGISTER_WORKSPACE_DIRECTORY), INVALID_RESOURCE_STATE_EXCEPTION, "2026-08",
      "Only a directory that is Active in Directory Service can be registered."),
  NOT_REGISTERED(
      EnumSet.of(REGISTER_WORKSPACE_DIRECTORY), RESOURCE_ALREADY_EXISTS_EXCEPTION, "2026-08",
      "A directory is registered at most once in an account and region (in any state but DEREGISTERED); "
          + "a DEREGISTERED one still listed can be registered again at once (our reading)."),
  SUBNETS_IN_SEPARATE_ZONES(
      EnumSet.of(REGISTER_WORKSPACE_DIRECTORY), OPERATION_NOT_SUPPORTED_EXCEPTION, "2026-08",
      "SubnetIds, when given, are subnets of the directory, each in its own availability zone; one subnet "
          + "alone is accepted (our reading)."),
  TENANCY_NEEDS_BYOL(
      EnumSet.of(REGISTER_WORKSPACE_DIRECTORY), INVALID_PARAMETER_VALUES_EXCEPTION, "2026-08",
      "Tenancy DEDICATED needs an account enabled for BYOL, and the engine models no such account."),
  TAG_LIMIT(
      EnumSet.of(REGISTER_WORKSPACE_DIRECTORY), RESOURCE_LIMIT_EXCEEDED_EXCEPTION, "2026-08",
      "A directory being registered may carry at most " + QuotaText.of(Quota.TAGS_PER_RESOURCE) + " tags, "
          + "as CreateTags allows; tags with the same key count once, the last value winning."),
  REGISTERED(
      EnumSet.of(DEREGISTER_WORKSPACE_DIRECTORY, MODIFY_WORKSPACE_CREATION_PROPERTIES, MODIFY_SELFSERVICE_PERMISSIONS,
          MODIFY_WORKSPACE_ACCESS_PROPERTIES, MODIFY_CLIENT_PROPERTIES, DESCRIBE_CLIENT_PROPERTIES),
      RESOURCE_NOT_FOUND_EXCEPTION, "2026-08",
      "The directory is registered with WorkSpaces in the caller's region, in any state but DEREGISTERED "
          + "(a DEREGISTERED directory only lingers before it disappears). DescribeClientProperties checks "
          + "its ResourceIds in request order."),
  DEREGISTER_WITHOUT_WORKSPACES(
      EnumSet.of(DEREGISTER_WORKSPACE_DIRECTORY), OPERATION_NOT_SUPPORTED_EXCEPTION, "2026-08",
      "A directory that still has WorkSpaces (in any state but TERMINATED) cannot be deregistered."),
  DEREGISTER_REGISTERED(
      EnumSet.of(DEREGISTER_WORKSPACE_DIRECTORY), INVALID_RESOURCE_STATE_EXCEPTION, "2026-08",
      "Only a REGISTERED directory can be deregistered (our reading), not one still REGISTERING or "
          + "already DEREGISTERING."),
  SETTINGS_REGISTERED(
      EnumSet.of(MODIFY_WORKSPACE_CREATION_PROPERTIES, MODIFY_SELFSERVICE_PERMISSIONS,
          MODIFY_WORKSPACE_ACCESS_PROPERTIES, MODIFY_CLIENT_PROPERTIES),
      OPERATION_NOT_SUPPORTED_EXCEPTION, "2026-08",
      "A directory's settings change only while it is REGISTERED (our reading). These operations declare "
          + "no InvalidResourceStateException, so the refusal is the OperationNotSupportedException they declare."),
  FILTER_NAME_KNOWN(
      EnumSet.of(DESCRIBE_WORKSPACE_DIRECTORIES), INVALID_PARAMETER_VALUES_EXCEPTION, "2026-08",
      "Every filter of DescribeWorkspaceDirectories is named USER_IDENTITY_TYPE or WORKSPACE_TYPE, the "
          + "names the model lists. Schema validation refuses other names first; this row guards the handler.");

  private final Precondition precondition;

  DirectoryRule(EnumSet<Operation> operations, ErrorCode errorCode, String docDate, String rule) {
    this.precondition = new Precondition(operations, errorCode, docDate, rule);
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }
}

package dev.workspaces.engine.rule;

import static dev.workspaces.model.Operation.CREATE_WORKSPACES;
import static dev.workspaces.model.Operation.CREATE_WORKSPACE_IMAGE;
import static dev.workspaces.model.Operation.DESCRIBE_WORKSPACES;
import static dev.workspaces.model.Operation.DESCRIBE_WORKSPACE_SNAPSHOTS;
import static dev.workspaces.model.Operation.MIGRATE_WORKSPACE;
import static dev.workspaces.model.Operation.MODIFY_WORKSPACE_PROPERTIES;
import static dev.workspaces.model.Operation.MODIFY_WORKSPACE_STATE;
import static dev.workspaces.model.Operation.REBOOT_WORKSPACES;
import static dev.workspaces.model.Operation.REBUILD_WORKSPACES;
import static dev.workspaces.model.Operation.RESTORE_WORKSPACE;
import static dev.workspaces.model.Operation.START_WORKSPACES;
import static dev.workspaces.model.Operation.STOP_WORKSPACES;
import static dev.workspaces.model.Operation.TERMINATE_WORKSPACES;
import static dev.workspaces.model.error.ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.OPERATION_IN_PROGRESS_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION;

import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.util.EnumSet;

/**
 * The precondition table of the WorkSpace requests apart from the state rules of
 * {@link WorkspaceRule}: the WorkSpace named must exist, the properties and filters given must make
 * sense. In the batch calls (Reboot, Rebuild, Start, Stop, Terminate) and CreateWorkspaces a row
 * refuses one item in {@code FailedRequests}; elsewhere it refuses the whole request.
 */
public enum WorkspaceRequestRule implements RefusalRule {
  WORKSPACE_ID_GIVEN(
      EnumSet.of(REBOOT_WORKSPACES, REBUILD_WORKSPACES, START_WORKSPACES, STOP_WORKSPACES, TERMINATE_WORKSPACES),
      INVALID_PARAMETER_VALUES_EXCEPTION, "2026-12",
      "Every item of a batch call names a WorkspaceId. Start, Stop and Terminate items leave the member "
          + "optional in the model, but an item without it has nothing to act on (our choice)."),
  WORKSPACE_EXISTS(
      EnumSet.of(REBOOT_WORKSPACES, REBUILD_WORKSPACES, START_WORKSPACES, STOP_WORKSPACES, TERMINATE_WORKSPACES,
          RESTORE_WORKSPACE, MODIFY_WORKSPACE_STATE, MODIFY_WORKSPACE_PROPERTIES, MIGRATE_WORKSPACE,
          CREATE_WORKSPACE_IMAGE, DESCRIBE_WORKSPACE_SNAPSHOTS),
      RESOURCE_NOT_FOUND_EXCEPTION, "2026-08",
      "The WorkSpace named is one of the caller's in the caller's region; a TERMINATED one counts until "
          + "it disappears."),
  RESTORE_SNAPSHOT(
      EnumSet.of(RESTORE_WORKSPACE), OPERATION_NOT_SUPPORTED_EXCEPTION, "2024-08",
      "A WorkSpace is restored to its last snapshot, so one without a snapshot yet cannot be restored "
          + "(our reading). The engine takes a snapshot each time a WorkSpace settles in AVAILABLE or STOPPED. "
          + "OperationNotSupportedException, as for `WorkspaceRule.RESTORE`: the operation declares no "
          + "InvalidResourceStateException."),
  MODIFICATION_IN_PROGRESS(
      EnumSet.of(MODIFY_WORKSPACE_PROPERTIES), OPERATION_IN_PROGRESS_EXCEPTION, "2026-08",
      "A WorkSpace whose compute type, volume or protocol change is still in progress is not modified again."),
  PROPERTIES_VALID(
      EnumSet.of(CREATE_WORKSPACES, MODIFY_WORKSPACE_PROPERTIES), INVALID_PARAMETER_VALUES_EXCEPTION, "2026-08",
      "RunningModeAutoStopTimeoutInMinutes is a positive multiple of 60 and goes only with running mode "
          + "AUTO_STOP; volume sizes are positive numbers of GiB."),
  ONE_FILTER(
      EnumSet.of(DESCRIBE_WORKSPACES), INVALID_PARAMETER_VALUES_EXCEPTION, "2026-08",
      "DescribeWorkspaces takes at most one of WorkspaceIds, DirectoryId, BundleId and WorkspaceName."),
  USER_NAME_WITH_DIRECTORY(
      EnumSet.of(DESCRIBE_WORKSPACES), INVALID_PARAMETER_VALUES_EXCEPTION, "2026-08",
      "DescribeWorkspaces takes UserName only together with DirectoryId.");

  private final Precondition precondition;

  WorkspaceRequestRule(EnumSet<Operation> operations, ErrorCode errorCode, String docDate, String rule) {
    this.precondition = new Precondition(operations, errorCode, docDate, rule);
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }
}

package dev.workspaces.engine.rule;

import static dev.workspaces.model.WorkspaceState.ADMIN_MAINTENANCE;
import static dev.workspaces.model.WorkspaceState.AVAILABLE;
import static dev.workspaces.model.WorkspaceState.ERROR;
import static dev.workspaces.model.WorkspaceState.IMPAIRED;
import static dev.workspaces.model.WorkspaceState.REBOOTING;
import static dev.workspaces.model.WorkspaceState.REBUILDING;
import static dev.workspaces.model.WorkspaceState.RESTORING;
import static dev.workspaces.model.WorkspaceState.STARTING;
import static dev.workspaces.model.WorkspaceState.STOPPED;
import static dev.workspaces.model.WorkspaceState.STOPPING;
import static dev.workspaces.model.WorkspaceState.SUSPENDED;
import static dev.workspaces.model.WorkspaceState.TERMINATING;
import static dev.workspaces.model.WorkspaceState.UNHEALTHY;
import static dev.workspaces.model.WorkspaceState.UNKNOWN_TO_SDK_VERSION;
import static dev.workspaces.model.WorkspaceState.UPDATING;
import static dev.workspaces.model.error.ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.OPERATION_IN_PROGRESS_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION;

import com.google.common.collect.ImmutableMap;
import dev.workspaces.model.Operation;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.error.ErrorCode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The precondition table of every action on an existing WorkSpace: the states it is allowed
 * from, the running modes it needs, the state it moves the WorkSpace to, the error a refused item
 * (or, outside batch calls, the refused request) gets, and the documented rule it encodes with the
 * date of the documentation it follows.
 *
 * <p>Handlers consult this table and nothing else for these rules; {@code docs/preconditions.md}
 * is rendered from it (a test fails when the file drifts). The other refusals of WorkSpace requests
 * are rows of {@link WorkspaceRequestRule}.
 */
public enum WorkspaceRule implements RefusalRule {
  REBOOT(
      Operation.REBOOT_WORKSPACES,
      EnumSet.of(AVAILABLE, UNHEALTHY, REBOOTING),
      RunningModes.ANY,
      REBOOTING,
      INVALID_RESOURCE_STATE_EXCEPTION,
      "2024-01",
      "Reboot is accepted from AVAILABLE, UNHEALTHY or REBOOTING (a repeat reboot is for a "
          + "WorkSpace stuck in REBOOTING)."),
  REBUILD(
      Operation.REBUILD_WORKSPACES,
      EnumSet.of(AVAILABLE, ERROR, UNHEALTHY, STOPPED, REBOOTING),
      RunningModes.ANY,
      REBUILDING,
      INVALID_RESOURCE_STATE_EXCEPTION,
      "2020-07",
      "Rebuild is accepted from AVAILABLE, ERROR, UNHEALTHY, STOPPED or REBOOTING; it restores the "
          + "bundle's current image and the last user-volume snapshot."),
  RESTORE(
      Operation.RESTORE_WORKSPACE,
      EnumSet.of(AVAILABLE, ERROR, UNHEALTHY, STOPPED),
      RunningModes.ANY,
      RESTORING,
      OPERATION_NOT_SUPPORTED_EXCEPTION,
      "2024-08",
      "Restore is accepted from AVAILABLE, ERROR, UNHEALTHY or STOPPED. The operation declares "
          + "InvalidParameterValues, ResourceNotFound, AccessDenied and OperationNotSupported (API "
          + "reference, RestoreWorkspace, Errors), not InvalidResourceState, so a WorkSpace in another "
          + "state is refused with OperationNotSupportedException (our reading)."),
  START(
      Operation.START_WORKSPACES,
      EnumSet.of(STOPPED),
      RunningModes.STOPPABLE,
      STARTING,
      INVALID_RESOURCE_STATE_EXCEPTION,
      "2024-08",
      "Start needs running mode AUTO_STOP or MANUAL and state STOPPED (before 2024-08: AUTO_STOP only)."),
  STOP(
      Operation.STOP_WORKSPACES,
      EnumSet.of(AVAILABLE, IMPAIRED, UNHEALTHY, ERROR),
      RunningModes.STOPPABLE,
      STOPPING,
      INVALID_RESOURCE_STATE_EXCEPTION,
      "2024-08",
      "Stop needs running mode AUTO_STOP or MANUAL and state AVAILABLE, IMPAIRED, UNHEALTHY or "
          + "ERROR (before 2024-08: AUTO_STOP only)."),
  TERMINATE(
      Operation.TERMINATE_WORKSPACES,
      EnumSet.complementOf(EnumSet.of(SUSPENDED, WorkspaceState.TERMINATED, UNKNOWN_TO_SDK_VERSION)),
      RunningModes.ANY,
      TERMINATING,
      INVALID_RESOURCE_STATE_EXCEPTION,
      "2015-04",
      "Terminate is accepted in every state but SUSPENDED; an already TERMINATED WorkSpace cannot "
          + "be terminated again."),
  ENTER_ADMIN_MAINTENANCE(
      Operation.MODIFY_WORKSPACE_STATE,
      EnumSet.of(AVAILABLE, ADMIN_MAINTENANCE),
      RunningModes.ANY,
      ADMIN_MAINTENANCE,
      INVALID_RESOURCE_STATE_EXCEPTION,
      "2016-11",
      "ModifyWorkspaceState to ADMIN_MAINTENANCE is accepted from AVAILABLE (our reading: the model "
          + "lists no states); the WorkSpace then refuses reboot, stop, start, rebuild and restore."),
  LEAVE_ADMIN_MAINTENANCE(
      Operation.MODIFY_WORKSPACE_STATE,
      EnumSet.of(ADMIN_MAINTENANCE, AVAILABLE),
      RunningModes.ANY,
      AVAILABLE,
      INVALID_RESOURCE_STATE_EXCEPTION,
      "2016-11",
      "ModifyWorkspaceState to AVAILABLE is accepted from ADMIN_MAINTENANCE (our reading)."),
  MODIFY_PROPERTIES(
      Operation.MODIFY_WORKSPACE_PROPERTIES,
      EnumSet.of(AVAILABLE, STOPPED),
      RunningModes.ANY,
      UPDATING,
      INVALID_RESOURCE_STATE_EXCEPTION,
      "2024-08",
      "ModifyWorkspaceProperties is accepted from AVAILABLE or STOPPED (our reading: the model "
          + "lists no states); compute and volume changes put the WorkSpace in UPDATING."),
  MIGRATE(
      Operation.MIGRATE_WORKSPACE,
      EnumSet.of(AVAILABLE, STOPPED),
      RunningModes.ANY,
      TERMINATING,
      OPERATION_IN_PROGRESS_EXCEPTION,
      "2022-07",
      "MigrateWorkspace is accepted from AVAILABLE or STOPPED (our reading); the source is "
          + "terminated and a new WorkSpace is created from the target bundle."),
  CREATE_IMAGE(
      Operation.CREATE_WORKSPACE_IMAGE,
      EnumSet.of(AVAILABLE),
      RunningModes.ANY,
      SUSPENDED,
      INVALID_RESOURCE_STATE_EXCEPTION,
      "2022-07",
      "CreateWorkspaceImage is accepted from AVAILABLE (our reading: the model lists no states); the "
          + "WorkSpace is SUSPENDED while the image is made and returns to AVAILABLE when the image's "
          + "step (IMAGE_PENDING) completes.");

  private final Operation operation;
  private final Set<WorkspaceState> allowedStates;
  private final Set<RunningMode> runningModes;
  private final WorkspaceState resultState;
  private final Precondition precondition;

  WorkspaceRule(
      Operation operation,
      EnumSet<WorkspaceState> allowedStates,
      Set<RunningMode> runningModes,
      WorkspaceState resultState,
      ErrorCode errorCode,
      String docDate,
      String rule) {
    this.operation = operation;
    this.allowedStates = Collections.unmodifiableSet(allowedStates);
    this.runningModes = runningModes;
    this.resultState = resultState;
    this.precondition = new Precondition(EnumSet.of(operation), errorCode, docDate, rule);
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }

  /** Returns the allowed states, the running modes and the state the action moves to. */
  @Override
  public Map<String, String> details() {
    return ImmutableMap.of("allowed states", RunningModes.joined(allowedStates),
        "running modes", RunningModes.joined(runningModes), "moves to", resultState.toString());
  }

  /** Returns the operation this row governs, the one element of {@link #operations()}. */
  public Operation operation() {
    return operation;
  }

  /** Returns the states the action is accepted from. */
  public Set<WorkspaceState> allowedStates() {
    return allowedStates;
  }

  /** Returns the running modes the action needs. */
  public Set<RunningMode> runningModes() {
    return runningModes;
  }

  /** Returns the state an accepted action moves the WorkSpace to. */
  public WorkspaceState resultState() {
    return resultState;
  }

  /**
   * Returns why the action is refused for a WorkSpace in {@code state} with {@code runningMode},
   * or empty when it is allowed. The state is checked before the running mode.
   */
  public Optional<String> refusal(WorkspaceState state, RunningMode runningMode) {
    if (!allowedStates.contains(state)) {
      return Optional.of("The WorkSpace is in state " + state + "; " + name() + " needs one of "
          + RunningModes.sorted(allowedStates) + ".");
    }
    if (!runningModes.contains(runningMode)) {
      return Optional.of("The WorkSpace runs in mode " + runningMode + "; " + name() + " needs one of "
          + RunningModes.sorted(runningModes) + ".");
    }
    return Optional.empty();
  }

  /** Returns whether the action is accepted for this state and running mode. */
  public boolean allows(WorkspaceState state, RunningMode runningMode) {
    return refusal(state, runningMode).isEmpty();
  }

  /** The transitional states that a completed step leaves; used by the invariant checks. */
  public static Set<WorkspaceState> transitional() {
    return EnumSet.of(WorkspaceState.PENDING, STARTING, REBOOTING, REBUILDING, RESTORING, UPDATING,
        STOPPING, TERMINATING, SUSPENDED);
  }
}

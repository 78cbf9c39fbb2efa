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

import dev.workspaces.model.Operation;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceState;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The precondition table of every action on an existing WorkSpace: the states it is allowed
 * from, the running modes it needs, the state it moves the WorkSpace to, the error a refused item
 * gets, and the documented rule it encodes with the date of the documentation it follows.
 *
 * <p>Handlers consult this table and nothing else for these rules; {@code docs/preconditions.md}
 * is rendered from it (a test fails when the file drifts).
 */
public enum WorkspaceRule {
  REBOOT(
      Operation.REBOOT_WORKSPACES,
      EnumSet.of(AVAILABLE, UNHEALTHY, REBOOTING),
      RunningModes.ANY,
      REBOOTING,
      "InvalidResourceStateException",
      "2024-01",
      "Reboot is accepted from AVAILABLE, UNHEALTHY or REBOOTING (a repeat reboot is for a "
          + "WorkSpace stuck in REBOOTING)."),
  REBUILD(
      Operation.REBUILD_WORKSPACES,
      EnumSet.of(AVAILABLE, ERROR, UNHEALTHY, STOPPED, REBOOTING),
      RunningModes.ANY,
      REBUILDING,
      "InvalidResourceStateException",
      "2020-07",
      "Rebuild is accepted from AVAILABLE, ERROR, UNHEALTHY, STOPPED or REBOOTING; it restores the "
          + "bundle's current image and the last user-volume snapshot."),
  RESTORE(
      Operation.RESTORE_WORKSPACE,
      EnumSet.of(AVAILABLE, ERROR, UNHEALTHY, STOPPED),
      RunningModes.ANY,
      RESTORING,
      "InvalidResourceStateException",
      "2024-08",
      "Restore is accepted from AVAILABLE, ERROR, UNHEALTHY or STOPPED."),
  START(
      Operation.START_WORKSPACES,
      EnumSet.of(STOPPED),
      RunningModes.STOPPABLE,
      STARTING,
      "InvalidResourceStateException",
      "2024-08",
      "Start needs running mode AUTO_STOP or MANUAL and state STOPPED (before 2024-08: AUTO_STOP only)."),
  STOP(
      Operation.STOP_WORKSPACES,
      EnumSet.of(AVAILABLE, IMPAIRED, UNHEALTHY, ERROR),
      RunningModes.STOPPABLE,
      STOPPING,
      "InvalidResourceStateException",
      "2024-08",
      "Stop needs running mode AUTO_STOP or MANUAL and state AVAILABLE, IMPAIRED, UNHEALTHY or "
          + "ERROR (before 2024-08: AUTO_STOP only)."),
  TERMINATE(
      Operation.TERMINATE_WORKSPACES,
      EnumSet.complementOf(EnumSet.of(SUSPENDED, WorkspaceState.TERMINATED, UNKNOWN_TO_SDK_VERSION)),
      RunningModes.ANY,
      TERMINATING,
      "InvalidResourceStateException",
      "2015-04",
      "Terminate is accepted in every state but SUSPENDED; an already TERMINATED WorkSpace cannot "
          + "be terminated again."),
  ENTER_ADMIN_MAINTENANCE(
      Operation.MODIFY_WORKSPACE_STATE,
      EnumSet.of(AVAILABLE, ADMIN_MAINTENANCE),
      RunningModes.ANY,
      ADMIN_MAINTENANCE,
      "InvalidResourceStateException",
      "2016-11",
      "ModifyWorkspaceState to ADMIN_MAINTENANCE is accepted from AVAILABLE (our reading: the model "
          + "lists no states); the WorkSpace then refuses reboot, stop, start, rebuild and restore."),
  LEAVE_ADMIN_MAINTENANCE(
      Operation.MODIFY_WORKSPACE_STATE,
      EnumSet.of(ADMIN_MAINTENANCE, AVAILABLE),
      RunningModes.ANY,
      AVAILABLE,
      "InvalidResourceStateException",
      "2016-11",
      "ModifyWorkspaceState to AVAILABLE is accepted from ADMIN_MAINTENANCE (our reading)."),
  MODIFY_PROPERTIES(
      Operation.MODIFY_WORKSPACE_PROPERTIES,
      EnumSet.of(AVAILABLE, STOPPED),
      RunningModes.ANY,
      UPDATING,
      "InvalidResourceStateException",
      "2024-08",
      "ModifyWorkspaceProperties is accepted from AVAILABLE or STOPPED (our reading: the model "
          + "lists no states); compute and volume changes put the WorkSpace in UPDATING."),
  MIGRATE(
      Operation.MIGRATE_WORKSPACE,
      EnumSet.of(AVAILABLE, STOPPED),
      RunningModes.ANY,
      TERMINATING,
      "OperationInProgressException",
      "2022-07",
      "MigrateWorkspace is accepted from AVAILABLE or STOPPED (our reading); the source is "
          + "terminated and a new WorkSpace is created from the target bundle."),
  CREATE_IMAGE(
      Operation.CREATE_WORKSPACE_IMAGE,
      EnumSet.of(AVAILABLE),
      RunningModes.ANY,
      SUSPENDED,
      "InvalidResourceStateException",
      "2022-07",
      "CreateWorkspaceImage is accepted from AVAILABLE (our reading: the model lists no states); the "
          + "WorkSpace is SUSPENDED while the image is made and returns to AVAILABLE when the image's "
          + "step (IMAGE_PENDING) completes.");

  private final Operation operation;
  private final Set<WorkspaceState> allowedStates;
  private final Set<RunningMode> runningModes;
  private final WorkspaceState resultState;
  private final String refusalCode;
  private final String docDate;
  private final String rule;

  WorkspaceRule(
      Operation operation,
      EnumSet<WorkspaceState> allowedStates,
      Set<RunningMode> runningModes,
      WorkspaceState resultState,
      String refusalCode,
      String docDate,
      String rule) {
    this.operation = operation;
    this.allowedStates = java.util.Collections.unmodifiableSet(allowedStates);
    this.runningModes = runningModes;
    this.resultState = resultState;
    this.refusalCode = refusalCode;
    this.docDate = docDate;
    this.rule = rule;
  }

  /** Returns the operation this row governs. */
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

  /** Returns the error code of a refusal (per item in batch calls, else the whole request). */
  public String refusalCode() {
    return refusalCode;
  }

  /** Returns the year and month of the documentation this row follows. */
  public String docDate() {
    return docDate;
  }

  /** Returns the rule in our own words. */
  public String rule() {
    return rule;
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

package dev.workspaces.engine.rule;

import static dev.workspaces.model.Operation.MODIFY_WORKSPACE_PROPERTIES;
import static dev.workspaces.model.error.ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.UNSUPPORTED_WORKSPACE_CONFIGURATION_EXCEPTION;

import dev.workspaces.model.Compute;
import dev.workspaces.model.error.ErrorCode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/**
 * The precondition table of the volume, compute type and protocol changes of
 * ModifyWorkspaceProperties, after the state rules ({@link WorkspaceRule#MODIFY_PROPERTIES},
 * {@link WorkspaceRequestRule#MODIFICATION_IN_PROGRESS}) and {@link WorkspaceRequestRule#PROPERTIES_VALID}.
 * A value equal to the current one is no change. Sources: Administration Guide, "Modify a WorkSpace"
 * (modify-workspaces, awsdocs repository as archived 2023-06; the current page says the same), and the
 * AWS Desktop and Application Streaming blog "Convert existing Amazon WorkSpaces to the WorkSpaces
 * Streaming Protocol without a rebuild" (2023-01).
 */
public enum ModifyPropertiesRule implements RefusalRule {
  COMPUTE_OR_VOLUMES(
      INVALID_PARAMETER_VALUES_EXCEPTION, "2023-06",
      "One request changes the volume sizes or the compute type, not both."),
  ONE_VOLUME(
      INVALID_PARAMETER_VALUES_EXCEPTION, "2023-06",
      "The root and the user volume are not increased in one request; the second waits for the first."),
  NO_SHRINK(
      INVALID_PARAMETER_VALUES_EXCEPTION, "2023-06",
      "A volume is never made smaller than it is."),
  VOLUME_GROUPS(
      INVALID_PARAMETER_VALUES_EXCEPTION, "2023-06",
      "The volumes come in set groups of [root, user] GiB: [80, 10], [80, 50], [80, 100] and [175 to 2000, "
          + "100 to 2000]; a GPU (Graphics) WorkSpace may have both from 100 to 2000."),
  GPU_COMPUTE(
      UNSUPPORTED_WORKSPACE_CONFIGURATION_EXCEPTION, "2023-06",
      "The compute type changes only among VALUE, STANDARD, PERFORMANCE, POWER, POWERPRO and the "
          + "GENERALPURPOSE types; a GPU (GRAPHICS*) WorkSpace, or a move to a GPU type, goes through "
          + "MigrateWorkspace (our reading: which GPU types switch among themselves is not documented)."),
  GPU_PROTOCOL(
      UNSUPPORTED_WORKSPACE_CONFIGURATION_EXCEPTION, "2023-01",
      "A Graphics or GraphicsPro WorkSpace (compute GRAPHICS or GRAPHICSPRO) does not run WSP, so its "
          + "protocol cannot be switched to it."),
  LAUNCH_COOLDOWN(
      INVALID_RESOURCE_STATE_EXCEPTION, "2023-06",
      "For 6 hours after a WorkSpace is launched (created or migrated) its volumes cannot be resized and "
          + "its compute type cannot be made larger (our reading of the error code: the model gives none)."),
  VOLUME_COOLDOWN(
      INVALID_RESOURCE_STATE_EXCEPTION, "2023-06",
      "The volumes of a WorkSpace are resized at most once in 6 hours."),
  COMPUTE_COOLDOWN(
      INVALID_RESOURCE_STATE_EXCEPTION, "2023-06",
      "The compute type is made larger at most once in 6 hours and smaller at most once in 30 days "
          + "(counted from the last compute type change).");

  /** How long after a launch, a volume change or a larger compute type the next such change waits. */
  public static final Duration SHORT_COOLDOWN = Duration.ofHours(6);

  /** How long after a compute type change a smaller compute type waits. */
  public static final Duration SMALLER_COMPUTE_COOLDOWN = Duration.ofDays(30);

  /** The compute types a WorkSpace switches among by ModifyWorkspaceProperties, smallest first. */
  public static final List<Compute> SWITCHABLE_COMPUTE = List.of(Compute.VALUE, Compute.STANDARD,
      Compute.PERFORMANCE, Compute.POWER, Compute.POWERPRO, Compute.GENERALPURPOSE_4XLARGE,
      Compute.GENERALPURPOSE_8XLARGE);

  /** The compute types that do not run WSP. */
  public static final List<Compute> PCOIP_ONLY_COMPUTE = List.of(Compute.GRAPHICS, Compute.GRAPHICSPRO);

  /** The largest size, in GiB, of either volume. */
  public static final int MAX_VOLUME_GIB = 2000;

  private final Precondition precondition;

  ModifyPropertiesRule(ErrorCode errorCode, String docDate, String rule) {
    this.precondition = new Precondition(EnumSet.of(MODIFY_WORKSPACE_PROPERTIES), errorCode, docDate, rule);
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }
}

package dev.workspaces.engine.op.workspace;

import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.WorkspaceRequestRule;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceProperties;
import java.util.Optional;

/**
 * The checks on WorkSpace properties that go beyond the schema, shared by create and modify: row
 * {@link WorkspaceRequestRule#PROPERTIES_VALID}.
 */
final class WorkspacePropertyRules {
  private WorkspacePropertyRules() {}

  /** Returns the refusal of {@code properties}, or empty when they are acceptable. */
  static Optional<RuleRefusal> refusal(WorkspaceProperties properties) {
    return message(properties).map(message -> RuleRefusal.of(WorkspaceRequestRule.PROPERTIES_VALID, message));
  }

  private static Optional<String> message(WorkspaceProperties properties) {
    Optional<Integer> timeout = properties.runningModeAutoStopTimeoutInMinutes();
    if (timeout.isPresent() && (timeout.get() <= 0 || timeout.get() % 60 != 0)) {
      return Optional.of("RunningModeAutoStopTimeoutInMinutes must be a positive multiple of 60, not "
          + timeout.get() + ".");
    }
    if (timeout.isPresent() && properties.runningMode().filter(mode -> mode != RunningMode.AUTO_STOP).isPresent()) {
      return Optional.of("RunningModeAutoStopTimeoutInMinutes applies only to running mode AUTO_STOP.");
    }
    if (properties.rootVolumeSizeGib().filter(size -> size <= 0).isPresent()
        || properties.userVolumeSizeGib().filter(size -> size <= 0).isPresent()) {
      return Optional.of("Volume sizes must be positive numbers of GiB.");
    }
    return Optional.empty();
  }
}

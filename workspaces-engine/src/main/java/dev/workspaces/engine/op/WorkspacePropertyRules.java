package dev.workspaces.engine.op;

import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceProperties;
import java.util.Optional;

/** The checks on WorkSpace properties that go beyond the schema, shared by create and modify. */
final class WorkspacePropertyRules {
  private WorkspacePropertyRules() {}

  /** Returns why {@code properties} are refused, or empty when they are acceptable. */
  static Optional<String> refusal(WorkspaceProperties properties) {
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

package dev.workspaces.engine.state;

import java.time.Instant;
import java.util.Optional;

/**
 * When a WorkSpace was launched and when its volumes and compute type last changed: what the
 * cooldowns of ModifyWorkspaceProperties count from. Empty members mean "never", or "not known" for
 * a WorkSpace planted without them, and impose no cooldown.
 *
 * @param launched when the WorkSpace was created or migrated
 * @param volumesResized when a volume was last resized
 * @param computeChanged when the compute type last changed
 */
public record ChangeTimes(Optional<Instant> launched, Optional<Instant> volumesResized,
    Optional<Instant> computeChanged) {

  /** No time known. */
  public static final ChangeTimes NONE = new ChangeTimes(Optional.empty(), Optional.empty(), Optional.empty());

  /** Returns the times of a WorkSpace launched at {@code time}. */
  public static ChangeTimes launchedAt(Instant time) {
    return new ChangeTimes(Optional.of(time), Optional.empty(), Optional.empty());
  }

  /** Returns a copy whose volumes were resized at {@code time}. */
  public ChangeTimes withVolumesResized(Instant time) {
    return new ChangeTimes(launched, Optional.of(time), computeChanged);
  }

  /** Returns a copy whose compute type changed at {@code time}. */
  public ChangeTimes withComputeChanged(Instant time) {
    return new ChangeTimes(launched, volumesResized, Optional.of(time));
  }
}

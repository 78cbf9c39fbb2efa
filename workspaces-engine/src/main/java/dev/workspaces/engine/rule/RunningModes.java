package dev.workspaces.engine.rule;

import dev.workspaces.model.RunningMode;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Named sets of running modes used by the precondition table. */
final class RunningModes {
  /** Every known running mode. */
  static final Set<RunningMode> ANY = Collections.unmodifiableSet(
      EnumSet.of(RunningMode.AUTO_STOP, RunningMode.ALWAYS_ON, RunningMode.MANUAL));

  /** The modes a WorkSpace can be stopped and started in. */
  static final Set<RunningMode> STOPPABLE =
      Collections.unmodifiableSet(EnumSet.of(RunningMode.AUTO_STOP, RunningMode.MANUAL));

  private RunningModes() {}

  /** Returns the constants in declaration order, for stable messages. */
  static <E extends Enum<E>> List<E> sorted(Collection<E> constants) {
    return constants.stream().sorted().toList();
  }
}

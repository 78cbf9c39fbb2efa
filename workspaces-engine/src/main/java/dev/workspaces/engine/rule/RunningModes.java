package dev.workspaces.engine.rule;

import dev.workspaces.model.RunningMode;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Named sets of running modes used by the precondition tables, and how the tables show enum sets. */
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

  /** Returns the constants in declaration order, joined by commas, for the rendered tables. */
  static <E extends Enum<E>> String joined(Collection<E> constants) {
    return constants.stream().sorted().map(Object::toString).collect(Collectors.joining(", "));
  }
}

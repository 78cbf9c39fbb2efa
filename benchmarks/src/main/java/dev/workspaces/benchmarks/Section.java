package dev.workspaces.benchmarks;

import java.util.Optional;

/**
 * One part of the report: its Markdown, and the goal it checks, if any.
 *
 * @param markdown the section, heading included
 * @param goal the goal and how it fared
 */
record Section(String markdown, Optional<Goal> goal) {
  /** Returns a section without a goal. */
  static Section of(String markdown) {
    return new Section(markdown, Optional.empty());
  }

  /** Returns a section that checks {@code goal}. */
  static Section of(String markdown, Goal goal) {
    return new Section(markdown, Optional.of(goal));
  }

  /**
   * A goal of issue 7 and the figure measured against it.
   *
   * @param part the part that measured it
   * @param target the goal, in words
   * @param measured the figure, in words
   * @param met whether the figure meets the goal
   */
  record Goal(String part, String target, String measured, boolean met) {}
}

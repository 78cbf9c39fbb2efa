package dev.workspaces.json.state;

import dev.workspaces.engine.State;

/**
 * Assertions on whole states that fail with a readable difference rather than two long lines.
 *
 * <pre>{@code
 * StateAssertions.assertSameState(expected, fake.snapshot());
 * }</pre>
 *
 * <p>Works with any test framework: a failure is a plain {@link AssertionError}, which JUnit, jqwik
 * and AssertJ report as a failed test.
 */
public final class StateAssertions {
  private StateAssertions() {}

  /**
   * Passes when {@code expected} equals {@code actual}; else throws an {@link AssertionError} whose
   * message is a unified diff of their {@linkplain StateDump#pretty dumps} (only the changed lines,
   * with {@value LineDiff#CONTEXT} lines of context), or of their {@linkplain StateJson#pretty whole
   * exports} when they differ only in what the dump does not show (pending steps, snapshots,
   * connections, counters).
   */
  public static void assertSameState(State expected, State actual) {
    if (expected.equals(actual)) {
      return;
    }
    String diff = LineDiff.of(StateDump.pretty(expected), StateDump.pretty(actual));
    String shown = "state dumps";
    if (diff.isEmpty()) {
      diff = LineDiff.of(StateJson.pretty(expected), StateJson.pretty(actual));
      shown = "whole exports (their dumps are equal: they differ in what the dump does not show,"
          + " such as pending steps, snapshots or connections)";
    }
    throw new AssertionError("The states differ; the diff of their " + shown + ", --- expected +++ actual:\n"
        + "--- expected\n+++ actual\n" + diff);
  }
}

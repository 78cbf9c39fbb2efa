package dev.workspaces.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tour walks the documented lifecycle, and prints the same thing on every run. */
class TourTest {

  private static List<String> run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Tour(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void theTourSeesEveryLifecycleState() {
    List<String> lines = run();
    List<String> expectedInOrder = List.of("=REGISTERING", "=REGISTERED", "=PENDING", "=AVAILABLE", "=REBOOTING",
        "=STOPPING", "=STOPPED", "=STARTING", "=REBUILDING", "ResourceNotFoundException", "=TERMINATING",
        "=TERMINATED", "(no WorkSpaces)");
    int at = 0;
    for (String expected : expectedInOrder) {
      while (at < lines.size() && !lines.get(at).contains(expected)) {
        at++;
      }
      assertTrue(at < lines.size(), "the tour never showed " + expected + " after the previous step:\n" + String.join("\n", lines));
    }
  }

  @Test
  void theTourIsDeterministic() {
    assertEquals(run(), run());
  }
}

package dev.workspaces.json.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pretty dump and the state assertion's diff. */
class StateAssertionsTest {
  private static final String DIRECTORY = "d-1234567890";

  private static State apply(State state, WorkspacesRequest request) {
    Outcome outcome = Engine.apply(state, Scope.DEFAULT, request);
    assertTrue(outcome.isSuccess(), () -> outcome.error().orElseThrow().message());
    return outcome.state();
  }

  private static State withWorkspaces(String... users) {
    State state = Engine.advance(apply(State.initial(5),
        RegisterWorkspaceDirectoryRequest.builder().directoryId(DIRECTORY).build()), Duration.ofMinutes(1));
    CreateWorkspacesRequest.Builder create = CreateWorkspacesRequest.builder();
    for (String user : users) {
      create.addWorkspace(WorkspaceRequest.builder().directoryId(DIRECTORY).userName(user)
          .bundleId(AmazonBundles.STANDARD_WINDOWS).build());
    }
    return apply(state, create.build());
  }

  @Test
  void equalStatesPass() {
    StateAssertions.assertSameState(withWorkspaces("alice"), withWorkspaces("alice"));
  }

  @Test
  void thePrettyDumpIsTheCompactOneIndented() {
    State state = withWorkspaces("alice");
    String pretty = StateDump.pretty(state);
    assertTrue(pretty.startsWith("{\n  \"Clock\" : 1767225660,\n  \"Seed\" : 5,\n"), pretty);
    assertEquals(new String(StateDump.of(state), java.nio.charset.StandardCharsets.UTF_8),
        pretty.replaceAll("\n *", "").replace(" : ", ":").replace("[ ]", "[]").replace("{ }", "{}"));
  }

  @Test
  void aDifferenceIsShownAsAUnifiedDiffOfTheChangedLines() {
    State expected = withWorkspaces("alice");
    State actual = Engine.advance(expected, Duration.ofMinutes(20));
    AssertionError error = assertThrows(AssertionError.class, () -> StateAssertions.assertSameState(expected, actual));
    String message = error.getMessage();
    assertTrue(message.contains("--- expected\n+++ actual\n@@ -1,"), message);
    assertTrue(message.contains("\n-  \"Clock\" : 1767225660,\n+  \"Clock\" : 1767226860,\n"), message);
    assertTrue(message.contains("\n-      \"State\" : \"PENDING\",") || message.contains("\"State\" : \"PENDING\""), message);
    assertTrue(message.contains("\"AVAILABLE\""), message);
    assertTrue(message.split("\n").length < 40, "only the changed lines with a little context:\n" + message);
  }

  @Test
  void statesWhoseDumpsAgreeAreDiffedByTheirWholeExports() {
    State expected = withWorkspaces("alice");
    State actual = expected.withCounters(expected.idCounter(), expected.stepCounter() + 1);
    AssertionError error = assertThrows(AssertionError.class, () -> StateAssertions.assertSameState(expected, actual));
    assertTrue(error.getMessage().contains("whole exports"), error.getMessage());
    assertTrue(error.getMessage().contains("\n-  \"StepCounter\" : 2,\n+  \"StepCounter\" : 3,\n"), error.getMessage());
  }

  @Test
  void lineDiffMatchesLinesAndKeepsContext() {
    String expected = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl";
    String actual = "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\nl\nm";
    assertEquals("""
        @@ -1,7 +1,7 @@
         a
         b
         c
        -d
        +D
         e
         f
         g
        @@ -10,3 +10,4 @@
         j
         k
         l
        +m
        """, LineDiff.of(expected, actual));
    assertEquals("", LineDiff.of(expected, expected));
  }
}

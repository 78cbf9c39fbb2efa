package com.example.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The testing kit finds a paging bug and shrinks it: {@link FirstPageStopperProperty}, run through
 * the JUnit Platform launcher, fails on a world of 100 or more WorkSpaces, and jqwik shrinks it to
 * one scope with just over one page of WorkSpaces (26 to 30), reported in a few lines.
 */
class PagingBugShrinksTest {
  private static final String SHRUNK = "Shrunk Sample";
  private static final String ORIGINAL = "Original Sample";

  @Test
  void findsThePagingBugAndShrinksItToJustOverOnePage(@TempDir Path database) {
    List<String> reports = new ArrayList<>();
    List<TestExecutionResult> results = new ArrayList<>();
    System.setProperty(LaunchedByTest.RUN, "true");
    try {
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(selectClass(FirstPageStopperProperty.class))
          .configurationParameter("jqwik.database", database.resolve("failures").toString())
          .configurationParameter("jqwik.reporting.usejunitplatform", "true")
          .build(), new TestExecutionListener() {
            @Override
            public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
              reports.addAll(entry.getKeyValuePairs().values());
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
              if (test.isTest()) {
                results.add(result);
              }
            }
          });
    } finally {
      System.clearProperty(LaunchedByTest.RUN);
    }

    assertEquals(1, results.size());
    assertEquals(TestExecutionResult.Status.FAILED, results.get(0).getStatus());
    PropertyExecutionResult result = LaunchedByTest.LAST_RESULT.get();
    State original = (State) result.originalSample().orElseThrow().parameters().get(0);
    State shrunk = (State) result.shrunkSample().orElseThrow().parameters().get(0);
    assertTrue(workspaces(original).size() >= 100, "the property fails first on a world of 100+ WorkSpaces");

    assertEquals(Set.of(Scope.DEFAULT), shrunk.scopes().keySet());
    Map<String, WorkspaceEntry> left = workspaces(shrunk);
    assertTrue(left.size() > 25 && left.size() <= 30, "just over one page: " + left.size());
    String missed = results.get(0).getThrowable().orElseThrow().getMessage().split(" ")[0];
    WorkspaceEntry idle = left.get(missed);
    assertEquals(WorkspaceState.AVAILABLE, idle.state());
    assertEquals(RunningMode.AUTO_STOP, idle.runningMode());

    String report = String.join("\n", reports);
    String shrunkReport = report.substring(report.indexOf(SHRUNK), report.indexOf(ORIGINAL));
    assertTrue(shrunkReport.length() < 1_200, shrunkReport.length() + " characters:\n" + shrunkReport);
    assertTrue(shrunkReport.contains(missed) && shrunkReport.contains("\"Workspaces\"=" + left.size()), shrunkReport);
  }

  private static Map<String, WorkspaceEntry> workspaces(State world) {
    return world.scope(Scope.DEFAULT).get(Kinds.WORKSPACES).entries();
  }
}

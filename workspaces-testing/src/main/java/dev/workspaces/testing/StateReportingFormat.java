package dev.workspaces.testing;

import dev.workspaces.engine.state.DumpSections;
import dev.workspaces.engine.state.Kind;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.state.ScopeState;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.Structure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.SampleReportingFormat;

/**
 * How jqwik shows a {@link State} in a property's report: a summary instead of every member of
 * every resource. Per scope, how many resources of each section of the state dump it holds, and its
 * WorkSpaces by state and running mode, with their ids (the first 30 of each). Registered through
 * {@code META-INF/services/net.jqwik.api.SampleReportingFormat}.
 */
public final class StateReportingFormat implements SampleReportingFormat {
  /** The most ids shown for one state and running mode. */
  private static final int MAX_IDS = 30;

  @Override
  public boolean appliesTo(Object value) {
    return value instanceof State;
  }

  @Override
  public Optional<String> label(Object value) {
    return Optional.of("State");
  }

  @Override
  public Object report(Object value) {
    State state = (State) value;
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("clock", state.clock().toString());
    report.put("pending steps", state.timeline().size());
    for (Map.Entry<Scope, ScopeState> scope : state.scopes().entrySet()) {
      report.put(scope.getKey().toString(), summary(scope.getValue()));
    }
    return report;
  }

  /** The sections of one scope that hold anything, counted; the WorkSpaces by state and running mode. */
  private static Map<String, Object> summary(ScopeState scope) {
    Map<String, Object> summary = new LinkedHashMap<>();
    DumpSections counted = new DumpSections() {
      @Override
      public void list(String name, Iterable<? extends Structure> values) {
        int size = 0;
        for (Structure ignored : values) {
          size++;
        }
        count(name, size);
      }

      @Override
      public void byResource(String name, Map<String, ? extends Structure> values) {
        count(name, values.size());
      }

      @Override
      public void listsByResource(String name, Map<String, ? extends List<? extends Structure>> lists) {
        count(name, lists.size());
      }

      @Override
      public void textByResource(String name, Map<String, String> texts) {
        count(name, texts.size());
      }

      private void count(String name, int size) {
        if (size > 0) {
          summary.put(name, size);
        }
      }
    };
    for (Kind<?> kind : Kinds.all()) {
      scope.get(kind).dump(scope, counted);
    }
    Map<String, List<String>> workspaces = new TreeMap<>();
    for (WorkspaceEntry entry : scope.get(Kinds.WORKSPACES).entries().values()) {
      workspaces.computeIfAbsent(entry.state() + " " + entry.runningMode(), key -> new ArrayList<>()).add(entry.id());
    }
    workspaces.forEach((key, ids) -> summary.put(key, ids.size() <= MAX_IDS ? String.join(" ", ids)
        : String.join(" ", ids.subList(0, MAX_IDS)) + " and " + (ids.size() - MAX_IDS) + " more"));
    return summary;
  }
}

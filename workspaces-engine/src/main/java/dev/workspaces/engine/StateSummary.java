package dev.workspaces.engine;

import dev.workspaces.engine.state.DumpSections;
import dev.workspaces.engine.state.Kind;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScheduledStep;
import dev.workspaces.engine.state.ScopeState;
import dev.workspaces.engine.state.TimelineKey;
import dev.workspaces.model.Structure;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The compact text of a {@link State} that {@link State#toString()} returns: a head line (virtual
 * time, seed, counters, catalogue), one line per scope with how many resources each section of the
 * state dump holds (empty sections left out), and the first pending steps in due order.
 */
final class StateSummary {
  /** How many pending steps are listed; the rest are counted. */
  private static final int STEPS_SHOWN = 5;

  private StateSummary() {}

  static String of(State state) {
    StringBuilder text = new StringBuilder("State[clock=").append(state.clock())
        .append(", seed=").append(state.seed())
        .append(", ids issued=").append(state.idCounter())
        .append(", steps scheduled=").append(state.stepCounter())
        .append(", catalogue=").append(state.catalogue().permissive() ? "permissive" : "strict")
        .append(" with ").append(state.catalogue().directories().size()).append(" directories")
        .append(", scopes=").append(state.scopes().size())
        .append(", pending steps=").append(state.timeline().size()).append(']');
    for (Map.Entry<Scope, ScopeState> scope : state.scopes().entrySet()) {
      text.append("\n  ").append(scope.getKey()).append(": ").append(counts(scope.getValue()));
    }
    int shown = 0;
    for (Map.Entry<TimelineKey, ScheduledStep> step : state.timeline().entrySet()) {
      if (shown++ == STEPS_SHOWN) {
        text.append("\n  ... and ").append(state.timeline().size() - STEPS_SHOWN).append(" more steps");
        break;
      }
      ScheduledStep value = step.getValue();
      text.append("\n  at ").append(step.getKey().due()).append(": ").append(value.transition())
          .append(' ').append(value.resourceId()).append(" (").append(value.scope()).append(')');
    }
    return text.toString();
  }

  private static String counts(ScopeState scope) {
    Counts counts = new Counts();
    for (Kind<?> kind : Kinds.all()) {
      scope.get(kind).dump(scope, counts);
    }
    return counts.text.length() == 0 ? "nothing" : counts.text.toString();
  }

  /** Counts the entries of each non-empty section. */
  private static final class Counts implements DumpSections {
    private final StringJoiner text = new StringJoiner(", ");

    @Override
    public void list(String name, Iterable<? extends Structure> values) {
      int count = 0;
      for (Structure ignored : values) {
        count++;
      }
      add(name, count);
    }

    @Override
    public void byResource(String name, Map<String, ? extends Structure> values) {
      add(name, values.size());
    }

    @Override
    public void listsByResource(String name, Map<String, ? extends List<? extends Structure>> lists) {
      add(name, lists.size());
    }

    @Override
    public void textByResource(String name, Map<String, String> texts) {
      add(name, texts.size());
    }

    private void add(String name, int count) {
      if (count > 0) {
        text.add(name + "=" + count);
      }
    }
  }
}

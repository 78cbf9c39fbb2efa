package dev.workspaces.engine.step;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.engine.State;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.engine.state.DirectoryEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScheduledStep;
import dev.workspaces.engine.state.ScopeDirectories;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.TimelineKey;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.WorkspaceState;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Moves virtual time forward, completing every scheduled step that falls due on the way, in due
 * order. Completing a step may schedule the next one (TERMINATED, then gone), which also runs if
 * it falls due before the target time.
 */
@API(status = INTERNAL)
public final class StepRunner {
  private StepRunner() {}

  /** Moves {@code start} forward by {@code duration}: see {@link dev.workspaces.engine.Engine#advance}. */
  public static State advance(State start, Duration duration) {
    com.google.common.base.Preconditions.checkArgument(!duration.isNegative(),
        "time cannot go back: %s", duration);
    Instant target = start.clock().plus(duration);
    State state = start;
    for (Map.Entry<TimelineKey, ScheduledStep> next = state.timeline().isEmpty() ? null : state.timeline().firstEntry();
        next != null && !next.getKey().due().isAfter(target);
        next = state.timeline().isEmpty() ? null : state.timeline().firstEntry()) {
      Instant due = next.getKey().due().isBefore(state.clock()) ? state.clock() : next.getKey().due();
      state = state.withTimeline(state.timeline().minus(next.getKey())).withClock(due);
      state = complete(state, next.getValue());
    }
    return state.withClock(target);
  }

  private static State complete(State state, ScheduledStep step) {
    StateEditor editor = new StateEditor(state, step.scope());
    switch (step.transition().kind()) {
      case WORKSPACE -> editor.read(Kinds.WORKSPACES).find(step.resourceId())
          .ifPresent(entry -> completeWorkspace(editor, entry, step.transition()));
      case DIRECTORY -> editor.read(Kinds.DIRECTORIES).find(step.resourceId())
          .ifPresent(entry -> completeDirectory(editor, entry, step.transition()));
      case IMAGE -> ResourceSteps.completeImage(editor, step);
      case IMAGE_IMPORT -> ResourceSteps.advanceImport(editor, step);
      case BUNDLE -> ResourceSteps.completeBundle(editor, step);
      case CONNECTION_ALIAS -> AliasSteps.completeAlias(editor, step);
      case ALIAS_ASSOCIATION -> AliasSteps.completeAssociation(editor, step);
    }
    return editor.state();
  }

  /** Completes {@code transition} of a WorkSpace, unless the WorkSpace has moved on since. */
  static void completeWorkspace(StateEditor editor, WorkspaceEntry entry, Transition transition) {
    if (!entry.state().toString().equals(transition.from())) {
      return; // a stale step: the WorkSpace moved on since it was scheduled
    }
    WorkspaceEntry settled = entry.withPendingStep(Optional.empty());
    Optional<WorkspaceState> target = transition.to().map(WorkspaceState::fromValue);
    if (target.isEmpty()) {
      editor.remove(settled.id());
      return;
    }
    if (transition == Transition.WORKSPACE_UPDATING) {
      settled = settled.withWorkspace(settled.details().toBuilder().modificationStates(java.util.List.of()).build());
    }
    if (transition == Transition.WORKSPACE_PENDING && settled.details().computerName().isEmpty()) {
      settled = settled.withWorkspace(settled.details().toBuilder().computerName(computerName(settled.id())).build());
    }
    if (target.get() == WorkspaceState.AVAILABLE || target.get() == WorkspaceState.STOPPED) {
      settled = settled.withSnapshot(editor.now());
    }
    ScopeWorkspaces.move(editor, settled, target.get());
  }

  /**
   * Returns the computer name a provisioned WorkSpace reports: {@code WSAMZN-} and eight upper-case
   * letters or digits, as the service's names read; here taken from the WorkSpace id, so it is
   * deterministic and differs between WorkSpaces.
   */
  static String computerName(String workspaceId) {
    String suffix = workspaceId.substring("ws-".length()).toUpperCase(java.util.Locale.ROOT);
    return "WSAMZN-" + (suffix.length() > 8 ? suffix.substring(suffix.length() - 8) : suffix);
  }

  private static void completeDirectory(StateEditor editor, DirectoryEntry entry, Transition transition) {
    if (!entry.state().toString().equals(transition.from())) {
      return;
    }
    Optional<WorkspaceDirectoryState> target = transition.to().map(WorkspaceDirectoryState::fromValue);
    if (target.isEmpty()) {
      editor.remove(entry.id(), entry.pendingStep());
    } else {
      ScopeDirectories.move(editor, entry.withPendingStep(Optional.empty()), target.get());
    }
  }
}

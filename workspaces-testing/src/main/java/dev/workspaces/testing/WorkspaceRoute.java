package dev.workspaces.testing;

import static java.util.Map.entry;

import com.google.common.collect.Maps;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.state.ScopeWorkspaces;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.model.Protocol;
import dev.workspaces.model.RebootRequest;
import dev.workspaces.model.RebuildRequest;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.StartRequest;
import dev.workspaces.model.StopRequest;
import dev.workspaces.model.TargetWorkspaceState;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.CreateWorkspaceImageRequest;
import dev.workspaces.model.request.ModifyWorkspacePropertiesRequest;
import dev.workspaces.model.request.ModifyWorkspaceStateRequest;
import dev.workspaces.model.request.RebootWorkspacesRequest;
import dev.workspaces.model.request.RebuildWorkspacesRequest;
import dev.workspaces.model.request.RestoreWorkspaceRequest;
import dev.workspaces.model.request.StartWorkspacesRequest;
import dev.workspaces.model.request.StopWorkspacesRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How the world builder takes a WorkSpace to a planned state: created at the start (AVAILABLE once
 * its creation completes) or at the very end (still PENDING), then at most one step before time
 * settles (STOPPED, TERMINATED) and one step at the end that is left running (STOPPING, REBOOTING,
 * ...). Every step is a request through the engine, except the states only the service's own
 * events cause (IMPAIRED, UNHEALTHY, ERROR, MAINTENANCE), which are planted.
 *
 * @param createdLast whether the WorkSpace is created at the end, so that it is still PENDING
 * @param settle the step taken before time settles, whose result the WorkSpace then rests in
 * @param last the step taken at the end, left running
 */
record WorkspaceRoute(boolean createdLast, Step settle, Step last) {
  private static final int BATCH = 25;

  /** One step of many WorkSpaces of one scope, taken on {@code state}. */
  interface Step {
    State take(State state, Scope scope, List<WorkspaceEntry> workspaces);

    /** Returns the precondition row whose request this step sends, if any. */
    default Optional<WorkspaceRule> rule() {
      return Optional.empty();
    }
  }

  static final Step NONE = (state, scope, workspaces) -> state;
  static final Step STOP = batch(WorkspaceRule.STOP, ids -> StopWorkspacesRequest.builder().stopWorkspaceRequests(
      ids.stream().map(id -> StopRequest.builder().workspaceId(id).build()).toList()).build());
  static final Step START = batch(WorkspaceRule.START, ids -> StartWorkspacesRequest.builder()
      .startWorkspaceRequests(ids.stream().map(id -> StartRequest.builder().workspaceId(id).build()).toList()).build());
  static final Step REBOOT = batch(WorkspaceRule.REBOOT, ids -> RebootWorkspacesRequest.builder()
      .rebootWorkspaceRequests(ids.stream().map(id -> RebootRequest.builder().workspaceId(id).build()).toList())
      .build());
  /** One WorkSpace per request: the service rebuilds one at a time. */
  static final Step REBUILD = each(WorkspaceRule.REBUILD, entry -> RebuildWorkspacesRequest.builder()
      .addRebuildWorkspaceRequest(RebuildRequest.builder().workspaceId(entry.id()).build()).build());
  static final Step TERMINATE = batch(WorkspaceRule.TERMINATE, ids -> TerminateWorkspacesRequest.builder()
      .terminateWorkspaceRequests(ids.stream().map(id -> TerminateRequest.builder().workspaceId(id).build()).toList())
      .build());
  static final Step RESTORE = each(WorkspaceRule.RESTORE,
      entry -> RestoreWorkspaceRequest.builder().workspaceId(entry.id()).build());
  static final Step ADMIN_MAINTENANCE = each(WorkspaceRule.ENTER_ADMIN_MAINTENANCE, entry -> ModifyWorkspaceStateRequest
      .builder().workspaceId(entry.id()).workspaceState(TargetWorkspaceState.ADMIN_MAINTENANCE).build());
  /**
   * The other streaming protocol: a change that takes time, so the WorkSpace is UPDATING, and that
   * no cooldown after launch holds back (volume and larger compute changes wait 6 hours).
   */
  static final Step SWITCH_PROTOCOL = each(WorkspaceRule.MODIFY_PROPERTIES, entry -> {
    boolean wsp = entry.details().workspaceProperties().map(WorkspaceProperties::protocols)
        .filter(protocols -> protocols.contains(Protocol.WSP)).isPresent();
    return ModifyWorkspacePropertiesRequest.builder().workspaceId(entry.id())
        .workspaceProperties(WorkspaceProperties.builder().protocols(wsp ? Protocol.PCOIP : Protocol.WSP).build()).build();
  });
  static final Step CREATE_IMAGE = each(WorkspaceRule.CREATE_IMAGE, entry -> CreateWorkspaceImageRequest.builder()
      .workspaceId(entry.id()).name("image-of-" + entry.id()).description("An image of " + entry.id()).build());

  /** The route to every state a world can hold, in the enum's order. */
  static final Map<WorkspaceState, WorkspaceRoute> ROUTES = Maps.immutableEnumMap(Map.ofEntries(
      entry(WorkspaceState.AVAILABLE, new WorkspaceRoute(false, NONE, NONE)),
      entry(WorkspaceState.PENDING, new WorkspaceRoute(true, NONE, NONE)),
      entry(WorkspaceState.STOPPED, new WorkspaceRoute(false, STOP, NONE)),
      entry(WorkspaceState.STOPPING, new WorkspaceRoute(false, NONE, STOP)),
      entry(WorkspaceState.STARTING, new WorkspaceRoute(false, STOP, START)),
      entry(WorkspaceState.REBOOTING, new WorkspaceRoute(false, NONE, REBOOT)),
      entry(WorkspaceState.REBUILDING, new WorkspaceRoute(false, NONE, REBUILD)),
      entry(WorkspaceState.RESTORING, new WorkspaceRoute(false, NONE, RESTORE)),
      entry(WorkspaceState.UPDATING, new WorkspaceRoute(false, NONE, SWITCH_PROTOCOL)),
      entry(WorkspaceState.ADMIN_MAINTENANCE, new WorkspaceRoute(false, NONE, ADMIN_MAINTENANCE)),
      entry(WorkspaceState.SUSPENDED, new WorkspaceRoute(false, NONE, CREATE_IMAGE)),
      entry(WorkspaceState.TERMINATING, new WorkspaceRoute(false, NONE, TERMINATE)),
      entry(WorkspaceState.TERMINATED, new WorkspaceRoute(false, TERMINATE, NONE)),
      entry(WorkspaceState.IMPAIRED, new WorkspaceRoute(false, NONE, planted(WorkspaceState.IMPAIRED))),
      entry(WorkspaceState.UNHEALTHY, new WorkspaceRoute(false, NONE, planted(WorkspaceState.UNHEALTHY))),
      entry(WorkspaceState.ERROR, new WorkspaceRoute(false, NONE, planted(WorkspaceState.ERROR))),
      entry(WorkspaceState.MAINTENANCE, new WorkspaceRoute(false, NONE, planted(WorkspaceState.MAINTENANCE)))));

  /** Returns the route to {@code state}, or empty for a state no world holds (UNKNOWN_TO_SDK_VERSION). */
  static Optional<WorkspaceRoute> to(WorkspaceState state) {
    return Optional.ofNullable(ROUTES.get(state));
  }

  /** Returns {@code mode} when every step of this route accepts it, else AUTO_STOP (which every step accepts). */
  RunningMode runningMode(RunningMode mode) {
    Set<RunningMode> accepted = EnumSet.allOf(RunningMode.class);
    for (Step step : List.of(settle, last)) {
      step.rule().ifPresent(rule -> accepted.retainAll(rule.runningModes()));
    }
    return accepted.contains(mode) ? mode : RunningMode.AUTO_STOP;
  }

  /** A batch request of up to 25 WorkSpaces at a time. */
  private static Step batch(WorkspaceRule rule, Function<List<String>, WorkspacesRequest> request) {
    return new Step() {
      @Override
      public State take(State state, Scope scope, List<WorkspaceEntry> workspaces) {
        State next = state;
        List<String> ids = workspaces.stream().map(WorkspaceEntry::id).toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
          next = WorldBuilder.applied(next, scope, request.apply(ids.subList(from, Math.min(ids.size(), from + BATCH))));
        }
        return next;
      }

      @Override
      public Optional<WorkspaceRule> rule() {
        return Optional.of(rule);
      }
    };
  }

  /** One request per WorkSpace. */
  private static Step each(WorkspaceRule rule, Function<WorkspaceEntry, WorkspacesRequest> request) {
    return new Step() {
      @Override
      public State take(State state, Scope scope, List<WorkspaceEntry> workspaces) {
        State next = state;
        for (WorkspaceEntry entry : workspaces) {
          next = WorldBuilder.applied(next, scope, request.apply(entry));
        }
        return next;
      }

      @Override
      public Optional<WorkspaceRule> rule() {
        return Optional.of(rule);
      }
    };
  }

  /** A state that only the service's own events cause, set on the stored WorkSpaces directly. */
  private static Step planted(WorkspaceState target) {
    return (state, scope, workspaces) -> {
      StateEditor editor = new StateEditor(state, scope);
      for (WorkspaceEntry entry : workspaces) {
        ScopeWorkspaces.move(editor, entry, target);
      }
      return editor.state();
    };
  }
}

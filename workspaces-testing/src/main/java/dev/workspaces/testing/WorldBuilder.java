package dev.workspaces.testing;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.model.Tag;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.response.CreateWorkspacesResult;
import dev.workspaces.testing.WorkspaceRoute.Step;
import dev.workspaces.testing.WorldPlan.ScopePlan;
import dev.workspaces.testing.WorldPlan.WorkspacePlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the state a {@link WorldPlan} describes, through the engine and in bulk: it registers the
 * directories, creates the WorkSpaces 25 to a request, lets their creation complete, then takes
 * each along its {@link WorkspaceRoute} (one batch per step and scope, with one pause for the
 * settling steps). The result is a state the engine reached by itself, but for the planted
 * service events, so it keeps every invariant.
 */
final class WorldBuilder {
  /** The Amazon bundles WorkSpaces are launched from; a plan's {@code bundle} indexes this list. */
  static final List<String> BUNDLES = List.of(AmazonBundles.STANDARD_WINDOWS, AmazonBundles.STANDARD_LINUX);
  /** Long enough for every settling step (stopping, terminating) to complete. */
  private static final Duration SETTLE = Duration.ofMinutes(10);
  private static final int BATCH = 25;

  private WorldBuilder() {}

  /** A planned WorkSpace with its route, and the user and directory it got. */
  private record Placed(WorkspacePlan plan, WorkspaceRoute route, String userName, String directoryId) {}

  /**
   * Returns the state of {@code plan}; {@code users} are the user names WorkSpaces are given.
   *
   * @throws IllegalStateException if the engine refuses a step (a bug of the builder)
   */
  static State build(WorldPlan plan, List<String> users) {
    State state = State.initial(plan.seed());
    Map<Scope, List<Placed>> placed = new LinkedHashMap<>();
    int images = 0;
    for (ScopePlan scope : plan.scopes()) {
      for (int d = 0; d < scope.directories(); d++) {
        state = applied(state, scope.scope(),
            RegisterWorkspaceDirectoryRequest.builder().directoryId(directoryId(d)).build());
      }
      placed.put(scope.scope(), place(scope, users));
      images = Math.max(images, (int) placed.get(scope.scope()).stream()
          .filter(p -> p.plan().state() == WorkspaceState.SUSPENDED).count());
    }
    if (images > state.config().maxImagesPerScope()) {
      state = state.withConfig(state.config().withMaxImagesPerScope(images));
    }
    state = Engine.advance(state, state.config().duration(Transition.DIRECTORY_REGISTERING));
    Map<Scope, List<String>> ids = new LinkedHashMap<>();
    for (Map.Entry<Scope, List<Placed>> scope : placed.entrySet()) {
      ids.put(scope.getKey(), new ArrayList<>());
      state = create(state, scope.getKey(), scope.getValue(), false, ids.get(scope.getKey()));
    }
    state = Engine.advance(state, state.config().duration(Transition.WORKSPACE_PENDING));
    state = steps(state, placed, ids, WorkspaceRoute::settle);
    state = Engine.advance(state, SETTLE);
    state = steps(state, placed, ids, WorkspaceRoute::last);
    for (Map.Entry<Scope, List<Placed>> scope : placed.entrySet()) {
      state = create(state, scope.getKey(), scope.getValue(), true, new ArrayList<>());
    }
    return state;
  }

  /**
   * Gives each planned WorkSpace a user and a directory: the first pair from its own picks on in
   * which the user holds no WorkSpace yet. A WorkSpace for which none is left is dropped.
   */
  private static List<Placed> place(ScopePlan scope, List<String> users) {
    int directories = scope.directories();
    boolean[][] taken = new boolean[users.size()][directories];
    List<Placed> placed = new ArrayList<>();
    for (int i = 0; i < scope.workspaces(); i++) {
      WorkspacePlan plan = scope.workspace(i);
      search:
      for (int k = 0; k < users.size(); k++) {
        int user = Math.floorMod(plan.user() + i + k, users.size());
        for (int j = 0; j < directories; j++) {
          int directory = Math.floorMod(plan.directory() + j, directories);
          if (!taken[user][directory]) {
            taken[user][directory] = true;
            WorkspaceRoute route = WorkspaceRoute.to(plan.state()).orElseThrow();
            placed.add(new Placed(plan, route, users.get(user), directoryId(directory)));
            break search;
          }
        }
      }
    }
    return placed;
  }

  /** Creates the WorkSpaces of {@code placed} created first (or last), adding their ids to {@code ids}. */
  private static State create(State state, Scope scope, List<Placed> placed, boolean last, List<String> ids) {
    List<WorkspaceRequest> items = placed.stream().filter(p -> p.route().createdLast() == last)
        .map(WorldBuilder::request).toList();
    State next = state;
    for (int from = 0; from < items.size(); from += BATCH) {
      Outcome outcome = checked(next, scope, CreateWorkspacesRequest.builder()
          .workspaces(items.subList(from, Math.min(items.size(), from + BATCH))).build());
      outcome.responseAs(CreateWorkspacesResult.class).pendingRequests().stream()
          .map(w -> w.workspaceId().orElseThrow()).forEach(ids::add);
      next = outcome.state();
    }
    return next;
  }

  private static WorkspaceRequest request(Placed placed) {
    WorkspacePlan plan = placed.plan();
    List<Tag> tags = new ArrayList<>();
    for (int i = 1; i <= plan.tags(); i++) {
      tags.add(Tag.builder().key("tag" + i).value("value" + i).build());
    }
    return WorkspaceRequest.builder()
        .directoryId(placed.directoryId())
        .userName(placed.userName())
        .bundleId(BUNDLES.get(Math.floorMod(plan.bundle(), BUNDLES.size())))
        .workspaceProperties(WorkspaceProperties.builder()
            .runningMode(placed.route().runningMode(plan.runningMode())).build())
        .tags(tags)
        .build();
  }

  /**
   * Takes, in every scope, the step {@code stepOf} names of each created WorkSpace: one batch per
   * step, the WorkSpaces in creation order.
   */
  private static State steps(State state, Map<Scope, List<Placed>> placed, Map<Scope, List<String>> ids,
      Function<WorkspaceRoute, Step> stepOf) {
    State next = state;
    for (Map.Entry<Scope, List<Placed>> scope : placed.entrySet()) {
      List<Placed> created = scope.getValue().stream().filter(p -> !p.route().createdLast()).toList();
      Map<Step, List<String>> byStep = new LinkedHashMap<>();
      for (int i = 0; i < created.size(); i++) {
        byStep.computeIfAbsent(stepOf.apply(created.get(i).route()), step -> new ArrayList<>())
            .add(ids.get(scope.getKey()).get(i));
      }
      for (Map.Entry<Step, List<String>> step : byStep.entrySet()) {
        var workspaces = next.scope(scope.getKey()).get(Kinds.WORKSPACES);
        next = step.getKey().take(next, scope.getKey(),
            step.getValue().stream().map(id -> workspaces.find(id).orElseThrow()).toList());
      }
    }
    return next;
  }

  /** Returns the id of the scope's {@code index}-th directory. */
  static String directoryId(int index) {
    return String.format("d-%010d", index + 1);
  }

  /** Returns the state after {@code request}, which the engine must accept whole. */
  static State applied(State state, Scope scope, WorkspacesRequest request) {
    return checked(state, scope, request).state();
  }

  private static Outcome checked(State state, Scope scope, WorkspacesRequest request) {
    Outcome outcome = Engine.apply(state, scope, request);
    if (outcome.error().isPresent() || !outcome.itemRefusals().isEmpty()) {
      throw new IllegalStateException("The world builder's " + request.operation().operationName() + " as " + scope
          + " was refused: " + outcome.error().map(Object::toString).orElse(outcome.itemRefusals().toString()));
    }
    return outcome;
  }
}

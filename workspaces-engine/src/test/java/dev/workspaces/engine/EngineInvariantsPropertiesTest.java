package dev.workspaces.engine;

import static dev.workspaces.engine.Fixtures.SCOPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.rule.RefusalRule;
import dev.workspaces.engine.rule.WorkspaceEdges;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.Kind;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeState;
import dev.workspaces.engine.state.UserIndex;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.RebootRequest;
import dev.workspaces.model.RebuildRequest;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.StartRequest;
import dev.workspaces.model.StopRequest;
import dev.workspaces.model.Tag;
import dev.workspaces.model.TargetWorkspaceState;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.WorkspaceImageState;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.CreateWorkspaceImageRequest;
import dev.workspaces.model.request.DeleteWorkspaceImageRequest;
import dev.workspaces.model.request.ModifyWorkspacePropertiesRequest;
import dev.workspaces.model.request.ModifyWorkspaceStateRequest;
import dev.workspaces.model.request.RebootWorkspacesRequest;
import dev.workspaces.model.request.RebuildWorkspacesRequest;
import dev.workspaces.model.request.RestoreWorkspaceRequest;
import dev.workspaces.model.request.StartWorkspacesRequest;
import dev.workspaces.model.request.StopWorkspacesRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of lifecycle actions keep the engine's invariants after every step: unique ids
 * and a consistent user index, TERMINATED never comes back, at most 50 tags, states change only
 * along documented edges (image creation's SUSPENDED included), a SUSPENDED WorkSpace waits on the
 * image made from it, refused requests change nothing, nothing fails internally, every refusal (of a
 * request or of an item) names a precondition row of its operation with its error code; and the same seed
 * with the same actions gives equal states.
 */
class EngineInvariantsPropertiesTest {

  /** One step of a scenario: a request on the n-th stored WorkSpace or image, a create, or a time advance. */
  record Step(String kind, int target, int amount) {
    @Override
    public String toString() {
      return kind + "(" + target + "," + amount + ")";
    }
  }

  @Provide
  Arbitrary<List<Step>> scenarios() {
    Arbitrary<String> kinds = Arbitraries.of("create", "reboot", "rebuild", "restore", "start", "stop",
        "terminate", "maintenance", "available", "modify", "mode", "tag", "advance", "image", "deleteImage", "wait");
    Arbitrary<Step> step = net.jqwik.api.Combinators.combine(kinds, Arbitraries.integers().between(0, 7),
        Arbitraries.integers().between(0, 40)).as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 300)
  void randomScenariosKeepEveryInvariant(@ForAll("scenarios") List<Step> steps) {
    State state = Fixtures.withDirectory(State.initial(11));
    Set<String> terminated = new HashSet<>();
    for (Step step : steps) {
      State before = state;
      state = apply(state, step);
      checkInvariants(before, state, terminated, step.kind().equals("advance") || step.kind().equals("wait"));
    }
  }

  @Property(tries = 100)
  void theSameSeedAndStepsGiveEqualStates(@ForAll("scenarios") List<Step> steps) {
    State first = Fixtures.withDirectory(State.initial(5));
    State second = Fixtures.withDirectory(State.initial(5));
    for (Step step : steps) {
      first = apply(first, step);
      second = apply(second, step);
    }
    assertEquals(first, second);
  }

  private static State apply(State state, Step step) {
    if (step.kind().equals("advance")) {
      return Engine.advance(state, Duration.ofMinutes(step.amount()));
    }
    if (step.kind().equals("wait")) {
      return Engine.advance(state, Duration.ofHours(1));
    }
    WorkspacesRequest request = request(state, step);
    Outcome outcome = Engine.apply(state, SCOPE, request);
    if (outcome.error().isPresent()) {
      assertTrue(outcome.error().get().code() != ErrorCode.INTERNAL_FAILURE, outcome.error().get().message());
      assertEquals(state, outcome.state(), "a refused request changes nothing");
    }
    checkRefusalsNameTheirRows(request, outcome);
    return outcome.state();
  }

  /**
   * Every refusal names a row of a precondition table that governs the request's operation and has
   * the refusal's error code; a response with refused items names one such row per item, in order.
   */
  private static void checkRefusalsNameTheirRows(WorkspacesRequest request, Outcome outcome) {
    outcome.error().ifPresent(error -> {
      assertTrue(error.rule().operations().contains(request.operation()), error::toString);
      assertEquals(error.rule().errorCode(), error.code());
    });
    List<ItemFailures.ItemFailure> failures = ItemFailures.of(outcome.response());
    List<String> rowCodes = outcome.itemRefusals().stream().map(RefusalRule::itemErrorCode).toList();
    assertEquals(failures.stream().map(ItemFailures.ItemFailure::errorCode).toList(), rowCodes,
        () -> "rows of the refused items: " + outcome.itemRefusals());
    outcome.itemRefusals().forEach(row -> assertTrue(row.operations().contains(request.operation()),
        row.qualifiedName() + " refused an item of " + request.operation()));
  }

  private static WorkspacesRequest request(State state, Step step) {
    List<String> ids = new ArrayList<>(state.scope(SCOPE).get(Kinds.WORKSPACES).entries().keySet());
    String id = ids.isEmpty() || step.target() >= ids.size() ? "ws-00000000" + step.target() : ids.get(step.target());
    return switch (step.kind()) {
      case "create" -> Fixtures.create("user" + step.target());
      case "reboot" -> RebootWorkspacesRequest.builder()
          .addRebootWorkspaceRequest(RebootRequest.builder().workspaceId(id).build()).build();
      case "rebuild" -> RebuildWorkspacesRequest.builder()
          .addRebuildWorkspaceRequest(RebuildRequest.builder().workspaceId(id).build()).build();
      case "restore" -> RestoreWorkspaceRequest.builder().workspaceId(id).build();
      case "start" -> StartWorkspacesRequest.builder()
          .addStartWorkspaceRequest(StartRequest.builder().workspaceId(id).build()).build();
      case "stop" -> StopWorkspacesRequest.builder()
          .addStopWorkspaceRequest(StopRequest.builder().workspaceId(id).build()).build();
      case "terminate" -> TerminateWorkspacesRequest.builder()
          .addTerminateWorkspaceRequest(TerminateRequest.builder().workspaceId(id).build()).build();
      case "maintenance" -> ModifyWorkspaceStateRequest.builder().workspaceId(id)
          .workspaceState(TargetWorkspaceState.ADMIN_MAINTENANCE).build();
      case "available" -> ModifyWorkspaceStateRequest.builder().workspaceId(id)
          .workspaceState(TargetWorkspaceState.AVAILABLE).build();
      case "modify" -> ModifyWorkspacePropertiesRequest.builder().workspaceId(id)
          .workspaceProperties(WorkspaceProperties.builder().userVolumeSizeGib(50 + step.amount()).build()).build();
      case "mode" -> ModifyWorkspacePropertiesRequest.builder().workspaceId(id)
          .workspaceProperties(WorkspaceProperties.builder()
              .runningMode(step.amount() % 2 == 0 ? RunningMode.ALWAYS_ON : RunningMode.MANUAL).build()).build();
      case "tag" -> tags(id, step.amount());
      case "image" -> CreateWorkspaceImageRequest.builder().workspaceId(id).name("img" + step.amount() % 5)
          .description("Image").build();
      case "deleteImage" -> DeleteWorkspaceImageRequest.builder().imageId(imageId(state, step.target())).build();
      default -> throw new AssertionError(step.kind());
    };
  }

  private static String imageId(State state, int target) {
    List<String> ids = new ArrayList<>(state.scope(SCOPE).get(Kinds.IMAGES).entries().keySet());
    return target < ids.size() ? ids.get(target) : "wsi-00000000" + target;
  }

  private static CreateTagsRequest tags(String id, int count) {
    CreateTagsRequest.Builder request = CreateTagsRequest.builder().resourceId(id);
    for (int i = 0; i < count; i++) {
      request.addTag(Tag.builder().key("k" + (i * 7 % 60)).value("v").build());
    }
    return request.build();
  }

  private static void checkInvariants(State before, State after, Set<String> terminated, boolean advance) {
    ScopeState scope = after.scope(SCOPE);
    Map<String, WorkspaceState> old = states(before);
    Map<String, WorkspaceState> now = states(after);
    for (UserIndex.Holding user : scope.get(Kinds.WORKSPACES).byUser().holdings()) {
      assertTrue(scope.get(Kinds.WORKSPACES).entries().containsKey(user.workspaceId()), "user index points at a WorkSpace");
    }
    scope.tags().forEach((id, tags) -> assertTrue(tags.size() <= 50, id + " has " + tags.size() + " tags"));
    checkImages(after, scope);
    for (Kind<?> kind : Kinds.all()) {
      scope.get(kind).check(after, SCOPE, scope);
    }
    for (String id : old.keySet()) {
      if (!now.containsKey(id)) {
        assertEquals(WorkspaceState.TERMINATED, old.get(id), id + " disappeared without being TERMINATED");
      }
    }
    for (Map.Entry<String, WorkspaceState> entry : now.entrySet()) {
      String id = entry.getKey();
      if (terminated.contains(id)) {
        assertEquals(WorkspaceState.TERMINATED, entry.getValue(), id + " came back from TERMINATED");
      }
      WorkspaceState from = old.getOrDefault(id, WorkspaceState.PENDING);
      assertTrue(WorkspaceEdges.documented(from, entry.getValue(), advance), id + ": " + from + " -> " + entry.getValue());
      if (entry.getValue() == WorkspaceState.TERMINATED) {
        terminated.add(id);
      }
    }
  }

  /**
   * A PENDING image has its step on the timeline, and a SUSPENDED WorkSpace waits on exactly that
   * step of the PENDING image made from it.
   */
  private static void checkImages(State state, ScopeState scope) {
    scope.get(Kinds.IMAGES).entries().forEach((id, image) -> assertTrue(image.state() != WorkspaceImageState.PENDING
        || image.pendingStep().map(state.timeline()::containsKey).orElse(false), id + " is PENDING with no step"));
    for (WorkspaceEntry entry : scope.get(Kinds.WORKSPACES).entries().values()) {
      if (entry.state() == WorkspaceState.SUSPENDED) {
        long making = scope.get(Kinds.IMAGES).entries().values().stream()
            .filter(image -> image.state() == WorkspaceImageState.PENDING)
            .filter(image -> image.origin().equals(ImageOrigin.of(ImageOrigin.Kind.WORKSPACE, entry.id())))
            .filter(image -> image.pendingStep().equals(entry.pendingStep()))
            .count();
        assertEquals(1, making, entry.id() + " is SUSPENDED without exactly one image being made from it");
      }
    }
  }

  private static Map<String, WorkspaceState> states(State state) {
    Map<String, WorkspaceState> states = new TreeMap<>();
    state.scope(SCOPE).get(Kinds.WORKSPACES).entries().forEach((id, entry) -> states.put(id, entry.state()));
    return states;
  }
}

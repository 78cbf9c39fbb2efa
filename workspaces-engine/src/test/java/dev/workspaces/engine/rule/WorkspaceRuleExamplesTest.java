package dev.workspaces.engine.rule;

import static dev.workspaces.model.RunningMode.ALWAYS_ON;
import static dev.workspaces.model.RunningMode.AUTO_STOP;
import static dev.workspaces.model.RunningMode.MANUAL;
import static dev.workspaces.model.WorkspaceState.ADMIN_MAINTENANCE;
import static dev.workspaces.model.WorkspaceState.AVAILABLE;
import static dev.workspaces.model.WorkspaceState.ERROR;
import static dev.workspaces.model.WorkspaceState.IMPAIRED;
import static dev.workspaces.model.WorkspaceState.PENDING;
import static dev.workspaces.model.WorkspaceState.REBOOTING;
import static dev.workspaces.model.WorkspaceState.STOPPED;
import static dev.workspaces.model.WorkspaceState.SUSPENDED;
import static dev.workspaces.model.WorkspaceState.UNHEALTHY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.model.FailedWorkspaceChangeRequest;
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
import dev.workspaces.model.request.MigrateWorkspaceRequest;
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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pinned accepted and one pinned refused example per row of {@link WorkspaceRule}, written
 * out by hand so that a wrong table cannot pass by agreeing with itself.
 */
class WorkspaceRuleExamplesTest {
  private static final String ID = "ws-abcdef123";

  record Example(WorkspaceRule row, WorkspaceState from, RunningMode mode, boolean accepted,
      WorkspaceState expectedState) {
    @Override
    public String toString() {
      return row + (accepted ? " accepts " : " refuses ") + from + "/" + mode;
    }
  }

  static Stream<Example> examples() {
    return Stream.of(
        new Example(WorkspaceRule.REBOOT, UNHEALTHY, AUTO_STOP, true, REBOOTING),
        new Example(WorkspaceRule.REBOOT, STOPPED, AUTO_STOP, false, STOPPED),
        new Example(WorkspaceRule.REBUILD, STOPPED, ALWAYS_ON, true, WorkspaceState.REBUILDING),
        new Example(WorkspaceRule.REBUILD, PENDING, ALWAYS_ON, false, PENDING),
        new Example(WorkspaceRule.RESTORE, ERROR, AUTO_STOP, true, WorkspaceState.RESTORING),
        new Example(WorkspaceRule.RESTORE, REBOOTING, AUTO_STOP, false, REBOOTING),
        new Example(WorkspaceRule.START, STOPPED, MANUAL, true, WorkspaceState.STARTING),
        new Example(WorkspaceRule.START, STOPPED, ALWAYS_ON, false, STOPPED),
        new Example(WorkspaceRule.STOP, IMPAIRED, AUTO_STOP, true, WorkspaceState.STOPPING),
        new Example(WorkspaceRule.STOP, AVAILABLE, ALWAYS_ON, false, AVAILABLE),
        new Example(WorkspaceRule.STOP, ADMIN_MAINTENANCE, AUTO_STOP, false, ADMIN_MAINTENANCE),
        new Example(WorkspaceRule.TERMINATE, ERROR, ALWAYS_ON, true, WorkspaceState.TERMINATING),
        new Example(WorkspaceRule.TERMINATE, SUSPENDED, ALWAYS_ON, false, SUSPENDED),
        new Example(WorkspaceRule.ENTER_ADMIN_MAINTENANCE, AVAILABLE, AUTO_STOP, true, ADMIN_MAINTENANCE),
        new Example(WorkspaceRule.ENTER_ADMIN_MAINTENANCE, STOPPED, AUTO_STOP, false, STOPPED),
        new Example(WorkspaceRule.LEAVE_ADMIN_MAINTENANCE, ADMIN_MAINTENANCE, AUTO_STOP, true, AVAILABLE),
        new Example(WorkspaceRule.LEAVE_ADMIN_MAINTENANCE, STOPPED, AUTO_STOP, false, STOPPED),
        new Example(WorkspaceRule.MODIFY_PROPERTIES, AVAILABLE, AUTO_STOP, true, WorkspaceState.UPDATING),
        new Example(WorkspaceRule.MODIFY_PROPERTIES, STOPPED, AUTO_STOP, true, STOPPED),
        new Example(WorkspaceRule.MODIFY_PROPERTIES, REBOOTING, AUTO_STOP, false, REBOOTING),
        new Example(WorkspaceRule.MIGRATE, AVAILABLE, AUTO_STOP, true, WorkspaceState.TERMINATING),
        new Example(WorkspaceRule.MIGRATE, PENDING, AUTO_STOP, false, PENDING),
        new Example(WorkspaceRule.CREATE_IMAGE, AVAILABLE, ALWAYS_ON, true, SUSPENDED),
        new Example(WorkspaceRule.CREATE_IMAGE, STOPPED, AUTO_STOP, false, STOPPED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRowDecidesTheOutcome(Example example) {
    State start = Fixtures.withWorkspaceIn(State.initial(1), ID, example.from(), example.mode());
    Outcome outcome = Engine.apply(start, Fixtures.SCOPE, request(example.row()));
    List<FailedWorkspaceChangeRequest> failed = failures(outcome);
    boolean accepted = outcome.isSuccess() && failed.isEmpty();
    assertEquals(example.accepted(), accepted, () -> "outcome: " + outcome.error() + " " + failed);
    assertEquals(example.expectedState(), Fixtures.stateOf(outcome.state(), ID));
    if (!example.accepted()) {
      String code = failed.isEmpty() ? outcome.error().orElseThrow().code().code()
          : failed.get(0).errorCode().orElseThrow();
      assertEquals(example.row().itemErrorCode(), code);
      RefusalRule named = failed.isEmpty() ? outcome.error().orElseThrow().rule() : outcome.itemRefusals().get(0);
      assertEquals(example.row(), named, "the refusal names its row");
      assertEquals(start, outcome.state(), "a refused request changes nothing");
    }
  }

  @Test
  void everyRowHasAnAcceptedAndARefusedExample() {
    Set<WorkspaceRule> accepted = EnumSet.noneOf(WorkspaceRule.class);
    Set<WorkspaceRule> refused = EnumSet.noneOf(WorkspaceRule.class);
    examples().forEach(e -> (e.accepted() ? accepted : refused).add(e.row()));
    assertEquals(EnumSet.allOf(WorkspaceRule.class), accepted);
    assertEquals(EnumSet.allOf(WorkspaceRule.class), refused);
  }

  @Test
  void creatingAnImageDeclaresItsRefusal() {
    assertTrue(WorkspaceRule.CREATE_IMAGE.operation().declaredErrors()
        .contains(WorkspaceRule.CREATE_IMAGE.errorCode()));
  }

  @Test
  void adminMaintenanceRefusesEveryLifecycleAction() {
    for (WorkspaceRule row : List.of(WorkspaceRule.REBOOT, WorkspaceRule.STOP, WorkspaceRule.START,
        WorkspaceRule.REBUILD, WorkspaceRule.RESTORE)) {
      assertTrue(row.refusal(ADMIN_MAINTENANCE, AUTO_STOP).isPresent(), row.name());
    }
  }

  private static List<FailedWorkspaceChangeRequest> failures(Outcome outcome) {
    if (!outcome.isSuccess()) {
      return List.of();
    }
    Object response = outcome.response().orElseThrow();
    return Stream.of(response)
        .flatMap(r -> FAILURES.stream().map(f -> f.apply(r)))
        .filter(list -> list != null).findFirst().orElse(List.of());
  }

  private static final List<Function<Object, List<FailedWorkspaceChangeRequest>>> FAILURES = List.of(
      r -> r instanceof dev.workspaces.model.response.RebootWorkspacesResult x ? x.failedRequests() : null,
      r -> r instanceof dev.workspaces.model.response.RebuildWorkspacesResult x ? x.failedRequests() : null,
      r -> r instanceof dev.workspaces.model.response.StartWorkspacesResult x ? x.failedRequests() : null,
      r -> r instanceof dev.workspaces.model.response.StopWorkspacesResult x ? x.failedRequests() : null,
      r -> r instanceof dev.workspaces.model.response.TerminateWorkspacesResult x ? x.failedRequests() : null);

  private static WorkspacesRequest request(WorkspaceRule row) {
    return switch (row) {
      case REBOOT -> RebootWorkspacesRequest.builder()
          .addRebootWorkspaceRequest(RebootRequest.builder().workspaceId(ID).build()).build();
      case REBUILD -> RebuildWorkspacesRequest.builder()
          .addRebuildWorkspaceRequest(RebuildRequest.builder().workspaceId(ID).build()).build();
      case RESTORE -> RestoreWorkspaceRequest.builder().workspaceId(ID).build();
      case START -> StartWorkspacesRequest.builder()
          .addStartWorkspaceRequest(StartRequest.builder().workspaceId(ID).build()).build();
      case STOP -> StopWorkspacesRequest.builder()
          .addStopWorkspaceRequest(StopRequest.builder().workspaceId(ID).build()).build();
      case TERMINATE -> TerminateWorkspacesRequest.builder()
          .addTerminateWorkspaceRequest(TerminateRequest.builder().workspaceId(ID).build()).build();
      case ENTER_ADMIN_MAINTENANCE -> ModifyWorkspaceStateRequest.builder().workspaceId(ID)
          .workspaceState(TargetWorkspaceState.ADMIN_MAINTENANCE).build();
      case LEAVE_ADMIN_MAINTENANCE -> ModifyWorkspaceStateRequest.builder().workspaceId(ID)
          .workspaceState(TargetWorkspaceState.AVAILABLE).build();
      case MODIFY_PROPERTIES -> ModifyWorkspacePropertiesRequest.builder().workspaceId(ID)
          .workspaceProperties(WorkspaceProperties.builder().userVolumeSizeGib(100).build()).build();
      case MIGRATE -> MigrateWorkspaceRequest.builder().sourceWorkspaceId(ID)
          .bundleId(AmazonBundles.STANDARD_LINUX).build();
      case CREATE_IMAGE -> CreateWorkspaceImageRequest.builder().workspaceId(ID).name("golden")
          .description("Golden image").build();
    };
  }
}

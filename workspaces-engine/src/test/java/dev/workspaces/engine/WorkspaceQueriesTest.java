package dev.workspaces.engine;

import static dev.workspaces.engine.Fixtures.DIRECTORY;
import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.Fixtures.accepted;
import static dev.workspaces.engine.Fixtures.create;
import static dev.workspaces.engine.Fixtures.stateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.ConnectionState;
import dev.workspaces.model.ModificationResourceEnum;
import dev.workspaces.model.RebootRequest;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.StopRequest;
import dev.workspaces.model.Tag;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.DeleteTagsRequest;
import dev.workspaces.model.request.DescribeTagsRequest;
import dev.workspaces.model.request.DescribeWorkspaceSnapshotsRequest;
import dev.workspaces.model.request.DescribeWorkspacesConnectionStatusRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.request.MigrateWorkspaceRequest;
import dev.workspaces.model.request.ModifyWorkspacePropertiesRequest;
import dev.workspaces.model.request.RebootWorkspacesRequest;
import dev.workspaces.model.request.RestoreWorkspaceRequest;
import dev.workspaces.model.request.StopWorkspacesRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import dev.workspaces.model.response.CreateWorkspacesResult;
import dev.workspaces.model.response.DescribeTagsResult;
import dev.workspaces.model.response.DescribeWorkspaceSnapshotsResult;
import dev.workspaces.model.response.DescribeWorkspacesConnectionStatusResult;
import dev.workspaces.model.response.DescribeWorkspacesResult;
import dev.workspaces.model.response.MigrateWorkspaceResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Describe, pagination, tags, property changes, migration, snapshots and connection status. */
class WorkspaceQueriesTest {
  private static final State FIVE_AVAILABLE = fiveAvailable();
  private static final List<String> IDS = ids(FIVE_AVAILABLE);

  private static State fiveAvailable() {
    State state = Fixtures.withDirectory(State.initial(3));
    state = accepted(state, create("u1", "u2", "u3", "u4", "u5")).state();
    return Engine.advance(state, Duration.ofMinutes(20));
  }

  private static List<String> ids(State state) {
    return new ArrayList<>(state.scope(SCOPE).get(Kinds.WORKSPACES).entries().keySet());
  }

  private static DescribeWorkspacesResult describe(State state, DescribeWorkspacesRequest request) {
    return accepted(state, request).responseAs(DescribeWorkspacesResult.class);
  }

  @Test
  void describePagesThroughEveryWorkspaceInIdOrder() {
    List<String> seen = new ArrayList<>();
    Optional<String> token = Optional.empty();
    int pages = 0;
    do {
      DescribeWorkspacesResult page = describe(FIVE_AVAILABLE,
          DescribeWorkspacesRequest.builder().limit(2).nextToken(token).build());
      page.workspaces().forEach(w -> seen.add(w.workspaceId().orElseThrow()));
      token = page.nextToken();
      pages++;
    } while (token.isPresent());
    assertEquals(IDS, seen);
    assertEquals(3, pages);
  }

  @Test
  void describeFiltersByIdsUserAndBundle() {
    assertEquals(List.of(IDS.get(1)), describe(FIVE_AVAILABLE, DescribeWorkspacesRequest.builder()
        .addWorkspaceId(IDS.get(1)).addWorkspaceId("ws-000000000").build())
        .workspaces().stream().map(w -> w.workspaceId().orElseThrow()).toList());
    List<Workspace> byUser = describe(FIVE_AVAILABLE, DescribeWorkspacesRequest.builder()
        .directoryId(DIRECTORY).userName("U3").build()).workspaces();
    assertEquals("u3", byUser.get(0).userName().orElseThrow());
    assertEquals(0, describe(FIVE_AVAILABLE, DescribeWorkspacesRequest.builder()
        .bundleId(AmazonBundles.STANDARD_LINUX).build()).workspaces().size());
  }

  @Test
  void describeRefusesCombinedFiltersAndForeignTokens() {
    Outcome combined = Engine.apply(FIVE_AVAILABLE, SCOPE, DescribeWorkspacesRequest.builder()
        .directoryId(DIRECTORY).bundleId(AmazonBundles.STANDARD_WINDOWS).build());
    assertEquals(ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION, combined.error().orElseThrow().code());
    Outcome userAlone = Engine.apply(FIVE_AVAILABLE, SCOPE, DescribeWorkspacesRequest.builder().userName("u1").build());
    assertTrue(userAlone.error().orElseThrow().message().contains("UserName"));
    Outcome foreign = Engine.apply(FIVE_AVAILABLE, SCOPE, DescribeWorkspacesRequest.builder().nextToken("abc").build());
    assertEquals(ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION, foreign.error().orElseThrow().code());
  }

  @Test
  void tagsUpsertByKeyAndStopAtFifty() {
    String id = IDS.get(0);
    State state = accepted(FIVE_AVAILABLE, CreateTagsRequest.builder().resourceId(id)
        .addTag(Tag.builder().key("env").value("test").build())
        .addTag(Tag.builder().key("team").value("a").build()).build()).state();
    state = accepted(state, CreateTagsRequest.builder().resourceId(id)
        .addTag(Tag.builder().key("env").value("prod").build()).build()).state();
    state = accepted(state, DeleteTagsRequest.builder().resourceId(id).addTagKey("team").build()).state();
    assertEquals(List.of(Tag.builder().key("env").value("prod").build()),
        accepted(state, DescribeTagsRequest.builder().resourceId(id).build())
            .responseAs(DescribeTagsResult.class).tagList());

    CreateTagsRequest.Builder many = CreateTagsRequest.builder().resourceId(id);
    for (int i = 0; i < 50; i++) {
      many.addTag(Tag.builder().key("k" + i).build());
    }
    Outcome tooMany = Engine.apply(state, SCOPE, many.build());
    assertEquals(ErrorCode.RESOURCE_LIMIT_EXCEEDED_EXCEPTION, tooMany.error().orElseThrow().code());
    assertEquals(state, tooMany.state());
    Outcome unknown = Engine.apply(state, SCOPE, DescribeTagsRequest.builder().resourceId("ws-000000000").build());
    assertEquals(ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, unknown.error().orElseThrow().code());
    assertEquals("ws-000000000", unknown.error().orElseThrow().resourceId().orElseThrow());
  }

  @Test
  void aWorkspacesTagsFollowItThroughStateChangesAndGoWithIt() {
    String id = IDS.get(1);
    Tag team = Tag.builder().key("team").value("a").build();
    State state = accepted(FIVE_AVAILABLE, CreateTagsRequest.builder().resourceId(id).addTag(team).build()).state();
    state = accepted(state, StopWorkspacesRequest.builder()
        .addStopWorkspaceRequest(StopRequest.builder().workspaceId(id).build()).build()).state();
    state = Engine.advance(state, Duration.ofHours(1));
    assertEquals(WorkspaceState.STOPPED, stateOf(state, id));
    assertEquals(List.of(team), state.scope(SCOPE).tagsOf(id), "kept across STOPPING and STOPPED");
    assertEquals(Map.of(id, List.of(team)), state.scope(SCOPE).tags(), "the scope's view lists them");
    assertEquals(List.of(), state.scope(SCOPE).get(Kinds.TAGS).byResource().keySet().stream().toList(),
        "a WorkSpace's tags live in its entry, not in the map of other resources' tags");

    state = accepted(state, TerminateWorkspacesRequest.builder()
        .addTerminateWorkspaceRequest(TerminateRequest.builder().workspaceId(id).build()).build()).state();
    state = Engine.advance(state, Duration.ofDays(1));
    assertEquals(Map.of(), state.scope(SCOPE).tags(), "gone with the WorkSpace");
    Outcome gone = Engine.apply(state, SCOPE, DescribeTagsRequest.builder().resourceId(id).build());
    assertEquals(ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, gone.error().orElseThrow().code());
  }

  @Test
  void modifyPropertiesIsPartialAndReportsSlowChangesWhileUpdating() {
    String id = IDS.get(0);
    State state = accepted(FIVE_AVAILABLE, ModifyWorkspacePropertiesRequest.builder().workspaceId(id)
        .workspaceProperties(WorkspaceProperties.builder().runningModeAutoStopTimeoutInMinutes(120).build())
        .build()).state();
    WorkspaceProperties properties = workspace(state, id).workspaceProperties().orElseThrow();
    assertEquals(120, properties.runningModeAutoStopTimeoutInMinutes().orElseThrow());
    assertEquals(RunningMode.AUTO_STOP, properties.runningMode().orElseThrow(), "kept");
    assertEquals(WorkspaceState.AVAILABLE, stateOf(state, id), "a running-mode change is immediate");

    state = Engine.advance(state, Duration.ofHours(6)); // volumes are resized 6 hours after launch at the earliest
    state = accepted(state, ModifyWorkspacePropertiesRequest.builder().workspaceId(id)
        .workspaceProperties(WorkspaceProperties.builder().userVolumeSizeGib(100).build()).build()).state();
    assertEquals(WorkspaceState.UPDATING, stateOf(state, id));
    assertEquals(List.of(ModificationResourceEnum.USER_VOLUME), workspace(state, id).modificationStates()
        .stream().map(m -> m.resource().orElseThrow()).toList());
    Outcome again = Engine.apply(state, SCOPE, ModifyWorkspacePropertiesRequest.builder().workspaceId(id)
        .workspaceProperties(WorkspaceProperties.builder().rootVolumeSizeGib(175).build()).build());
    assertEquals(ErrorCode.OPERATION_IN_PROGRESS_EXCEPTION, again.error().orElseThrow().code());
    state = Engine.advance(state, Duration.ofMinutes(10));
    assertEquals(WorkspaceState.AVAILABLE, stateOf(state, id));
    assertEquals(List.of(), workspace(state, id).modificationStates());

    Outcome badTimeout = Engine.apply(state, SCOPE, ModifyWorkspacePropertiesRequest.builder().workspaceId(id)
        .workspaceProperties(WorkspaceProperties.builder().runningModeAutoStopTimeoutInMinutes(45).build()).build());
    assertTrue(badTimeout.error().orElseThrow().message().contains("RunningModeAutoStopTimeoutInMinutes"));
  }

  @Test
  void migrateMovesTheUserToANewWorkspaceOnTheTargetBundle() {
    String source = IDS.get(0);
    Outcome outcome = accepted(FIVE_AVAILABLE, MigrateWorkspaceRequest.builder().sourceWorkspaceId(source)
        .bundleId(AmazonBundles.STANDARD_LINUX).build());
    String target = outcome.responseAs(MigrateWorkspaceResult.class).targetWorkspaceId().orElseThrow();
    assertEquals(WorkspaceState.TERMINATING, stateOf(outcome.state(), source));
    assertEquals(WorkspaceState.PENDING, stateOf(outcome.state(), target));
    assertEquals(AmazonBundles.STANDARD_LINUX, workspace(outcome.state(), target).bundleId().orElseThrow());
    Outcome unknownBundle = Engine.apply(FIVE_AVAILABLE, SCOPE, MigrateWorkspaceRequest.builder()
        .sourceWorkspaceId(source).bundleId("wsb-000000000").build());
    assertEquals(ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, unknownBundle.error().orElseThrow().code());
  }

  @Test
  void connectionStatusIsUnknownWhileStopped() {
    String id = IDS.get(0);
    State state = accepted(FIVE_AVAILABLE, StopWorkspacesRequest.builder()
        .addStopWorkspaceRequest(StopRequest.builder().workspaceId(id).build()).build()).state();
    state = Engine.advance(state, Duration.ofMinutes(2));
    DescribeWorkspacesConnectionStatusResult result = accepted(state, DescribeWorkspacesConnectionStatusRequest
        .builder().addWorkspaceId(id).addWorkspaceId(IDS.get(1)).build())
        .responseAs(DescribeWorkspacesConnectionStatusResult.class);
    assertEquals(List.of(ConnectionState.UNKNOWN, ConnectionState.DISCONNECTED), result
        .workspacesConnectionStatus().stream().map(s -> s.connectionState().orElseThrow()).toList());
    assertEquals(state.clock(), result.workspacesConnectionStatus().get(0).connectionStateCheckTimestamp().orElseThrow());
  }

  @Test
  void snapshotsAreTakenWhenAWorkspaceSettlesAndRestoreUsesThem() {
    String id = IDS.get(0);
    DescribeWorkspaceSnapshotsResult snapshots = accepted(FIVE_AVAILABLE,
        DescribeWorkspaceSnapshotsRequest.builder().workspaceId(id).build())
        .responseAs(DescribeWorkspaceSnapshotsResult.class);
    assertEquals(1, snapshots.restoreSnapshots().size());
    State restoring = accepted(FIVE_AVAILABLE, RestoreWorkspaceRequest.builder().workspaceId(id).build()).state();
    assertEquals(WorkspaceState.RESTORING, stateOf(restoring, id));
    Outcome missing = Engine.apply(FIVE_AVAILABLE, SCOPE, RestoreWorkspaceRequest.builder().workspaceId("ws-000000000").build());
    assertEquals(ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, missing.error().orElseThrow().code());
  }

  @Test
  void aWorkspaceSettlingAgainAtTheSameInstantTakesNoSecondSnapshot() {
    String id = IDS.get(0);
    State instant = Engine.advance(FIVE_AVAILABLE.withConfig(EngineConfig.instant()), Duration.ofMinutes(1));
    List<Instant> created = snapshotTimes(instant, id);
    State once = rebootedAtOnce(instant, id);
    List<Instant> afterOne = snapshotTimes(once, id);
    assertEquals(created.size() + 1, afterOne.size());
    assertTrue(afterOne.contains(once.clock()), afterOne + " has the reboot's snapshot");
    assertEquals(afterOne, snapshotTimes(rebootedAtOnce(once, id), id), "rebooted again at the same instant");
    State later = rebootedAtOnce(Engine.advance(once, Duration.ofMinutes(5)), id);
    List<Instant> afterLater = snapshotTimes(later, id);
    assertEquals(afterOne.size() + 1, afterLater.size());
    assertTrue(afterLater.contains(later.clock()), afterLater + " has the later reboot's snapshot");
  }

  private static State rebootedAtOnce(State state, String id) {
    State rebooted = accepted(state, RebootWorkspacesRequest.builder()
        .addRebootWorkspaceRequest(RebootRequest.builder().workspaceId(id).build()).build()).state();
    return Engine.advance(rebooted, Duration.ZERO);
  }

  private static List<Instant> snapshotTimes(State state, String id) {
    return accepted(state, DescribeWorkspaceSnapshotsRequest.builder().workspaceId(id).build())
        .responseAs(DescribeWorkspaceSnapshotsResult.class).restoreSnapshots().stream()
        .map(snapshot -> snapshot.snapshotTime().orElseThrow()).toList();
  }

  @Test
  void createsBeyondTheAccountLimitAreRefused() {
    State limited = FIVE_AVAILABLE.withConfig(FIVE_AVAILABLE.config().withMaxWorkspacesPerScope(5));
    CreateWorkspacesResult result = accepted(limited, create("u6")).responseAs(CreateWorkspacesResult.class);
    assertEquals("ResourceLimitExceededException", result.failedRequests().get(0).errorCode().orElseThrow());
  }

  private static Workspace workspace(State state, String id) {
    return state.scope(SCOPE).get(Kinds.WORKSPACES).entries().get(id).workspace();
  }
}

package dev.workspaces.engine.rule;

import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.rule.RowExample.no;
import static dev.workspaces.engine.rule.RowExample.ok;

import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.ModificationResourceEnum;
import dev.workspaces.model.ModificationState;
import dev.workspaces.model.ModificationStateEnum;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.StartRequest;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.DescribeWorkspaceSnapshotsRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.request.ModifyWorkspacePropertiesRequest;
import dev.workspaces.model.request.RestoreWorkspaceRequest;
import dev.workspaces.model.request.StartWorkspacesRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One pinned accepted and one pinned refused example per row of {@link WorkspaceRequestRule}. */
class WorkspaceRequestRuleExamplesTest {
  private static final String STOPPED = "ws-stopped01";
  private static final String FRESH = "ws-fresh0001";
  private static final String MODIFYING = "ws-modifying";
  private static final String UNKNOWN = "ws-unknown01";
  private static final State WORLD = world();

  static State world() {
    State state = Fixtures.withDirectory(State.initial(5));
    state = Fixtures.withWorkspaceIn(state, STOPPED, WorkspaceState.STOPPED, RunningMode.AUTO_STOP);
    state = ImageFixtures.withWorkspaceOn(state, SCOPE, FRESH, AmazonBundles.STANDARD_WINDOWS);
    state = Fixtures.withWorkspaceIn(state, MODIFYING, WorkspaceState.AVAILABLE, RunningMode.AUTO_STOP);
    StateEditor editor = new StateEditor(state, SCOPE);
    WorkspaceEntry available = editor.read(Kinds.WORKSPACES).find(MODIFYING).orElseThrow();
    WorkspaceEntry modifying = available.withWorkspace(available.details().toBuilder()
        .modificationStates(List.of(ModificationState.builder().resource(ModificationResourceEnum.USER_VOLUME)
            .state(ModificationStateEnum.UPDATE_IN_PROGRESS).build())).build());
    editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.plus(modifying));
    return editor.state();
  }

  static Stream<RowExample> examples() {
    return Stream.of(
        ok(WorkspaceRequestRule.WORKSPACE_ID_GIVEN, WORLD, SCOPE, start(StartRequest.builder().workspaceId(STOPPED))),
        no(WorkspaceRequestRule.WORKSPACE_ID_GIVEN, WORLD, SCOPE, start(StartRequest.builder()), "WorkspaceId"),
        ok(WorkspaceRequestRule.WORKSPACE_EXISTS, WORLD, SCOPE, snapshots(STOPPED)),
        no(WorkspaceRequestRule.WORKSPACE_EXISTS, WORLD, SCOPE, snapshots(UNKNOWN), UNKNOWN),
        no(WorkspaceRequestRule.WORKSPACE_EXISTS, WORLD, SCOPE, start(StartRequest.builder().workspaceId(UNKNOWN)),
            UNKNOWN),
        ok(WorkspaceRequestRule.RESTORE_SNAPSHOT, WORLD, SCOPE, restore(STOPPED)),
        no(WorkspaceRequestRule.RESTORE_SNAPSHOT, WORLD, SCOPE, restore(FRESH), FRESH),
        ok(WorkspaceRequestRule.MODIFICATION_IN_PROGRESS, WORLD, SCOPE, modify(STOPPED, 120)),
        no(WorkspaceRequestRule.MODIFICATION_IN_PROGRESS, WORLD, SCOPE, modify(MODIFYING, 120), MODIFYING),
        ok(WorkspaceRequestRule.PROPERTIES_VALID, WORLD, SCOPE, modify(STOPPED, 120)),
        no(WorkspaceRequestRule.PROPERTIES_VALID, WORLD, SCOPE, modify(STOPPED, 90), "90"),
        no(WorkspaceRequestRule.PROPERTIES_VALID, WORLD, SCOPE, CreateWorkspacesRequest.builder()
            .addWorkspace(WorkspaceRequest.builder().directoryId(Fixtures.DIRECTORY).userName("ana")
                .bundleId(AmazonBundles.STANDARD_WINDOWS)
                .workspaceProperties(WorkspaceProperties.builder().rootVolumeSizeGib(0).build()).build())
            .build(), "Volume sizes"),
        ok(WorkspaceRequestRule.ONE_FILTER, WORLD, SCOPE,
            DescribeWorkspacesRequest.builder().directoryId(Fixtures.DIRECTORY).build()),
        no(WorkspaceRequestRule.ONE_FILTER, WORLD, SCOPE, DescribeWorkspacesRequest.builder()
            .directoryId(Fixtures.DIRECTORY).bundleId(AmazonBundles.STANDARD_WINDOWS).build(), "only one of"),
        ok(WorkspaceRequestRule.USER_NAME_WITH_DIRECTORY, WORLD, SCOPE,
            DescribeWorkspacesRequest.builder().directoryId(Fixtures.DIRECTORY).userName("user-" + STOPPED).build()),
        no(WorkspaceRequestRule.USER_NAME_WITH_DIRECTORY, WORLD, SCOPE,
            DescribeWorkspacesRequest.builder().userName("user-" + STOPPED).build(), "UserName"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRowDecidesTheOutcome(RowExample example) {
    example.check();
  }

  private static StartWorkspacesRequest start(StartRequest.Builder item) {
    return StartWorkspacesRequest.builder().addStartWorkspaceRequest(item.build()).build();
  }

  private static DescribeWorkspaceSnapshotsRequest snapshots(String id) {
    return DescribeWorkspaceSnapshotsRequest.builder().workspaceId(id).build();
  }

  private static RestoreWorkspaceRequest restore(String id) {
    return RestoreWorkspaceRequest.builder().workspaceId(id).build();
  }

  private static ModifyWorkspacePropertiesRequest modify(String id, int autoStopMinutes) {
    return ModifyWorkspacePropertiesRequest.builder().workspaceId(id).workspaceProperties(WorkspaceProperties
        .builder().runningModeAutoStopTimeoutInMinutes(autoStopMinutes).build()).build();
  }
}

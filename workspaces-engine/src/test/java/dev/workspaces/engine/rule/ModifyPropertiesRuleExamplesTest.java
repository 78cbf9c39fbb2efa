package dev.workspaces.engine.rule;

import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.rule.RowExample.no;
import static dev.workspaces.engine.rule.RowExample.ok;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.ChangeTimes;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.Compute;
import dev.workspaces.model.Protocol;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.request.ModifyWorkspacePropertiesRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pinned accepted and one pinned refused example per row of {@link ModifyPropertiesRule}, on
 * WorkSpaces planted with known volumes, compute type and change times.
 */
class ModifyPropertiesRuleExamplesTest {
  /** Launched long ago, never resized: STANDARD, root 80 GiB, user 50 GiB, PCOIP. */
  private static final String SETTLED = "ws-settled01";
  /** As SETTLED, but on the GRAPHICS compute type with 100/100 GiB volumes. */
  private static final String GRAPHICS = "ws-graphics1";
  /** As SETTLED, but on the GRAPHICS_G4DN compute type with 100/100 GiB volumes. */
  private static final String G4DN = "ws-graphicsg";
  /** Launched one hour before the world's clock. */
  private static final String FRESH = "ws-launched1";
  /** Launched long ago; volumes resized and compute type changed one hour before the world's clock. */
  private static final String RESIZED = "ws-resized01";
  /** Launched long ago; compute type changed 7 days before the world's clock. */
  private static final String WEEK_OLD_CHANGE = "ws-changed01";
  private static final State WORLD = world();

  static State world() {
    State state = Fixtures.withDirectory(State.initial(7));
    state = Engine.advance(state, Duration.ofDays(60));
    Instant now = state.clock();
    Instant longAgo = now.minus(Duration.ofDays(50));
    state = plant(state, SETTLED, Compute.STANDARD, 80, 50, ChangeTimes.launchedAt(longAgo));
    state = plant(state, GRAPHICS, Compute.GRAPHICS, 100, 100, ChangeTimes.launchedAt(longAgo));
    state = plant(state, G4DN, Compute.GRAPHICS_G4DN, 100, 100, ChangeTimes.launchedAt(longAgo));
    state = plant(state, FRESH, Compute.STANDARD, 80, 50, ChangeTimes.launchedAt(now.minus(Duration.ofHours(1))));
    state = plant(state, RESIZED, Compute.STANDARD, 80, 50, ChangeTimes.launchedAt(longAgo)
        .withVolumesResized(now.minus(Duration.ofHours(1))).withComputeChanged(now.minus(Duration.ofHours(1))));
    return plant(state, WEEK_OLD_CHANGE, Compute.STANDARD, 80, 50,
        ChangeTimes.launchedAt(longAgo).withComputeChanged(now.minus(Duration.ofDays(7))));
  }

  static Stream<RowExample> examples() {
    return Stream.of(
        ok(ModifyPropertiesRule.COMPUTE_OR_VOLUMES, WORLD, SCOPE, modify(SETTLED, props().userVolumeSizeGib(100))),
        no(ModifyPropertiesRule.COMPUTE_OR_VOLUMES, WORLD, SCOPE,
            modify(SETTLED, props().userVolumeSizeGib(100).computeTypeName(Compute.POWER)),
            "The volume sizes and the compute type cannot be changed in one request."),
        ok(ModifyPropertiesRule.ONE_VOLUME, WORLD, SCOPE, modify(SETTLED, props().userVolumeSizeGib(100))),
        no(ModifyPropertiesRule.ONE_VOLUME, WORLD, SCOPE,
            modify(SETTLED, props().rootVolumeSizeGib(175).userVolumeSizeGib(100)),
            "cannot be increased at the same time"),
        ok(ModifyPropertiesRule.NO_SHRINK, WORLD, SCOPE, modify(SETTLED, props().userVolumeSizeGib(100))),
        no(ModifyPropertiesRule.NO_SHRINK, WORLD, SCOPE, modify(SETTLED, props().userVolumeSizeGib(10)),
            "cannot be decreased"),
        ok(ModifyPropertiesRule.VOLUME_GROUPS, WORLD, SCOPE, modify(GRAPHICS, props().rootVolumeSizeGib(150))),
        no(ModifyPropertiesRule.VOLUME_GROUPS, WORLD, SCOPE, modify(SETTLED, props().rootVolumeSizeGib(175)),
            "[root 175, user 50]"),
        ok(ModifyPropertiesRule.GPU_COMPUTE, WORLD, SCOPE, modify(SETTLED, props().computeTypeName(Compute.POWER))),
        no(ModifyPropertiesRule.GPU_COMPUTE, WORLD, SCOPE, modify(G4DN, props().computeTypeName(Compute.POWER)),
            "migrate the WorkSpace"),
        ok(ModifyPropertiesRule.GPU_PROTOCOL, WORLD, SCOPE, modify(G4DN, props().protocols(Protocol.WSP))),
        no(ModifyPropertiesRule.GPU_PROTOCOL, WORLD, SCOPE, modify(GRAPHICS, props().protocols(Protocol.WSP)),
            "does not support the WSP protocol"),
        ok(ModifyPropertiesRule.LAUNCH_COOLDOWN, WORLD, SCOPE, modify(FRESH, props().computeTypeName(Compute.VALUE))),
        no(ModifyPropertiesRule.LAUNCH_COOLDOWN, WORLD, SCOPE, modify(FRESH, props().userVolumeSizeGib(100)),
            "less than 6 hours ago"),
        ok(ModifyPropertiesRule.VOLUME_COOLDOWN, WORLD, SCOPE, modify(SETTLED, props().userVolumeSizeGib(100))),
        no(ModifyPropertiesRule.VOLUME_COOLDOWN, WORLD, SCOPE, modify(RESIZED, props().userVolumeSizeGib(100)),
            "resized less than 6 hours ago"),
        ok(ModifyPropertiesRule.COMPUTE_COOLDOWN, WORLD, SCOPE,
            modify(WEEK_OLD_CHANGE, props().computeTypeName(Compute.POWER))),
        no(ModifyPropertiesRule.COMPUTE_COOLDOWN, WORLD, SCOPE,
            modify(WEEK_OLD_CHANGE, props().computeTypeName(Compute.VALUE)), "a smaller one once in 30 days"),
        no(ModifyPropertiesRule.COMPUTE_COOLDOWN, WORLD, SCOPE,
            modify(RESIZED, props().computeTypeName(Compute.POWER)), "a larger type is allowed once in 6 hours"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRowDecidesTheOutcome(RowExample example) {
    example.check();
  }

  private static State plant(State state, String id, Compute compute, int root, int user, ChangeTimes times) {
    State planted = Fixtures.withWorkspaceIn(state, id, WorkspaceState.AVAILABLE, RunningMode.AUTO_STOP);
    StateEditor editor = new StateEditor(planted, SCOPE);
    WorkspaceEntry entry = editor.read(Kinds.WORKSPACES).find(id).orElseThrow();
    WorkspaceEntry sized = entry.withWorkspace(entry.details().toBuilder().workspaceProperties(props()
        .runningMode(RunningMode.AUTO_STOP).computeTypeName(compute).rootVolumeSizeGib(root).userVolumeSizeGib(user)
        .protocols(Protocol.PCOIP).build()).build()).withChangeTimes(times);
    editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.plus(sized));
    return editor.state();
  }

  private static WorkspaceProperties.Builder props() {
    return WorkspaceProperties.builder();
  }

  private static ModifyWorkspacePropertiesRequest modify(String id, WorkspaceProperties.Builder properties) {
    return ModifyWorkspacePropertiesRequest.builder().workspaceId(id).workspaceProperties(properties.build()).build();
  }
}

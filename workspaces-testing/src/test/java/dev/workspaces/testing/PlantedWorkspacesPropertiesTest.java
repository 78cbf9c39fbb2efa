package dev.workspaces.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.state.ScopeState;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.response.DescribeWorkspacesResult;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Any generated WorkSpace can be planted with {@code WorkspaceEntry.of}, and DescribeWorkspaces then
 * shows it as generated; one without a {@code WorkspaceId}, or without a {@code State} the model
 * lists, is refused with an IllegalArgumentException that names the member.
 */
class PlantedWorkspacesPropertiesTest {

  @Property(tries = 300)
  void anyGeneratedWorkspaceIsPlantedOrTheMissingMemberNamed(@ForAll Workspace workspace) {
    boolean plantable = workspace.workspaceId().isPresent()
        && workspace.state().filter(state -> state != WorkspaceState.UNKNOWN_TO_SDK_VERSION).isPresent();
    Statistics.label("plantable").collect(plantable);
    Statistics.label("plantable").coverage(coverage -> {
      coverage.check(true).percentage(share -> share > 10);
      coverage.check(false).count(count -> count > 0);
    });
    if (!plantable) {
      IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
          () -> WorkspaceEntry.of(workspace));
      String member = workspace.workspaceId().isEmpty() ? "WorkspaceId member" : "State member";
      assertTrue(refusal.getMessage().contains(member), refusal::getMessage);
      return;
    }
    WorkspaceEntry entry = WorkspaceEntry.of(workspace);
    assertEquals(workspace, entry.workspace());

    State initial = State.initial(0);
    ScopeState scope = initial.scope(Scope.DEFAULT);
    State planted = initial.withScope(Scope.DEFAULT,
        scope.with(Kinds.WORKSPACES, scope.get(Kinds.WORKSPACES).plus(entry)));
    DescribeWorkspacesResult described = Engine.apply(planted, Scope.DEFAULT,
            DescribeWorkspacesRequest.builder().addWorkspaceId(entry.id()).build())
        .responseAs(DescribeWorkspacesResult.class);
    assertEquals(List.of(workspace), described.workspaces());
  }
}

package dev.workspaces.engine.state;

import static dev.workspaces.engine.Fixtures.DIRECTORY;
import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.Fixtures.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.Tag;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * WorkSpaces created from equal but distinct request values share one copy of their properties,
 * tags, directory id and bundle id, and still show exactly the values asked for.
 */
class SharedValuesTest {
  private static WorkspaceRequest item(String user, int rootGib) {
    return WorkspaceRequest.builder()
        .directoryId(new String(DIRECTORY)) // a distinct but equal string, as a decoded request has
        .userName(user)
        .bundleId(new String(AmazonBundles.STANDARD_WINDOWS))
        .workspaceProperties(WorkspaceProperties.builder().runningMode(RunningMode.AUTO_STOP)
            .rootVolumeSizeGib(rootGib).build())
        .addTag(Tag.builder().key(new String("team")).value(new String("blue")).build())
        .build();
  }

  @Test
  void equalValuesOfDifferentWorkspacesAreStoredOnce() {
    State state = Fixtures.withDirectory(State.initial(5));
    state = accepted(state, CreateWorkspacesRequest.builder()
        .addWorkspace(item("alice", 80)).addWorkspace(item("bob", 80)).addWorkspace(item("carol", 175))
        .build()).state();
    List<WorkspaceEntry> entries = List.copyOf(state.scope(SCOPE).get(Kinds.WORKSPACES).entries().values());
    WorkspaceEntry alice = entry(entries, "alice");
    WorkspaceEntry bob = entry(entries, "bob");
    WorkspaceEntry carol = entry(entries, "carol");

    assertSame(properties(alice), properties(bob));
    assertNotSame(properties(alice), properties(carol));
    assertEquals(80, properties(alice).rootVolumeSizeGib().orElseThrow());
    assertEquals(175, properties(carol).rootVolumeSizeGib().orElseThrow());
    assertSame(alice.tags(), bob.tags(), "equal tag lists are one list");
    assertSame(alice.tags().get(0), carol.tags().get(0));
    assertEquals(ImmutableList.of(Tag.builder().key("team").value("blue").build()), carol.tags());
    assertSame(alice.details().directoryId().orElseThrow(), bob.details().directoryId().orElseThrow());
    assertSame(alice.details().bundleId().orElseThrow(), bob.details().bundleId().orElseThrow());
    assertEquals(DIRECTORY, alice.details().directoryId().orElseThrow());
  }

  private static WorkspaceEntry entry(List<WorkspaceEntry> entries, String user) {
    return entries.stream().filter(e -> e.details().userName().orElseThrow().equals(user)).findFirst().orElseThrow();
  }

  private static WorkspaceProperties properties(WorkspaceEntry entry) {
    Workspace details = entry.details();
    return details.workspaceProperties().orElseThrow();
  }
}

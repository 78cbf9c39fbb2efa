package dev.workspaces.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.State;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.Tag;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkspaceEntry} keeps the state beside the API value, keeps the id and running mode in
 * step with that value, and is equal to another entry exactly when every component is.
 */
class WorkspaceEntryTest {
  private static final Workspace JANE = Workspace.builder().workspaceId("ws-1").directoryId("d-1")
      .userName("jane").state(WorkspaceState.PENDING)
      .workspaceProperties(WorkspaceProperties.builder().runningMode(RunningMode.ALWAYS_ON).build())
      .build();

  @Test
  void takesItsStateOutOfTheApiValueAndItsIdAndRunningModeFromIt() {
    WorkspaceEntry entry = WorkspaceEntry.of(JANE);
    assertEquals(WorkspaceState.PENDING, entry.state());
    assertTrue(entry.details().stateAsString().isEmpty());
    assertEquals(Optional.of(WorkspaceState.PENDING), entry.workspace().state());
    assertEquals("ws-1", entry.id());
    assertEquals(RunningMode.ALWAYS_ON, entry.runningMode());
    assertEquals(RunningMode.AUTO_STOP,
        WorkspaceEntry.of(JANE.toBuilder().workspaceProperties(Optional.empty()).build()).runningMode());
    Workspace stateless = JANE.toBuilder().state(Optional.<String>empty()).build();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkspaceEntry.of(stateless))
        .getMessage().contains("State member"));
    Workspace unknownState = JANE.toBuilder().state("HIBERNATING").build();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkspaceEntry.of(unknownState))
        .getMessage().contains("State HIBERNATING"));
    Workspace nameless = JANE.toBuilder().workspaceId(Optional.empty()).build();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkspaceEntry.of(nameless))
        .getMessage().contains("WorkspaceId member"));
  }

  @Test
  void aNewApiValueBringsItsIdRunningModeAndState() {
    WorkspaceEntry entry = WorkspaceEntry.of(JANE).moved(WorkspaceState.AVAILABLE, Optional.empty());
    WorkspaceEntry changed = entry.withWorkspace(JANE.toBuilder().workspaceId("ws-2").state(Optional.<String>empty())
        .workspaceProperties(WorkspaceProperties.builder().runningMode(RunningMode.AUTO_STOP).build()).build());
    assertEquals("ws-2", changed.id());
    assertEquals(RunningMode.AUTO_STOP, changed.runningMode());
    assertEquals(WorkspaceState.AVAILABLE, changed.state(), "a value without a state keeps the entry's");
    Workspace stopped = JANE.toBuilder().state(WorkspaceState.STOPPED).build();
    assertEquals(WorkspaceState.STOPPED, entry.withWorkspace(stopped).state());
  }

  @Test
  void isEqualToAnotherEntryExactlyWhenEveryComponentIs() {
    WorkspaceEntry entry = WorkspaceEntry.of(JANE);
    assertEquals(entry, WorkspaceEntry.of(JANE));
    assertEquals(entry.hashCode(), WorkspaceEntry.of(JANE).hashCode());
    assertEquals(entry.toString(), WorkspaceEntry.of(JANE).toString());
    Instant now = State.EPOCH;
    List<UnaryOperator<WorkspaceEntry>> changes = List.of(
        e -> e.withWorkspace(JANE.toBuilder().userName("john").build()),
        e -> e.moved(WorkspaceState.AVAILABLE, e.pendingStep()),
        e -> e.withPendingStep(Optional.of(new TimelineKey(now, 1))),
        e -> e.withSnapshot(now),
        e -> e.withImageId(Optional.of("wsi-1")),
        e -> e.withTags(ImmutableList.of(Tag.builder().key("team").value("a").build())));
    for (UnaryOperator<WorkspaceEntry> change : changes) {
      WorkspaceEntry changed = change.apply(entry);
      assertNotEquals(entry, changed);
      assertEquals(changed, change.apply(WorkspaceEntry.of(JANE)));
    }
    assertSame(entry.id(), entry.withTags(ImmutableList.of()).id());
  }
}

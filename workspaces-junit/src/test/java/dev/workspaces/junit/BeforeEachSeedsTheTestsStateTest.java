package dev.workspaces.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.model.WorkspaceDirectoryState;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/** What {@code @BeforeEach} seeds through one view, the test and {@code @AfterEach} see through every view. */
@WorkspacesTest
class BeforeEachSeedsTheTestsStateTest {
  private WorkspacesFake seeded;

  @BeforeEach
  void seed(WorkspacesFake workspaces) {
    workspaces.registerWorkspaceDirectory(r -> r.directoryId("d-1234567890"));
    workspaces.advance(Duration.ofMinutes(1));
    seeded = workspaces;
  }

  @Test
  void theTestGetsTheFakeBeforeEachSeeded(WorkspacesFake workspaces) {
    assertSame(seeded, workspaces);
    assertEquals(1, workspaces.describeWorkspaceDirectories(r -> { }).directories().size());
  }

  @Test
  void theSdkClientSeesWhatBeforeEachSeeded(WorkSpacesClient client) {
    assertEquals("d-1234567890", client.describeWorkspaceDirectories().directories().get(0).directoryId());
    client.deregisterWorkspaceDirectory(r -> r.directoryId("d-1234567890"));
  }

  @AfterEach
  void afterEachSeesWhatTheTestDid(WorkspacesFake workspaces, TestInfo test) {
    assertSame(seeded, workspaces);
    WorkspaceDirectoryState expected = test.getTestMethod().orElseThrow().getName().contains("Sdk")
        ? WorkspaceDirectoryState.DEREGISTERING : WorkspaceDirectoryState.REGISTERED;
    assertEquals(expected,
        workspaces.describeWorkspaceDirectories(r -> { }).directories().get(0).state().orElseThrow());
  }
}

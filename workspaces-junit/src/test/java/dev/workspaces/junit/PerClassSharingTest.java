package dev.workspaces.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.workspaces.engine.WorkspacesFake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** With per-class sharing, {@code @BeforeAll}, every test and {@code @AfterAll} get one state. */
@WorkspacesTest(sharing = WorkspacesTest.Sharing.PER_CLASS, seed = 5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerClassSharingTest {
  private static WorkspacesFake first;

  @BeforeAll
  static void seed(WorkspacesFake workspaces) {
    first = workspaces;
    workspaces.registerWorkspaceDirectory(r -> r.directoryId("d-1234567890"));
  }

  @Test
  @Order(1)
  void theFirstTestSeesWhatBeforeAllSeeded(WorkspacesFake workspaces) {
    assertSame(first, workspaces);
    assertEquals(5, workspaces.snapshot().seed());
    workspaces.registerWorkspaceDirectory(r -> r.directoryId("d-0987654321"));
  }

  @Test
  @Order(2)
  void theSecondTestSeesWhatTheFirstDid(WorkspacesFake workspaces) {
    assertEquals(2, workspaces.describeWorkspaceDirectories(r -> { }).directories().size());
  }

  @AfterAll
  static void afterAllSeesTheSameState(WorkspacesFake workspaces) {
    assertSame(first, workspaces);
  }
}

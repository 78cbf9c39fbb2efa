package dev.workspaces.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link UserIndex} finds a user's WorkSpace in a directory whatever the case of the name, keeps
 * directories apart, releases a user only for the WorkSpace it holds, and shares a lower-case name
 * rather than copying it.
 */
class UserIndexTest {
  @Test
  void findsAUsersWorkSpaceWhateverTheCaseAndOnlyInItsDirectory() {
    UserIndex index = UserIndex.EMPTY.plus("d-1", "Jane.Doe", "ws-1").plus("d-2", "jane.doe", "ws-2");
    assertEquals(Optional.of("ws-1"), index.workspaceOf("d-1", "JANE.DOE"));
    assertEquals(Optional.of("ws-2"), index.workspaceOf("d-2", "Jane.Doe"));
    assertEquals(Optional.empty(), index.workspaceOf("d-3", "jane.doe"));
    assertEquals(Optional.empty(), index.workspaceOf("d-1", "john"));
    assertEquals(2, index.size());
    assertEquals(List.of(new UserIndex.Holding("d-1", "jane.doe", "ws-1"), new UserIndex.Holding("d-2", "jane.doe", "ws-2")),
        index.holdings());
  }

  @Test
  void releasesAUserOnlyForTheWorkSpaceItHolds() {
    UserIndex index = UserIndex.EMPTY.plus("d-1", "jane", "ws-1").plus("d-1", "john", "ws-3");
    assertSame(index, index.minusIfHeldBy("d-1", "jane", "ws-2"), "another WorkSpace of the user's");
    assertSame(index, index.minusIfHeldBy("d-2", "jane", "ws-1"), "another directory");
    UserIndex released = index.minusIfHeldBy("d-1", "JANE", "ws-1");
    assertEquals(Optional.empty(), released.workspaceOf("d-1", "jane"));
    assertEquals(Optional.of("ws-3"), released.workspaceOf("d-1", "john"));
    UserIndex empty = released.minusIfHeldBy("d-1", "john", "ws-3");
    assertEquals(0, empty.size());
    assertEquals(UserIndex.EMPTY, empty, "a directory without users leaves no trace");
  }

  @Test
  void handsAUserOverOnlyFromTheWorkSpaceItHolds() {
    UserIndex index = UserIndex.EMPTY.plus("d-1", "jane", "ws-1");
    assertEquals(Optional.of("ws-2"), index.handedOver("d-1", "Jane", "ws-1", "ws-2").workspaceOf("d-1", "jane"));
    assertSame(index, index.handedOver("d-1", "jane", "ws-9", "ws-2"));
    assertSame(index, index.handedOver("d-1", "john", "ws-1", "ws-2"));
  }

  @Test
  void releasesAndHandsOverByAWorkSpacesOwnDirectoryAndUser() {
    WorkspaceEntry jane = WorkspaceEntry.of(Workspace.builder().workspaceId("ws-1").directoryId("d-1")
        .userName("Jane").state(WorkspaceState.AVAILABLE).build());
    UserIndex index = UserIndex.EMPTY.plus("d-1", "jane", "ws-1");
    assertEquals(Optional.of("ws-2"), index.handedOver(jane, "ws-2").workspaceOf("d-1", "jane"));
    assertEquals(0, index.released(jane).size());
    UserIndex elsewhere = UserIndex.EMPTY.plus("d-1", "jane", "ws-3");
    assertSame(elsewhere, elsewhere.released(jane), "the user holds another WorkSpace");
    assertSame(elsewhere, elsewhere.handedOver(jane, "ws-2"));
  }

  @Test
  void sharesALowerCaseNameInsteadOfCopyingIt() {
    String name = new String("jane");
    UserIndex index = UserIndex.EMPTY.plus("d-1", name, "ws-1");
    assertSame(name, index.holdings().get(0).userName());
  }
}

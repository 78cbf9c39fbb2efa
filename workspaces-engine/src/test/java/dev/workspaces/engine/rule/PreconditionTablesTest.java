package dev.workspaces.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.engine.Engine;
import dev.workspaces.model.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Facts about all precondition tables at once, so that a row added to any table obeys them too. */
class PreconditionTablesTest {

  @Test
  void everyRowOfAHandlerGovernsSimulatedOperationsOnly() {
    List<String> wrong = new ArrayList<>();
    for (RefusalRule row : PreconditionTable.allRows()) {
      if (row.table() == PreconditionTable.ENGINE) {
        continue;
      }
      row.operations().stream().filter(operation -> !Engine.simulatedOperations().contains(operation))
          .forEach(operation -> wrong.add(row.qualifiedName() + " on " + operation));
    }
    assertEquals(List.of(), wrong);
  }

  /**
   * The handler rows whose request-level error the operation does not declare, each a known departure:
   * DescribeWorkspaceImages declares no error for input (our choice of ValidationException), and
   * RestoreWorkspace declares no InvalidResourceStateException although the engine refuses a WorkSpace
   * in the wrong state or without a snapshot with it.
   */
  private static final List<String> KNOWN_UNDECLARED = List.of(
      "WorkspaceRule.RESTORE on RestoreWorkspace",
      "WorkspaceRequestRule.RESTORE_SNAPSHOT on RestoreWorkspace",
      "PageTokenRule.ISSUED_VALIDATED on DescribeWorkspaceImages");

  @Test
  void everyRequestLevelRowOfAHandlerRefusesWithAnErrorItsOperationsDeclare() {
    List<String> undeclared = new ArrayList<>();
    for (RefusalRule row : PreconditionTable.allRows()) {
      if (row.table() == PreconditionTable.ENGINE) {
        continue;
      }
      for (Operation operation : row.operations()) {
        boolean perItem = operation.outputSchema().member("FailedRequests").isPresent();
        if (!perItem && !operation.declaredErrors().contains(row.errorCode())) {
          undeclared.add(row.qualifiedName() + " on " + operation.operationName());
        }
      }
    }
    assertEquals(KNOWN_UNDECLARED, undeclared);
  }

  @Test
  void rowNamesAreUniqueWithinATable() {
    for (PreconditionTable table : PreconditionTable.values()) {
      assertEquals(table.rows().size(), Set.copyOf(table.rows().stream().map(RefusalRule::name).toList()).size());
    }
  }
}

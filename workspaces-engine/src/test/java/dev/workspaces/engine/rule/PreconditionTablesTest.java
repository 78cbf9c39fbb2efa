package dev.workspaces.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workspaces.engine.Engine;
import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
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
   * The errors every AWS JSON service may answer for any operation without the model listing them
   * (API reference, Common Errors): input it rejects, and a fault of its own.
   */
  private static final Set<ErrorCode> COMMON_ERRORS = Set.of(ErrorCode.VALIDATION_EXCEPTION, ErrorCode.INTERNAL_FAILURE);

  /**
   * Every refusal's code is one the model lists for the operation (or a common error). Rows of batch
   * operations refuse an item in {@code FailedRequests}, where the code is the item's, not an error
   * the call answers; the engine's own rows hold for every operation and are checked by kind:
   * OperationNotSupportedException for an operation the engine does not simulate.
   */
  @Test
  void everyRequestLevelRowRefusesWithAnErrorItsOperationsDeclare() {
    List<String> undeclared = new ArrayList<>();
    for (RefusalRule row : PreconditionTable.allRows()) {
      for (Operation operation : row.operations()) {
        boolean perItem = operation.outputSchema().member("FailedRequests").isPresent();
        boolean engineOwn = row == EngineRule.OPERATION_SIMULATED;
        if (!perItem && !engineOwn && !operation.declaredErrors().contains(row.errorCode())
            && !COMMON_ERRORS.contains(row.errorCode())) {
          undeclared.add(row.qualifiedName() + " on " + operation.operationName());
        }
      }
    }
    assertEquals(List.of(), undeclared);
  }

  @Test
  void rowNamesAreUniqueWithinATable() {
    for (PreconditionTable table : PreconditionTable.values()) {
      assertEquals(table.rows().size(), Set.copyOf(table.rows().stream().map(RefusalRule::name).toList()).size());
    }
  }
}

package dev.workspaces.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.ItemFailures;
import dev.workspaces.engine.ItemFailures.ItemFailure;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.ServiceError;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Call;
import dev.workspaces.engine.op.SimulatedOperations;
import dev.workspaces.model.WorkspacesRequest;
import java.util.List;

/**
 * A pinned example of one precondition row: {@code request} of {@code scope} on {@code start},
 * which the row accepts or refuses, written out by hand so that a wrong table cannot pass by agreeing
 * with itself. A refusal, of the request or of its one refused item, names the row and {@code named}
 * and changes nothing.
 *
 * @param row the row the example pins
 * @param accepted whether the request passes (with no item refused)
 * @param start the state the request is applied to
 * @param scope the caller
 * @param request the request, of one of the row's operations
 * @param named what a refusal's message names
 * @param pastValidation whether the request goes straight to its handler, past schema validation
 */
record RowExample(RefusalRule row, boolean accepted, State start, Scope scope, WorkspacesRequest request,
    String named, boolean pastValidation) {

  /** Returns an example that {@code row} accepts. */
  static RowExample ok(RefusalRule row, State start, Scope scope, WorkspacesRequest request) {
    return new RowExample(row, true, start, scope, request, "", false);
  }

  /** Returns an example that {@code row} refuses with a message naming {@code named}. */
  static RowExample no(RefusalRule row, State start, Scope scope, WorkspacesRequest request, String named) {
    return new RowExample(row, false, start, scope, request, named, false);
  }

  /**
   * Returns an example that {@code row} refuses although schema validation would refuse it first: it
   * is handed to the operation's handler directly, the step {@link Engine#apply} takes after validation.
   */
  static RowExample noPastValidation(RefusalRule row, State start, Scope scope, WorkspacesRequest request,
      String named) {
    return new RowExample(row, false, start, scope, request, named, true);
  }

  /** Applies the request and checks the outcome against the row. */
  void check() {
    assertTrue(row.operations().contains(request.operation()), this + ": the request is not of the row's operations");
    Outcome outcome = pastValidation
        ? request.dispatch(SimulatedOperations.INSTANCE, new Call(start, scope))
        : Engine.apply(start, scope, request);
    if (accepted) {
      assertTrue(outcome.isSuccess(), () -> this + " was refused: " + outcome.error().orElseThrow());
      assertEquals(List.of(), outcome.itemRefusals(), this + " refused an item");
      return;
    }
    assertEquals(start, outcome.state(), "a refused request changes nothing");
    if (outcome.error().isPresent()) {
      ServiceError error = outcome.error().get();
      assertEquals(row, error.rule(), error::toString);
      assertEquals(row.errorCode(), error.code());
      assertTrue(error.message().contains(named), () -> error.message() + " does not name " + named);
      return;
    }
    assertEquals(List.of(row), outcome.itemRefusals(), this + ": the rows of the refused items");
    ItemFailure failure = ItemFailures.of(outcome.response()).get(0);
    assertEquals(row.itemErrorCode(), failure.errorCode());
    assertTrue(failure.errorMessage().contains(named), () -> failure.errorMessage() + " does not name " + named);
  }

  @Override
  public String toString() {
    return row.qualifiedName() + (accepted ? " accepts " : " refuses ") + request.operation().operationName()
        + (accepted ? "" : " of " + named);
  }
}

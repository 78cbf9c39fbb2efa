package dev.workspaces.engine.rule;

import static dev.workspaces.model.error.ErrorCode.INTERNAL_FAILURE;
import static dev.workspaces.model.error.ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION;
import static dev.workspaces.model.error.ErrorCode.VALIDATION_EXCEPTION;

import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.util.EnumSet;

/**
 * The refusals the engine itself gives, for every operation and before (or instead of) any handler:
 * a request that breaks the model's constraints, an operation the engine does not simulate, and a
 * fault of the engine.
 */
public enum EngineRule implements RefusalRule {
  SCHEMA_VALID(
      VALIDATION_EXCEPTION, "2026-08",
      "A request meets the model's constraints: required members, lengths, ranges, patterns, enum "
          + "values and list sizes. The message lists the violations as AWS services word them."),
  OPERATION_SIMULATED(
      OPERATION_NOT_SUPPORTED_EXCEPTION, "2026-12",
      "An operation the engine does not simulate yet is refused whole (our choice); `Handlers.simulated()` "
          + "lists the ones it does."),
  NO_INTERNAL_FAILURE(
      INTERNAL_FAILURE, "2026-12",
      "A fault of the engine itself, never the caller's, is answered as AWS answers its own faults: "
          + "InternalFailure, HTTP 500 (our choice). The property tests assert it never happens.");

  private final Precondition precondition;

  EngineRule(ErrorCode errorCode, String docDate, String rule) {
    this.precondition = new Precondition(EnumSet.allOf(Operation.class), errorCode, docDate, rule);
  }

  @Override
  public Precondition precondition() {
    return precondition;
  }
}

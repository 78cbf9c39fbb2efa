package dev.workspaces.engine.op;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.ServiceError;
import dev.workspaces.engine.State;
import dev.workspaces.model.error.ErrorCode;

/** Builds the request-level refusals the handlers share, with messages naming the field or resource. */
final class Refusals {
  private Refusals() {}

  static Outcome notFound(State state, String what, String id) {
    return Outcome.failure(state, ServiceError.of(ErrorCode.RESOURCE_NOT_FOUND_EXCEPTION,
        "The " + what + " " + id + " does not exist in this account and region.", id));
  }

  static Outcome invalidParameter(State state, String message) {
    return Outcome.failure(state, ServiceError.of(ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION, message));
  }

  static Outcome invalidState(State state, String message) {
    return Outcome.failure(state, ServiceError.of(ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION, message));
  }

  static Outcome of(State state, ErrorCode code, String message) {
    return Outcome.failure(state, ServiceError.of(code, message));
  }
}

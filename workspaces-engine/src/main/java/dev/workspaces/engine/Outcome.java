package dev.workspaces.engine;

import com.google.common.base.Preconditions;
import dev.workspaces.model.WorkspacesResponse;
import java.util.Optional;

/**
 * The result of applying one request: the next state and either a response or an error.
 *
 * <p>A failed outcome always carries the state it was given, unchanged: a refused request has no
 * effect.
 *
 * @param state the state after the request
 * @param response the response, present exactly when the request succeeded
 * @param error the refusal, present exactly when the request failed
 */
public record Outcome(State state, Optional<WorkspacesResponse> response, Optional<ServiceError> error) {

  /** Checks that exactly one of response and error is present. */
  public Outcome {
    Preconditions.checkArgument(response.isPresent() != error.isPresent(),
        "exactly one of response and error must be present");
  }

  /** Returns a successful outcome. */
  public static Outcome success(State state, WorkspacesResponse response) {
    return new Outcome(state, Optional.of(response), Optional.empty());
  }

  /** Returns a failed outcome that leaves {@code unchanged} as it was. */
  public static Outcome failure(State unchanged, ServiceError error) {
    return new Outcome(unchanged, Optional.empty(), Optional.of(error));
  }

  /** Returns whether the request succeeded. */
  public boolean isSuccess() {
    return response.isPresent();
  }

  /**
   * Returns the response cast to the expected type.
   *
   * @throws IllegalStateException if the request failed (the message carries the error)
   * @throws ClassCastException if the response is of another type
   */
  public <R extends WorkspacesResponse> R responseAs(Class<R> type) {
    Preconditions.checkState(isSuccess(), "request failed: %s", error.orElse(null));
    return type.cast(response.orElseThrow());
  }
}

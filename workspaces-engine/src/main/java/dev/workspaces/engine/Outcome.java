package dev.workspaces.engine;

import com.google.common.base.Preconditions;
import dev.workspaces.engine.rule.RefusalRule;
import dev.workspaces.model.WorkspacesResponse;
import java.util.List;
import java.util.Optional;

/**
 * The result of applying one request: the next state and either a response or an error.
 *
 * <p>A failed outcome always carries the state it was given, unchanged: a refused request has no
 * effect. A successful outcome of a call that reports refused items in {@code FailedRequests} names
 * the row that refused each of them, in the same order.
 *
 * @param state the state after the request
 * @param response the response, present exactly when the request succeeded
 * @param error the refusal, present exactly when the request failed
 * @param itemRefusals the rows that refused the items of {@code FailedRequests}, in its order; empty
 *     for a failed request and for responses without refused items
 */
public record Outcome(State state, Optional<WorkspacesResponse> response, Optional<ServiceError> error,
    List<RefusalRule> itemRefusals) {

  /** Checks that exactly one of response and error is present, and that only a response has item refusals. */
  public Outcome {
    Preconditions.checkArgument(response.isPresent() != error.isPresent(),
        "exactly one of response and error must be present");
    itemRefusals = List.copyOf(itemRefusals);
    Preconditions.checkArgument(itemRefusals.isEmpty() || response.isPresent(),
        "only a successful outcome has refused items");
  }

  /** Returns an outcome without refused items. */
  public Outcome(State state, Optional<WorkspacesResponse> response, Optional<ServiceError> error) {
    this(state, response, error, List.of());
  }

  /** Returns a successful outcome. */
  public static Outcome success(State state, WorkspacesResponse response) {
    return new Outcome(state, Optional.of(response), Optional.empty());
  }

  /**
   * Returns a successful outcome whose response reports refused items, {@code itemRefusals} naming
   * the row that refused each, in {@code FailedRequests} order.
   */
  public static Outcome success(State state, WorkspacesResponse response, List<? extends RefusalRule> itemRefusals) {
    return new Outcome(state, Optional.of(response), Optional.empty(), List.copyOf(itemRefusals));
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

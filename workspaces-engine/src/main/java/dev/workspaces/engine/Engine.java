package dev.workspaces.engine;

import dev.workspaces.engine.op.Call;
import dev.workspaces.engine.op.SimulatedOperations;
import dev.workspaces.engine.op.workspace.UserConnections;
import dev.workspaces.engine.rule.EngineRule;
import dev.workspaces.engine.step.StepRunner;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.validation.Validation;
import dev.workspaces.model.validation.ValidationResult;
import java.time.Duration;
import java.util.Set;

/**
 * Applies WorkSpaces requests to a {@link State} as pure transitions: the same state and request
 * always give the same outcome, and the given state is never modified.
 *
 * <h2>Contract</h2>
 * {@link #apply} never throws for a request value: a request that breaks the model's constraints
 * gets a ValidationException, an operation this engine does not simulate gets an
 * OperationNotSupportedException, and every other refusal is the error the service answers with.
 * Every refusal names its row of a precondition table (these three are rows of {@link EngineRule}).
 * A refused request leaves the state unchanged. Asynchronous work only progresses through
 * {@link #advance}.
 */
public final class Engine {
  private Engine() {}

  /**
   * Applies {@code request} on behalf of {@code scope} (the caller's account and region).
   *
   * @return the next state with the response, or the unchanged state with the error
   */
  public static Outcome apply(State state, Scope scope, WorkspacesRequest request) {
    try {
      ValidationResult validation = Validation.validate(request);
      if (!validation.isValid()) {
        return Outcome.failure(state, ServiceError.of(EngineRule.SCHEMA_VALID, validation.message()));
      }
      return request.dispatch(SimulatedOperations.INSTANCE, new Call(state, scope));
    } catch (RuntimeException bug) {
      // A bug of ours, never the caller's fault: answer as the service does for internal faults.
      return Outcome.failure(state, ServiceError.of(EngineRule.NO_INTERNAL_FAILURE,
          "Internal failure in the engine: " + bug));
    }
  }

  /**
   * Returns the operations this engine simulates, in declaration order; {@link #apply} answers
   * every other one with OperationNotSupportedException.
   */
  public static Set<Operation> simulatedOperations() {
    return SimulatedOperations.operations();
  }

  /**
   * Moves virtual time forward by {@code duration}, completing the asynchronous steps that fall due.
   *
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public static State advance(State state, Duration duration) {
    return StepRunner.advance(state, duration);
  }

  /**
   * Moves virtual time forward step by step until no step is pending, each time to the due time of
   * the next step, and returns the state then (its clock at the last step's due time).
   *
   * @throws IllegalStateException if a step is still pending once {@code limit} has passed (steps
   *     that keep scheduling others), naming the next one
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public static State advanceUntilIdle(State state, Duration limit) {
    com.google.common.base.Preconditions.checkArgument(!limit.isNegative(), "the limit cannot be negative: %s", limit);
    java.time.Instant end = state.clock().plus(limit);
    State current = state;
    while (!current.timeline().isEmpty()) {
      var next = current.timeline().firstEntry();
      if (next.getKey().due().isAfter(end)) {
        throw new IllegalStateException("Steps are still pending after " + limit + " of virtual time; the next is "
            + next.getValue().transition() + " of " + next.getValue().resourceId() + " at " + next.getKey().due());
      }
      Duration wait = next.getKey().due().isAfter(current.clock())
          ? Duration.between(current.clock(), next.getKey().due()) : Duration.ZERO;
      current = advance(current, wait);
    }
    return current;
  }

  /**
   * Simulates a user connecting to WorkSpace {@code workspaceId} of {@code scope} now, as the
   * WorkSpaces client would: an AVAILABLE WorkSpace shows CONNECTED in DescribeWorkspacesConnectionStatus
   * with LastKnownUserConnectionTimestamp now; a STOPPED AUTO_STOP WorkSpace starts, and shows so
   * once AVAILABLE. Refusals are rows of {@link dev.workspaces.engine.rule.ConnectionRule}.
   *
   * @return the next state with that WorkSpace's DescribeWorkspacesConnectionStatus result, or the
   *     unchanged state with the refusal
   */
  public static Outcome connectUser(State state, Scope scope, String workspaceId) {
    return UserConnections.connect(state, scope, workspaceId);
  }

  /**
   * Simulates the connected user of WorkSpace {@code workspaceId} disconnecting: the WorkSpace shows
   * DISCONNECTED, its LastKnownUserConnectionTimestamp kept.
   *
   * @return as {@link #connectUser}
   */
  public static Outcome disconnectUser(State state, Scope scope, String workspaceId) {
    return UserConnections.disconnect(state, scope, workspaceId);
  }
}

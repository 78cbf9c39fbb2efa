package dev.workspaces.engine.op;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.ServiceError;
import dev.workspaces.engine.State;
import dev.workspaces.engine.rule.RefusalRule;
import dev.workspaces.model.validation.Echo;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * A refusal by one row of a precondition table (see {@link dev.workspaces.engine.rule.PreconditionTable}):
 * the row gives the error code, the message names the resource or field at fault. It refuses either
 * the whole request ({@link #outcome}) or one item of a batch call ({@link FailedItems}).
 *
 * @param row the rule that refuses
 * @param message why, naming the resource or field
 * @param resourceId the resource concerned (carried by the error shapes that have a ResourceId)
 */
@API(status = INTERNAL)
public record RuleRefusal(RefusalRule row, String message, Optional<String> resourceId) {

  /** Returns a refusal by {@code row} naming the resource {@code resourceId}. */
  public RuleRefusal(RefusalRule row, String message, String resourceId) {
    this(row, message, Optional.of(resourceId));
  }

  /** Returns a refusal by {@code row} that concerns no one resource. */
  public static RuleRefusal of(RefusalRule row, String message) {
    return new RuleRefusal(row, message, Optional.empty());
  }

  /** Returns a refusal by {@code row} when {@code refused} holds, else empty. */
  public static Optional<RuleRefusal> when(boolean refused, RefusalRule row, String resourceId,
      Supplier<String> message) {
    return refused ? Optional.of(new RuleRefusal(row, message.get(), resourceId)) : Optional.empty();
  }

  /** Returns a refusal by {@code row} that concerns no one resource when {@code refused} holds, else empty. */
  public static Optional<RuleRefusal> when(boolean refused, RefusalRule row, Supplier<String> message) {
    return refused ? Optional.of(of(row, message.get())) : Optional.empty();
  }

  /** Returns a refusal by existence row {@code row} when {@code found} is empty. */
  public static Optional<RuleRefusal> missing(Optional<?> found, RefusalRule row, String what, String id) {
    return when(found.isEmpty(), row, id,
        () -> "The " + what + " " + Echo.of(id) + " does not exist in this account and region.");
  }

  /** Returns the first refusal among {@code checks}, evaluated in order and lazily. */
  @SafeVarargs
  public static Optional<RuleRefusal> first(Supplier<Optional<RuleRefusal>>... checks) {
    for (Supplier<Optional<RuleRefusal>> check : checks) {
      Optional<RuleRefusal> refusal = check.get();
      if (refusal.isPresent()) {
        return refusal;
      }
    }
    return Optional.empty();
  }

  /** Returns the failed outcome, leaving {@code unchanged} as it was. */
  public Outcome outcome(State unchanged) {
    return Outcome.failure(unchanged, new ServiceError(row, message, resourceId));
  }

  /** Returns the code a {@code FailedRequests} item refused by the row carries ({@link RefusalRule#itemErrorCode()}). */
  public String errorCode() {
    return row.itemErrorCode();
  }
}

package dev.workspaces.engine.op;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.ServiceError;
import dev.workspaces.engine.State;
import dev.workspaces.engine.rule.ImageRule;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A refusal by one row of {@link ImageRule}: the row gives the error code, the message names the
 * resource at fault.
 *
 * @param row the rule that refuses
 * @param message why, naming the resource
 * @param resourceId the resource concerned (carried by the error shapes that have a ResourceId)
 */
record ImageRefusal(ImageRule row, String message, String resourceId) {

  /** Returns a refusal by {@code row} when {@code refused} holds, else empty. */
  static Optional<ImageRefusal> when(boolean refused, ImageRule row, String resourceId, Supplier<String> message) {
    return refused ? Optional.of(new ImageRefusal(row, message.get(), resourceId)) : Optional.empty();
  }

  /** Returns the first refusal among {@code checks}, evaluated in order and lazily. */
  @SafeVarargs
  static Optional<ImageRefusal> first(Supplier<Optional<ImageRefusal>>... checks) {
    for (Supplier<Optional<ImageRefusal>> check : checks) {
      Optional<ImageRefusal> refusal = check.get();
      if (refusal.isPresent()) {
        return refusal;
      }
    }
    return Optional.empty();
  }

  /** Returns the failed outcome, leaving {@code unchanged} as it was. */
  Outcome outcome(State unchanged) {
    return Outcome.failure(unchanged, ServiceError.of(row.refusal(), message, resourceId));
  }
}

package dev.workspaces.engine;

import dev.workspaces.engine.rule.RefusalRule;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.error.WorkspacesException;
import dev.workspaces.model.validation.Echo;
import java.util.Objects;
import java.util.Optional;

/**
 * A refusal of a whole request, as the service answers it: the precondition-table row that refuses
 * it (which gives the error code), a message, and for the error shapes that carry one, the id of the
 * resource concerned.
 *
 * @param rule the row that refuses the request; its error code is {@link #code()}
 * @param message a message naming the field or resource at fault
 * @param resourceId the resource concerned, where the error shape has a {@code ResourceId} member
 */
public record ServiceError(RefusalRule rule, String message, Optional<String> resourceId) {

  /** Checks that every component is present, and bounds the resource id as {@link Echo} does. */
  public ServiceError {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    resourceId = Objects.requireNonNull(resourceId, "resourceId").map(Echo::of);
  }

  /** Returns an error by {@code rule} with no resource id. */
  public static ServiceError of(RefusalRule rule, String message) {
    return new ServiceError(rule, message, Optional.empty());
  }

  /** Returns an error by {@code rule} naming the resource concerned. */
  public static ServiceError of(RefusalRule rule, String message, String resourceId) {
    return new ServiceError(rule, message, Optional.of(resourceId));
  }

  /** Returns the error code ({@code __type} on the wire): that of {@link #rule()}. */
  public ErrorCode code() {
    return rule.errorCode();
  }

  /**
   * Returns the error as the model's value of its code, which is also the exception a caller
   * catches: {@code message} and, where the shape has the member, {@code ResourceId} set.
   */
  public WorkspacesException toException() {
    return WorkspacesException.of(code(), message, resourceId);
  }

  @Override
  public String toString() {
    return "ServiceError[code=" + code() + ", rule=" + rule.qualifiedName() + ", message=" + message
        + ", resourceId=" + resourceId + "]";
  }
}

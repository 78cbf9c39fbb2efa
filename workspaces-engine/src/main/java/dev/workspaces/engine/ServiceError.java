package dev.workspaces.engine;

import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.error.WorkspacesException;
import java.util.Optional;

/**
 * A refusal of a whole request, as the service answers it: an error code, a message, and for the
 * error shapes that carry one, the id of the resource concerned.
 *
 * @param code the error code ({@code __type} on the wire)
 * @param message a message naming the field or resource at fault
 * @param resourceId the resource concerned, where the error shape has a {@code ResourceId} member
 */
public record ServiceError(ErrorCode code, String message, Optional<String> resourceId) {

  /** Returns an error with no resource id. */
  public static ServiceError of(ErrorCode code, String message) {
    return new ServiceError(code, message, Optional.empty());
  }

  /** Returns an error naming the resource concerned. */
  public static ServiceError of(ErrorCode code, String message, String resourceId) {
    return new ServiceError(code, message, Optional.of(resourceId));
  }

  /**
   * Returns the error as the model's value of its code, which is also the exception a caller
   * catches: {@code message} and, where the shape has the member, {@code ResourceId} set.
   */
  public WorkspacesException toException() {
    return WorkspacesException.of(code, message, resourceId);
  }
}

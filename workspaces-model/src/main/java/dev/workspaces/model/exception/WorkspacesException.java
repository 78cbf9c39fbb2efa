package dev.workspaces.model.exception;

import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.error.ErrorShape;
import java.util.Optional;

/**
 * A refused WorkSpaces call, thrown by {@link dev.workspaces.model.WorkspacesApi} implementations.
 * Each error code has its own subclass of the same name (for example {@link ResourceNotFoundException}),
 * so callers catch exactly what they expect.
 */
public abstract class WorkspacesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode errorCode;
  private final String resourceId;
  private final transient ErrorShape error;

  WorkspacesException(ErrorCode errorCode, String message, Optional<String> resourceId,
      Optional<ErrorShape> error) {
    super(message);
    this.errorCode = errorCode;
    this.resourceId = resourceId.orElse(null);
    this.error = error.orElse(null);
  }

  /**
   * Returns the exception of the class that belongs to {@code code}.
   *
   * @param error the error body as received, if any
   */
  public static WorkspacesException of(
      ErrorCode code, String message, Optional<String> resourceId, Optional<ErrorShape> error) {
    return Exceptions.create(code, message, resourceId, error);
  }

  /** Returns the error code ({@code __type} on the wire). */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /** Returns the id of the resource concerned, for the errors that name one. */
  public Optional<String> resourceId() {
    return Optional.ofNullable(resourceId);
  }

  /** Returns the error body as a model value, when one was received. */
  public Optional<ErrorShape> error() {
    return Optional.ofNullable(error);
  }
}

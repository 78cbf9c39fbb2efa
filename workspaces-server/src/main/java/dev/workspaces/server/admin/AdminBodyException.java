package dev.workspaces.server.admin;

import dev.workspaces.model.error.SerializationException;
import dev.workspaces.model.error.ValidationException;
import dev.workspaces.model.error.WorkspacesException;

/** An admin request body that cannot be used; carries the error to answer with. */
final class AdminBodyException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient WorkspacesException error;

  AdminBodyException(WorkspacesException error) {
    super(error.getMessage());
    this.error = error;
  }

  /** Returns a SerializationException: the body is not JSON of the expected shape. */
  static AdminBodyException serialization(String message) {
    return new AdminBodyException(SerializationException.builder().message(message).build());
  }

  /** Returns a ValidationException: the body was read but a value is out of bounds. */
  static AdminBodyException validation(String message) {
    return new AdminBodyException(ValidationException.builder().message(message).build());
  }

  WorkspacesException error() {
    return error;
  }
}

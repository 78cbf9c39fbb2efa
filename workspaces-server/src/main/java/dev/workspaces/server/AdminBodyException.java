package dev.workspaces.server;

import dev.workspaces.json.CodecError;

/** An admin request body that cannot be used; carries the error to answer with. */
final class AdminBodyException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient CodecError error;

  AdminBodyException(CodecError error) {
    super(error.message());
    this.error = error;
  }

  /** Returns a SerializationException: the body is not JSON of the expected shape. */
  static AdminBodyException serialization(String message) {
    return new AdminBodyException(CodecError.serialization(message));
  }

  /** Returns a ValidationException: the body was read but a value is out of bounds. */
  static AdminBodyException validation(String message) {
    return new AdminBodyException(CodecError.validation(message));
  }

  CodecError error() {
    return error;
  }
}

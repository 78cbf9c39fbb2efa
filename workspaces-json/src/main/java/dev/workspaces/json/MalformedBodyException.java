package dev.workspaces.json;

/**
 * Signals, inside this package only, that a body cannot be read; its message is the
 * {@code SerializationException} message. {@link WorkspacesJson} turns it into a
 * {@link dev.workspaces.model.error.SerializationException}, so it never reaches a caller.
 */
final class MalformedBodyException extends Exception {
  MalformedBodyException(String message) {
    super(message, null, false, false); // an expected outcome: no stack trace needed
  }
}

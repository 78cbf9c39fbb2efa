package dev.workspaces.model.error;

import dev.workspaces.model.Structure;
import java.util.Optional;

/** Implemented by the model's error shapes: each knows its error code and carries a message. */
public interface ErrorShape extends Structure {

  /** Returns the code sent as {@code __type}. */
  ErrorCode errorCode();

  /** Returns the message, or empty for the error shapes that have no {@code message} member. */
  Optional<String> errorMessage();
}

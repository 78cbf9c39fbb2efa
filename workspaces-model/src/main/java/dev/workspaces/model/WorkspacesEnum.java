package dev.workspaces.model;

import java.util.Optional;

/**
 * Implemented by every generated enum of the API: each constant carries its exact wire string.
 *
 * <p>Every such enum has a constant {@code UNKNOWN_TO_SDK_VERSION} for wire strings the model does
 * not list; that constant has no wire value.
 */
public interface WorkspacesEnum {

  /** Returns the wire string of this constant, or empty for {@code UNKNOWN_TO_SDK_VERSION}. */
  Optional<String> wireValue();

  /** Returns whether this constant is one the service model lists. */
  default boolean isKnown() {
    return wireValue().isPresent();
  }
}

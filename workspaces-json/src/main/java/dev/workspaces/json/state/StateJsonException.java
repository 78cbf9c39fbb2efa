package dev.workspaces.json.state;

/**
 * A document {@link StateJson#read} cannot turn into a state: not JSON, or a member missing or of
 * the wrong shape. The message starts with the path of the member at fault, as in
 * {@code Scopes.123456789012/us-east-1.Workspaces[0].PendingStep.Due: expected a string}.
 */
public final class StateJsonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;

  StateJsonException(String path, String problem) {
    super(path.isEmpty() ? problem : path + ": " + problem);
    this.path = path;
  }

  /** Returns the path of the member at fault ({@code ""} for the document itself). */
  public String path() {
    return path;
  }
}

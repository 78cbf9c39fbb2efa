package dev.workspaces.model;

/** Implemented by the input shape of every operation; it names the operation it is for. */
public interface WorkspacesRequest extends Structure {

  /** Returns the operation this value is the input of. */
  Operation operation();

  /**
   * Hands this request, as its own type, to the method of {@code operations} that belongs to its
   * operation, and returns what that method answers.
   */
  <C, O> O dispatch(WorkspacesOperations<C, O> operations, C context);
}

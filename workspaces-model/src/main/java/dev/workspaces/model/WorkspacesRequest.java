package dev.workspaces.model;

/** Implemented by the input shape of every operation; it names the operation it is for. */
public interface WorkspacesRequest extends Structure {

  /** Returns the operation this value is the input of. */
  Operation operation();
}

package dev.workspaces.engine.state;

import dev.workspaces.model.WorkspaceDirectory;
import dev.workspaces.model.WorkspaceDirectoryState;
import java.util.Optional;

/**
 * A registered (or registering) directory: the value DescribeWorkspaceDirectories shows, and its
 * pending asynchronous step.
 *
 * @param directory the directory as the API shows it
 * @param pendingStep the timeline slot of its running step, if any
 */
public record DirectoryEntry(WorkspaceDirectory directory, Optional<TimelineKey> pendingStep) {

  /** Returns the directory id. */
  public String id() {
    return directory.directoryId().orElseThrow();
  }

  /** Returns the registration state. */
  public WorkspaceDirectoryState state() {
    return directory.state().orElseThrow();
  }

  /** Returns a copy with another API value. */
  public DirectoryEntry withDirectory(WorkspaceDirectory next) {
    return new DirectoryEntry(next, pendingStep);
  }

  /** Returns a copy whose pending step is {@code step}. */
  public DirectoryEntry withPendingStep(Optional<TimelineKey> step) {
    return new DirectoryEntry(directory, step);
  }
}

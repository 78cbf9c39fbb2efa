package dev.workspaces.engine.rule;

import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.WorkspaceState;
import java.time.Duration;
import java.util.Optional;

/**
 * Every asynchronous step the engine models: which state a resource leaves when virtual time
 * passes, which state it reaches (empty: the resource disappears), and how long the step takes in
 * the realistic profile. Steps happen only when the clock is advanced; none happens by itself.
 */
public enum Transition {
  WORKSPACE_PENDING(ResourceKind.WORKSPACE, "PENDING", "AVAILABLE", Duration.ofMinutes(20)),
  WORKSPACE_STARTING(ResourceKind.WORKSPACE, "STARTING", "AVAILABLE", Duration.ofMinutes(2)),
  WORKSPACE_REBOOTING(ResourceKind.WORKSPACE, "REBOOTING", "AVAILABLE", Duration.ofMinutes(3)),
  WORKSPACE_REBUILDING(ResourceKind.WORKSPACE, "REBUILDING", "AVAILABLE", Duration.ofMinutes(30)),
  WORKSPACE_RESTORING(ResourceKind.WORKSPACE, "RESTORING", "AVAILABLE", Duration.ofMinutes(30)),
  WORKSPACE_UPDATING(ResourceKind.WORKSPACE, "UPDATING", "AVAILABLE", Duration.ofMinutes(10)),
  WORKSPACE_STOPPING(ResourceKind.WORKSPACE, "STOPPING", "STOPPED", Duration.ofMinutes(2)),
  WORKSPACE_TERMINATING(ResourceKind.WORKSPACE, "TERMINATING", "TERMINATED", Duration.ofMinutes(5)),
  /** A terminated WorkSpace stays visible for a while, then disappears from every call. */
  WORKSPACE_TERMINATED(ResourceKind.WORKSPACE, "TERMINATED", null, Duration.ofHours(1)),
  DIRECTORY_REGISTERING(ResourceKind.DIRECTORY, "REGISTERING", "REGISTERED", Duration.ofMinutes(1)),
  DIRECTORY_DEREGISTERING(ResourceKind.DIRECTORY, "DEREGISTERING", "DEREGISTERED", Duration.ofMinutes(1)),
  /** A deregistered directory shows briefly, then disappears. */
  DIRECTORY_DEREGISTERED(ResourceKind.DIRECTORY, "DEREGISTERED", null, Duration.ofMinutes(10)),
  IMAGE_PENDING(ResourceKind.IMAGE, "PENDING", "AVAILABLE", Duration.ofMinutes(45)),
  BUNDLE_PENDING(ResourceKind.BUNDLE, "PENDING", "AVAILABLE", Duration.ofMinutes(1));

  private final ResourceKind kind;
  private final String from;
  private final String to;
  private final Duration realistic;

  Transition(ResourceKind kind, String from, String to, Duration realistic) {
    this.kind = kind;
    this.from = from;
    this.to = to;
    this.realistic = realistic;
  }

  /** Returns the kind of resource this step applies to. */
  public ResourceKind kind() {
    return kind;
  }

  /** Returns the wire name of the state the resource is in while the step runs. */
  public String from() {
    return from;
  }

  /** Returns the wire name of the state reached, or empty when the resource disappears. */
  public Optional<String> to() {
    return Optional.ofNullable(to);
  }

  /** Returns the step's duration in the realistic profile. */
  public Duration realisticDuration() {
    return realistic;
  }

  /** Returns the WorkSpace step that leaves {@code state}, if that state is transitional. */
  public static Optional<Transition> leaving(WorkspaceState state) {
    return leaving(ResourceKind.WORKSPACE, state.toString());
  }

  /** Returns the directory step that leaves {@code state}, if that state is transitional. */
  public static Optional<Transition> leaving(WorkspaceDirectoryState state) {
    return leaving(ResourceKind.DIRECTORY, state.toString());
  }

  /** Returns the step of {@code kind} that leaves the state named {@code from}, if any. */
  public static Optional<Transition> leaving(ResourceKind kind, String from) {
    for (Transition transition : values()) {
      if (transition.kind == kind && transition.from.equals(from)) {
        return Optional.of(transition);
      }
    }
    return Optional.empty();
  }
}

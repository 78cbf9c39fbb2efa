package dev.workspaces.engine.rule;

import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.WorkspaceState;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every asynchronous step the engine models: which state a resource leaves when virtual time
 * passes, which state it reaches (empty: the resource disappears), and how long the step takes in
 * the realistic profile. Steps happen only when the clock is advanced; none happens by itself.
 *
 * <p>Most steps are timed on their own. A step {@linkplain #completedWith() completed with}
 * another is never scheduled by itself: it is taken when that other step completes (a WorkSpace
 * suspended for image creation comes back when its image is ready), so the two cannot drift apart.
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
  /** The WorkSpace an image is made from is SUSPENDED until that image's step completes. */
  WORKSPACE_SUSPENDED(ResourceKind.WORKSPACE, "SUSPENDED", "AVAILABLE", IMAGE_PENDING),
  BUNDLE_PENDING(ResourceKind.BUNDLE, "PENDING", "AVAILABLE", Duration.ofMinutes(1)),
  IMPORT_PENDING(ResourceKind.IMAGE_IMPORT, "PENDING", "IN_PROGRESS", Duration.ofMinutes(2)),
  IMPORT_IN_PROGRESS(ResourceKind.IMAGE_IMPORT, "IN_PROGRESS", "PROCESSING_SOURCE_IMAGE", Duration.ofMinutes(3)),
  IMPORT_PROCESSING_SOURCE_IMAGE(ResourceKind.IMAGE_IMPORT, "PROCESSING_SOURCE_IMAGE", "IMAGE_TESTING_START",
      Duration.ofMinutes(10)),
  IMPORT_IMAGE_TESTING_START(ResourceKind.IMAGE_IMPORT, "IMAGE_TESTING_START", "UPDATING_OPERATING_SYSTEM",
      Duration.ofMinutes(5)),
  IMPORT_UPDATING_OPERATING_SYSTEM(ResourceKind.IMAGE_IMPORT, "UPDATING_OPERATING_SYSTEM",
      "IMAGE_COMPATIBILITY_CHECKING", Duration.ofMinutes(30)),
  IMPORT_IMAGE_COMPATIBILITY_CHECKING(ResourceKind.IMAGE_IMPORT, "IMAGE_COMPATIBILITY_CHECKING",
      "IMAGE_TESTING_GENERALIZATION", Duration.ofMinutes(10)),
  IMPORT_IMAGE_TESTING_GENERALIZATION(ResourceKind.IMAGE_IMPORT, "IMAGE_TESTING_GENERALIZATION",
      "CREATING_TEST_INSTANCE", Duration.ofMinutes(10)),
  IMPORT_CREATING_TEST_INSTANCE(ResourceKind.IMAGE_IMPORT, "CREATING_TEST_INSTANCE", "INSTALLING_COMPONENTS",
      Duration.ofMinutes(10)),
  IMPORT_INSTALLING_COMPONENTS(ResourceKind.IMAGE_IMPORT, "INSTALLING_COMPONENTS", "GENERALIZING",
      Duration.ofMinutes(15)),
  IMPORT_GENERALIZING(ResourceKind.IMAGE_IMPORT, "GENERALIZING", "VALIDATING", Duration.ofMinutes(15)),
  IMPORT_VALIDATING(ResourceKind.IMAGE_IMPORT, "VALIDATING", "PUBLISHING", Duration.ofMinutes(10)),
  /** Publishing ends the import: the imported image becomes AVAILABLE. */
  IMPORT_PUBLISHING(ResourceKind.IMAGE_IMPORT, "PUBLISHING", "COMPLETED", Duration.ofMinutes(15)),
  ALIAS_CREATING(ResourceKind.CONNECTION_ALIAS, "CREATING", "CREATED", Duration.ofMinutes(1)),
  /** A deleted connection alias disappears; its connection string stays reserved for its account. */
  ALIAS_DELETING(ResourceKind.CONNECTION_ALIAS, "DELETING", null, Duration.ofMinutes(1)),
  /** Reaches ASSOCIATED_WITH_SHARED_ACCOUNT instead when an account the alias is shared with associated it. */
  ALIAS_ASSOCIATING(ResourceKind.ALIAS_ASSOCIATION, "PENDING_ASSOCIATION", "ASSOCIATED_WITH_OWNER_ACCOUNT",
      Duration.ofMinutes(1)),
  /** The association disappears: the alias is free to associate again. */
  ALIAS_DISASSOCIATING(ResourceKind.ALIAS_ASSOCIATION, "PENDING_DISASSOCIATION", null, Duration.ofMinutes(1));

  private final ResourceKind kind;
  private final String from;
  private final @Nullable String to;
  private final Duration realistic;
  private final @Nullable Transition completedWith;

  Transition(ResourceKind kind, String from, @Nullable String to, Duration realistic) {
    this.kind = kind;
    this.from = from;
    this.to = to;
    this.realistic = realistic;
    this.completedWith = null;
  }

  /** A step taken when {@code driver} completes; its realistic duration is the driver's. */
  Transition(ResourceKind kind, String from, @Nullable String to, Transition driver) {
    this.kind = kind;
    this.from = from;
    this.to = to;
    this.realistic = driver.realistic;
    this.completedWith = driver;
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

  /** Returns the step whose completion also completes this one, or empty for a step timed on its own. */
  public Optional<Transition> completedWith() {
    return Optional.ofNullable(completedWith);
  }

  /** Returns whether the step is put on the timeline by itself (it is not completed with another). */
  public boolean timed() {
    return completedWith == null;
  }

  /** Returns the WorkSpace step that leaves {@code state}, if that state is transitional. */
  public static Optional<Transition> leaving(WorkspaceState state) {
    return leaving(ResourceKind.WORKSPACE, state.toString());
  }

  /** Returns the directory step that leaves {@code state}, if that state is transitional. */
  public static Optional<Transition> leaving(WorkspaceDirectoryState state) {
    return leaving(ResourceKind.DIRECTORY, state.toString());
  }

  /**
   * Returns the step of {@code kind} that leaves the state named {@code from}, if any, whether
   * timed on its own or completed with another step.
   */
  public static Optional<Transition> leaving(ResourceKind kind, String from) {
    return Optional.ofNullable(Leaving.BY_KIND.get(kind).get(from));
  }

  /** The steps by kind and the state they leave (at most one each: the table is built from {@link #values()}). */
  private static final class Leaving {
    static final java.util.Map<ResourceKind, java.util.Map<String, Transition>> BY_KIND = table();

    private static java.util.Map<ResourceKind, java.util.Map<String, Transition>> table() {
      java.util.Map<ResourceKind, java.util.Map<String, Transition>> table = new java.util.EnumMap<>(ResourceKind.class);
      for (ResourceKind kind : ResourceKind.values()) {
        table.put(kind, new java.util.HashMap<>());
      }
      for (Transition transition : values()) {
        Transition earlier = table.get(transition.kind).putIfAbsent(transition.from, transition);
        if (earlier != null) {
          throw new IllegalStateException(earlier + " and " + transition + " both leave " + transition.from);
        }
      }
      return table;
    }
  }
}

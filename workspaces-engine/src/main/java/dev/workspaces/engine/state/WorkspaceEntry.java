package dev.workspaces.engine.state;

import com.google.common.collect.ImmutableList;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.Tag;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored WorkSpace: the value DescribeWorkspaces shows, plus what the engine tracks beside it.
 *
 * <p>The state is kept beside the API value rather than inside it, so the frequent state changes
 * replace only this small object and the API value is shared by every version of the entry. The
 * id and running mode are kept beside it too: the checks and changes of a reboot, stop or start
 * then read this object only, which at 100k WorkSpaces is one cache miss fewer per request.
 *
 * <p>Immutable and compared by value (its eight components below). Made by {@link #of} and
 * changed by the {@code with} methods.
 *
 * <ul>
 *   <li>{@code details}: the WorkSpace as the API shows it, without its {@code State} member;
 *   <li>{@code state}: the WorkSpace's state;
 *   <li>{@code pendingStep}: the timeline slot of its running asynchronous step, if any (for a
 *       WorkSpace SUSPENDED for image creation, the step of the image being made from it);
 *   <li>{@code snapshots}: when the snapshots that a rebuild or a restore uses were taken, newest
 *       last (at most {@link #MAX_SNAPSHOTS});
 *   <li>{@code lastUserConnection}: when a user last connected, if ever;
 *   <li>{@code userConnected}: whether a user is connected now (a simulation hook, see
 *       {@code Engine.connectUser}); leaving AVAILABLE ends the session, except for the start a
 *       connection itself causes;
 *   <li>{@code imageId}: the image the WorkSpace runs: its bundle's image when it was created,
 *       migrated or last rebuilt (a later UpdateWorkspaceBundle does not change it); empty when
 *       unknown;
 *   <li>{@code tags}: the WorkSpace's tags, in the order their keys were first set (kept here rather
 *       than in {@link ScopeTags}, so that tagging and deleting a WorkSpace touch one
 *       entry);
 *   <li>{@code changeTimes}: when it was launched and last resized, which the cooldowns of
 *       ModifyWorkspaceProperties count from.
 * </ul>
 */
public final class WorkspaceEntry {
  /** How many snapshots a WorkSpace keeps. */
  public static final int MAX_SNAPSHOTS = 5;

  private final String id;
  private final RunningMode runningMode;
  private final Workspace details;
  private final WorkspaceState state;
  private final Optional<TimelineKey> pendingStep;
  private final ImmutableList<Instant> snapshots;
  private final Optional<Instant> lastUserConnection;
  private final boolean userConnected;
  private final Optional<String> imageId;
  private final ImmutableList<Tag> tags;
  private final ChangeTimes changeTimes;

  /** Takes every field as given: {@code details} has no state, {@code id} and {@code runningMode} are its own. */
  private WorkspaceEntry(String id, RunningMode runningMode, Workspace details, WorkspaceState state,
      Optional<TimelineKey> pendingStep, ImmutableList<Instant> snapshots,
      Optional<Instant> lastUserConnection, boolean userConnected, Optional<String> imageId,
      ImmutableList<Tag> tags, ChangeTimes changeTimes) {
    this.id = id;
    this.runningMode = runningMode;
    this.details = details;
    this.state = Objects.requireNonNull(state, "state");
    this.pendingStep = Objects.requireNonNull(pendingStep, "pendingStep");
    this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    this.lastUserConnection = Objects.requireNonNull(lastUserConnection, "lastUserConnection");
    this.userConnected = userConnected;
    this.imageId = Objects.requireNonNull(imageId, "imageId");
    this.tags = Objects.requireNonNull(tags, "tags");
    this.changeTimes = Objects.requireNonNull(changeTimes, "changeTimes");
  }

  /** Returns an entry of API value {@code value} (its {@code State} member, if any, removed). */
  private static WorkspaceEntry ofApiValue(Workspace value, WorkspaceState state, Optional<TimelineKey> pendingStep,
      ImmutableList<Instant> snapshots, Optional<Instant> lastUserConnection, boolean userConnected,
      Optional<String> imageId, ImmutableList<Tag> tags, ChangeTimes changeTimes) {
    Workspace details = value.stateAsString().isEmpty() ? value
        : value.toBuilder().state(Optional.<String>empty()).build();
    return new WorkspaceEntry(details.workspaceId().orElseThrow(), runningModeOf(details), details, state,
        pendingStep, snapshots, lastUserConnection, userConnected, imageId, tags, changeTimes);
  }

  private static RunningMode runningModeOf(Workspace details) {
    return details.workspaceProperties().flatMap(WorkspaceProperties::runningMode).orElse(RunningMode.AUTO_STOP);
  }

  /**
   * Returns a new entry for {@code workspace} in its {@code State}, with no step pending, no
   * snapshots yet, no known image and no tags. Every other member is kept as given.
   *
   * @throws IllegalArgumentException if {@code workspace} has no {@code WorkspaceId}, or no
   *     {@code State} that the model lists
   */
  public static WorkspaceEntry of(Workspace workspace) {
    String id = workspace.workspaceId().orElseThrow(() -> new IllegalArgumentException(
        "A stored WorkSpace needs its WorkspaceId member, and this one has none."));
    WorkspaceState state = workspace.state().filter(s -> s != WorkspaceState.UNKNOWN_TO_SDK_VERSION)
        .orElseThrow(() -> new IllegalArgumentException("A stored WorkSpace needs a State member the model lists; "
            + id + " has " + workspace.stateAsString().map(s -> "State " + s).orElse("none") + "."));
    return ofApiValue(workspace, state, Optional.empty(), ImmutableList.of(),
        Optional.empty(), false, Optional.empty(), ImmutableList.of(), ChangeTimes.NONE);
  }

  /** Returns the WorkSpace as the API shows it, without its {@code State} member. */
  public Workspace details() {
    return details;
  }

  /** Returns the WorkSpace's state. */
  public WorkspaceState state() {
    return state;
  }

  /** Returns the timeline slot of the WorkSpace's running step, if any. */
  public Optional<TimelineKey> pendingStep() {
    return pendingStep;
  }

  /** Returns when the WorkSpace's snapshots were taken, newest last. */
  public ImmutableList<Instant> snapshots() {
    return snapshots;
  }

  /** Returns when a user last connected, if ever. */
  public Optional<Instant> lastUserConnection() {
    return lastUserConnection;
  }

  /** Returns the image the WorkSpace runs, when known. */
  public Optional<String> imageId() {
    return imageId;
  }

  /** Returns the WorkSpace's tags, in the order their keys were first set. */
  public ImmutableList<Tag> tags() {
    return tags;
  }

  /** Returns the WorkSpace as the API shows it, in its current state. */
  public Workspace workspace() {
    return details.toBuilder().state(state).build();
  }

  /** Returns the WorkSpace's id. */
  public String id() {
    return id;
  }

  /** Returns the running mode (AUTO_STOP when none was set, as the service defaults). */
  public RunningMode runningMode() {
    return runningMode;
  }

  /** Returns the snapshots a rebuild restores from (the same as {@link #restoreSnapshots()}). */
  public ImmutableList<Instant> rebuildSnapshots() {
    return snapshots;
  }

  /** Returns the snapshots a restore uses (the same as {@link #rebuildSnapshots()}). */
  public ImmutableList<Instant> restoreSnapshots() {
    return snapshots;
  }

  /** Returns a copy with another API value; its {@code State}, when it has one, becomes the state. */
  public WorkspaceEntry withWorkspace(Workspace next) {
    return ofApiValue(next, next.state().orElse(state), pendingStep, snapshots, lastUserConnection, userConnected,
        imageId, tags, changeTimes);
  }

  /**
   * Returns a copy in {@code next} whose pending step is {@code step}; a WorkSpace that leaves
   * AVAILABLE loses its connected user.
   */
  public WorkspaceEntry moved(WorkspaceState next, Optional<TimelineKey> step) {
    boolean connected = userConnected && (state != WorkspaceState.AVAILABLE || next == WorkspaceState.AVAILABLE);
    return new WorkspaceEntry(id, runningMode, details, next, step, snapshots, lastUserConnection, connected,
        imageId, tags, changeTimes);
  }

  /** Returns whether a user is connected now. */
  public boolean userConnected() {
    return userConnected;
  }

  /** Returns a copy with a user connected since {@code time}, its last known user connection. */
  public WorkspaceEntry withUserConnected(Instant time) {
    return new WorkspaceEntry(id, runningMode, details, state, pendingStep, snapshots, Optional.of(time), true,
        imageId, tags, changeTimes);
  }

  /** Returns a copy with no user connected (its last known user connection kept). */
  public WorkspaceEntry withUserDisconnected() {
    return new WorkspaceEntry(id, runningMode, details, state, pendingStep, snapshots, lastUserConnection, false,
        imageId, tags, changeTimes);
  }

  /** Returns a copy whose pending step is {@code step}. */
  public WorkspaceEntry withPendingStep(Optional<TimelineKey> step) {
    return new WorkspaceEntry(id, runningMode, details, state, step, snapshots, lastUserConnection, userConnected,
        imageId, tags, changeTimes);
  }

  /** Returns a copy that runs image {@code image}. */
  public WorkspaceEntry withImageId(Optional<String> image) {
    return new WorkspaceEntry(id, runningMode, details, state, pendingStep, snapshots, lastUserConnection,
        userConnected, image, tags, changeTimes);
  }

  /**
   * Returns a copy that remembers a snapshot taken at {@code time}, dropping the oldest beyond the
   * limit; this entry when its newest snapshot was taken at that very instant (it is the same
   * snapshot, so DescribeWorkspaceSnapshots never lists one time twice).
   */
  public WorkspaceEntry withSnapshot(Instant time) {
    if (!snapshots.isEmpty() && snapshots.get(snapshots.size() - 1).equals(time)) {
      return this;
    }
    int from = Math.max(0, snapshots.size() + 1 - MAX_SNAPSHOTS);
    ImmutableList<Instant> next =
        ImmutableList.<Instant>builderWithExpectedSize(snapshots.size() - from + 1)
            .addAll(snapshots.subList(from, snapshots.size())).add(time).build();
    return new WorkspaceEntry(id, runningMode, details, state, pendingStep, next, lastUserConnection,
        userConnected, imageId, tags, changeTimes);
  }

  /** Returns when the WorkSpace was launched and when its volumes and compute type last changed. */
  public ChangeTimes changeTimes() {
    return changeTimes;
  }

  /** Returns a copy with {@code next} as its change times. */
  public WorkspaceEntry withChangeTimes(ChangeTimes next) {
    return new WorkspaceEntry(id, runningMode, details, state, pendingStep, snapshots, lastUserConnection,
        userConnected, imageId, tags, next);
  }

  /** Returns a copy that carries {@code next} as its tags. */
  public WorkspaceEntry withTags(ImmutableList<Tag> next) {
    return new WorkspaceEntry(id, runningMode, details, state, pendingStep, snapshots, lastUserConnection,
        userConnected, imageId, next, changeTimes);
  }

  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof WorkspaceEntry entry
        && details.equals(entry.details) && state == entry.state && pendingStep.equals(entry.pendingStep)
        && snapshots.equals(entry.snapshots) && lastUserConnection.equals(entry.lastUserConnection)
        && userConnected == entry.userConnected
        && imageId.equals(entry.imageId) && tags.equals(entry.tags) && changeTimes.equals(entry.changeTimes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(details, state, pendingStep, snapshots, lastUserConnection, userConnected, imageId, tags,
        changeTimes);
  }

  @Override
  public String toString() {
    return "WorkspaceEntry[details=" + details + ", state=" + state + ", pendingStep=" + pendingStep
        + ", snapshots=" + snapshots + ", lastUserConnection=" + lastUserConnection
        + ", userConnected=" + userConnected + ", imageId=" + imageId
        + ", tags=" + tags + ", changeTimes=" + changeTimes + "]";
  }
}

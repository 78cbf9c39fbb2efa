package dev.workspaces.engine;

import com.google.common.collect.ImmutableList;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.Tag;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceState;
import java.time.Instant;
import java.util.Optional;

/**
 * A stored WorkSpace: the value DescribeWorkspaces shows, plus what the engine tracks beside it.
 *
 * <p>The state is kept beside the API value rather than inside it, so the frequent state changes
 * replace only this small record and the API value is shared by every version of the entry.
 *
 * @param details the WorkSpace as the API shows it, without its {@code State} member (the
 *     constructor removes one)
 * @param state the WorkSpace's state
 * @param pendingStep the timeline slot of its running asynchronous step, if any (for a WorkSpace
 *     SUSPENDED for image creation, the step of the image being made from it)
 * @param snapshots when the snapshots that a rebuild or a restore uses were taken, newest last
 *     (at most {@link #MAX_SNAPSHOTS})
 * @param lastUserConnection when a user last connected, if ever
 * @param imageId the image the WorkSpace runs: its bundle's image when it was created, migrated or
 *     last rebuilt (a later UpdateWorkspaceBundle does not change it); empty when unknown
 * @param tags the WorkSpace's tags, in the order their keys were first set (kept here rather than
 *     in {@link ScopeState#resourceTags()}, so that tagging and deleting a WorkSpace touch one entry)
 */
public record WorkspaceEntry(
    Workspace details,
    WorkspaceState state,
    Optional<TimelineKey> pendingStep,
    ImmutableList<Instant> snapshots,
    Optional<Instant> lastUserConnection,
    Optional<String> imageId,
    ImmutableList<Tag> tags) {

  /** How many snapshots a WorkSpace keeps. */
  public static final int MAX_SNAPSHOTS = 5;

  public WorkspaceEntry {
    if (details.stateAsString().isPresent()) {
      details = details.toBuilder().state(Optional.<String>empty()).build();
    }
  }

  /**
   * Returns a new entry for {@code workspace} in its {@code State}, with no step pending, no
   * snapshots yet, no known image and no tags.
   *
   * @throws java.util.NoSuchElementException if {@code workspace} has no state
   */
  public static WorkspaceEntry of(Workspace workspace) {
    return new WorkspaceEntry(workspace, workspace.state().orElseThrow(), Optional.empty(),
        ImmutableList.of(), Optional.empty(), Optional.empty(),
        ImmutableList.of());
  }

  /** Returns the WorkSpace as the API shows it, in its current state. */
  public Workspace workspace() {
    return details.toBuilder().state(state).build();
  }

  /** Returns the WorkSpace's id. */
  public String id() {
    return details.workspaceId().orElseThrow();
  }

  /** Returns the running mode (AUTO_STOP when none was set, as the service defaults). */
  public RunningMode runningMode() {
    return details.workspaceProperties().flatMap(WorkspaceProperties::runningMode)
        .orElse(RunningMode.AUTO_STOP);
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
    return new WorkspaceEntry(next, next.state().orElse(state), pendingStep, snapshots, lastUserConnection,
        imageId, tags);
  }

  /** Returns a copy in {@code next} whose pending step is {@code step}. */
  public WorkspaceEntry moved(WorkspaceState next, Optional<TimelineKey> step) {
    return new WorkspaceEntry(details, next, step, snapshots, lastUserConnection, imageId, tags);
  }

  /** Returns a copy whose pending step is {@code step}. */
  public WorkspaceEntry withPendingStep(Optional<TimelineKey> step) {
    return new WorkspaceEntry(details, state, step, snapshots, lastUserConnection, imageId, tags);
  }

  /** Returns a copy that runs image {@code image}. */
  public WorkspaceEntry withImageId(Optional<String> image) {
    return new WorkspaceEntry(details, state, pendingStep, snapshots, lastUserConnection, image, tags);
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
    return new WorkspaceEntry(details, state, pendingStep, next, lastUserConnection, imageId, tags);
  }

  /** Returns a copy that carries {@code next} as its tags. */
  public WorkspaceEntry withTags(ImmutableList<Tag> next) {
    return new WorkspaceEntry(details, state, pendingStep, snapshots, lastUserConnection, imageId, next);
  }
}

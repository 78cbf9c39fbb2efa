package dev.workspaces.engine;

import com.google.common.collect.ImmutableList;

import dev.workspaces.model.RunningMode;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceState;
import java.time.Instant;
import java.util.Optional;

/**
 * A stored WorkSpace: the value DescribeWorkspaces shows, plus what the engine tracks beside it.
 *
 * @param workspace the WorkSpace as the API shows it
 * @param pendingStep the timeline slot of its running asynchronous step, if any (for a WorkSpace
 *     SUSPENDED for image creation, the step of the image being made from it)
 * @param rebuildSnapshots when the snapshots a rebuild restores from were taken, newest last
 * @param restoreSnapshots when the snapshots a restore uses were taken, newest last
 * @param lastUserConnection when a user last connected, if ever
 * @param imageId the image the WorkSpace runs: its bundle's image when it was created, migrated or
 *     last rebuilt (a later UpdateWorkspaceBundle does not change it); empty when unknown
 */
public record WorkspaceEntry(
    Workspace workspace,
    Optional<TimelineKey> pendingStep,
    ImmutableList<Instant> rebuildSnapshots,
    ImmutableList<Instant> restoreSnapshots,
    Optional<Instant> lastUserConnection,
    Optional<String> imageId) {

  /** Returns a new entry for a WorkSpace with no step pending, no snapshots yet and no known image. */
  public static WorkspaceEntry of(Workspace workspace) {
    return new WorkspaceEntry(workspace, Optional.empty(),
        ImmutableList.of(), ImmutableList.of(),
        Optional.empty(), Optional.empty());
  }

  /** Returns the WorkSpace's id. */
  public String id() {
    return workspace.workspaceId().orElseThrow();
  }

  /** Returns the WorkSpace's state. */
  public WorkspaceState state() {
    return workspace.state().orElseThrow();
  }

  /** Returns the running mode (AUTO_STOP when none was set, as the service defaults). */
  public RunningMode runningMode() {
    return workspace.workspaceProperties().flatMap(WorkspaceProperties::runningMode)
        .orElse(RunningMode.AUTO_STOP);
  }

  /** Returns a copy with another API value. */
  public WorkspaceEntry withWorkspace(Workspace next) {
    return new WorkspaceEntry(next, pendingStep, rebuildSnapshots, restoreSnapshots, lastUserConnection, imageId);
  }

  /** Returns a copy in {@code state}, with other members unchanged. */
  public WorkspaceEntry withState(WorkspaceState state) {
    return withWorkspace(workspace.toBuilder().state(state).build());
  }

  /** Returns a copy whose pending step is {@code step}. */
  public WorkspaceEntry withPendingStep(Optional<TimelineKey> step) {
    return new WorkspaceEntry(workspace, step, rebuildSnapshots, restoreSnapshots, lastUserConnection, imageId);
  }

  /** Returns a copy that runs image {@code image}. */
  public WorkspaceEntry withImageId(Optional<String> image) {
    return new WorkspaceEntry(workspace, pendingStep, rebuildSnapshots, restoreSnapshots, lastUserConnection, image);
  }

  /** Returns a copy that remembers a snapshot taken at {@code time} for rebuild and restore. */
  public WorkspaceEntry withSnapshot(Instant time) {
    return new WorkspaceEntry(workspace, pendingStep, append(rebuildSnapshots, time),
        append(restoreSnapshots, time), lastUserConnection, imageId);
  }

  /** Keeps the newest {@link #MAX_SNAPSHOTS} snapshots, so an entry's size stays bounded. */
  private static ImmutableList<Instant> append(ImmutableList<Instant> list, Instant time) {
    int from = Math.max(0, list.size() + 1 - MAX_SNAPSHOTS);
    return ImmutableList.<Instant>builder().addAll(list.subList(from, list.size())).add(time).build();
  }

  /** How many snapshots of each kind a WorkSpace keeps. */
  public static final int MAX_SNAPSHOTS = 5;
}

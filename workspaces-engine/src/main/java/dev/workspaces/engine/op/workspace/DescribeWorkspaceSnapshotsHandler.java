package dev.workspaces.engine.op.workspace;

import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.WorkspaceRequestRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.Snapshot;
import dev.workspaces.model.request.DescribeWorkspaceSnapshotsRequest;
import dev.workspaces.model.response.DescribeWorkspaceSnapshotsResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * DescribeWorkspaceSnapshots: the snapshots rebuild and restore would use, newest first. The engine
 * takes one each time a WorkSpace settles in AVAILABLE or STOPPED. An unknown WorkSpace is refused
 * by row {@link WorkspaceRequestRule#WORKSPACE_EXISTS}.
 */
final class DescribeWorkspaceSnapshotsHandler implements Handler<DescribeWorkspaceSnapshotsRequest> {
  @Override
  public Outcome handle(State state, Scope scope, DescribeWorkspaceSnapshotsRequest request) {
    String id = request.workspaceId().orElseThrow();
    WorkspaceEntry entry = state.scope(scope).get(Kinds.WORKSPACES).entries().get(id);
    Optional<RuleRefusal> missing =
        RuleRefusal.missing(Optional.ofNullable(entry), WorkspaceRequestRule.WORKSPACE_EXISTS, "WorkSpace", id);
    if (missing.isPresent()) {
      return missing.get().outcome(state);
    }
    return Outcome.success(state, DescribeWorkspaceSnapshotsResult.builder()
        .rebuildSnapshots(snapshots(entry.rebuildSnapshots()))
        .restoreSnapshots(snapshots(entry.restoreSnapshots()))
        .build());
  }

  private static List<Snapshot> snapshots(List<Instant> times) {
    return ImmutableList.copyOf(times).reverse().stream()
        .map(time -> Snapshot.builder().snapshotTime(time).build()).toList();
  }
}

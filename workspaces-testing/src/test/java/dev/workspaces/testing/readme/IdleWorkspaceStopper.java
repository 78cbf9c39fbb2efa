package dev.workspaces.testing.readme;

import dev.workspaces.model.ConnectionState;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.StopRequest;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceConnectionStatus;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.WorkspacesApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Example client code under test: stops every AVAILABLE AutoStop WorkSpace nobody is connected to.
 * It talks to any {@link WorkspacesApi}: the fake in tests, a real client in production. It reads
 * every page of DescribeWorkspaces and asks for connection states and stops 25 WorkSpaces at a time,
 * the most one call takes.
 */
public final class IdleWorkspaceStopper {
  private static final int PER_CALL = 25;

  private final WorkspacesApi workspaces;

  public IdleWorkspaceStopper(WorkspacesApi workspaces) {
    this.workspaces = workspaces;
  }

  /** Stops the idle AutoStop WorkSpaces and returns their ids. */
  public List<String> stopIdle() {
    List<String> idle = describeAll().stream()
        .filter(w -> w.state().orElse(null) == WorkspaceState.AVAILABLE)
        .filter(w -> w.workspaceProperties().flatMap(WorkspaceProperties::runningMode).orElse(null) == RunningMode.AUTO_STOP)
        .map(w -> w.workspaceId().orElseThrow())
        .sorted()
        .toList();
    List<String> disconnected = new ArrayList<>();
    for (List<String> ids : batches(idle)) {
      workspaces.describeWorkspacesConnectionStatus(r -> r.workspaceIds(ids)).workspacesConnectionStatus().stream()
          .filter(s -> s.connectionState().orElse(null) == ConnectionState.DISCONNECTED)
          .map(WorkspaceConnectionStatus::workspaceId).flatMap(Optional::stream)
          .forEach(disconnected::add);
    }
    for (List<String> ids : batches(disconnected)) {
      workspaces.stopWorkspaces(r -> ids.forEach(id -> r.addStopWorkspaceRequest(StopRequest.builder().workspaceId(id).build())));
    }
    return disconnected;
  }

  private List<Workspace> describeAll() {
    List<Workspace> all = new ArrayList<>();
    Optional<String> token = Optional.empty();
    do {
      Optional<String> page = token;
      var result = workspaces.describeWorkspaces(r -> r.nextToken(page));
      all.addAll(result.workspaces());
      token = result.nextToken();
    } while (token.isPresent());
    return all;
  }

  private static List<List<String>> batches(List<String> ids) {
    List<List<String>> batches = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += PER_CALL) {
      batches.add(ids.subList(from, Math.min(ids.size(), from + PER_CALL)));
    }
    return batches;
  }
}

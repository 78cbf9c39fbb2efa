package dev.workspaces.testing.readme;

import dev.workspaces.model.ConnectionState;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.StopRequest;
import dev.workspaces.model.Workspace;
import dev.workspaces.model.WorkspaceConnectionStatus;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.WorkspacesApi;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Example client code under test: stops every AVAILABLE AutoStop WorkSpace nobody is connected to.
 * It talks to any {@link WorkspacesApi}: the fake in tests, a real client in production.
 */
public final class IdleWorkspaceStopper {
  private final WorkspacesApi workspaces;

  public IdleWorkspaceStopper(WorkspacesApi workspaces) {
    this.workspaces = workspaces;
  }

  /** Stops the idle AutoStop WorkSpaces and returns their ids. */
  public List<String> stopIdle() {
    List<Workspace> all = describeAll();
    Set<String> idle = all.stream()
        .filter(w -> w.state().orElse(null) == WorkspaceState.AVAILABLE)
        .filter(w -> w.workspaceProperties().flatMap(WorkspaceProperties::runningMode).orElse(null) == RunningMode.AUTO_STOP)
        .map(w -> w.workspaceId().orElseThrow())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    List<String> disconnected = idle.isEmpty() ? List.of() : workspaces.describeWorkspacesConnectionStatus(r -> r
            .workspaceIds(List.copyOf(idle).subList(0, Math.min(25, idle.size()))))
        .workspacesConnectionStatus().stream()
        .filter(s -> s.connectionState().orElse(null) == ConnectionState.DISCONNECTED)
        .map(WorkspaceConnectionStatus::workspaceId).flatMap(Optional::stream).toList();
    if (!disconnected.isEmpty()) {
      workspaces.stopWorkspaces(r -> disconnected.forEach(id ->
          r.addStopWorkspaceRequest(StopRequest.builder().workspaceId(id).build())));
    }
    return disconnected;
  }

  private List<Workspace> describeAll() {
    List<Workspace> all = new java.util.ArrayList<>();
    Optional<String> token = Optional.empty();
    do {
      Optional<String> page = token;
      var result = workspaces.describeWorkspaces(r -> r.nextToken(page));
      all.addAll(result.workspaces());
      token = result.nextToken();
    } while (token.isPresent());
    return all;
  }
}

package com.example.paging;

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

/**
 * A stopper with a paging bug: it reads only the first page of DescribeWorkspaces (25 WorkSpaces),
 * so an idle WorkSpace past the first page is never stopped. {@link FirstPageStopperProperty}
 * catches it.
 */
final class FirstPageIdleStopper {
  private final WorkspacesApi workspaces;

  FirstPageIdleStopper(WorkspacesApi workspaces) {
    this.workspaces = workspaces;
  }

  /** Stops the idle AutoStop WorkSpaces of the first page and returns their ids. */
  List<String> stopIdle() {
    List<String> idle = workspaces.describeWorkspaces(r -> {}).workspaces().stream()
        .filter(w -> w.state().orElse(null) == WorkspaceState.AVAILABLE)
        .filter(w -> w.workspaceProperties().flatMap(WorkspaceProperties::runningMode).orElse(null) == RunningMode.AUTO_STOP)
        .map(Workspace::workspaceId).flatMap(Optional::stream).toList();
    List<String> disconnected = idle.isEmpty() ? List.of()
        : workspaces.describeWorkspacesConnectionStatus(r -> r.workspaceIds(idle)).workspacesConnectionStatus().stream()
            .filter(s -> s.connectionState().orElse(null) == ConnectionState.DISCONNECTED)
            .map(WorkspaceConnectionStatus::workspaceId).flatMap(Optional::stream).toList();
    if (!disconnected.isEmpty()) {
      workspaces.stopWorkspaces(r -> disconnected.forEach(id ->
          r.addStopWorkspaceRequest(StopRequest.builder().workspaceId(id).build())));
    }
    return disconnected;
  }
}

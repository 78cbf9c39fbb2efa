package com.example.janitor;

import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.TerminateRequest;
import software.amazon.awssdk.services.workspaces.model.Workspace;

/** Terminates the WorkSpaces of users who left, reading every page of DescribeWorkspaces. */
public final class LeaverJanitor {
  private final WorkSpacesClient workspaces;

  public LeaverJanitor(WorkSpacesClient workspaces) {
    this.workspaces = workspaces;
  }

  /** Terminates the WorkSpaces of {@code leavers}; returns their ids. */
  public List<String> terminate(Set<String> leavers) {
    List<String> ids = workspaces.describeWorkspacesPaginator(r -> { }).workspaces().stream()
        .filter(workspace -> leavers.contains(workspace.userName()))
        .map(Workspace::workspaceId)
        .toList();
    if (!ids.isEmpty()) {
      workspaces.terminateWorkspaces(r -> r.terminateWorkspaceRequests(
          ids.stream().map(id -> TerminateRequest.builder().workspaceId(id).build()).toList()));
    }
    return ids;
  }
}

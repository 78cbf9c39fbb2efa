package dev.workspaces.engine.op;

import dev.workspaces.engine.Kinds;
import dev.workspaces.engine.StateEditor;
import dev.workspaces.engine.WorkspaceEntry;
import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.model.Operation;
import dev.workspaces.model.RebootRequest;
import dev.workspaces.model.RebuildRequest;
import dev.workspaces.model.StartRequest;
import dev.workspaces.model.StopRequest;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.DeleteTagsRequest;
import dev.workspaces.model.request.DescribeTagsRequest;
import dev.workspaces.model.request.DescribeWorkspaceSnapshotsRequest;
import dev.workspaces.model.request.DescribeWorkspacesConnectionStatusRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.request.MigrateWorkspaceRequest;
import dev.workspaces.model.request.ModifyWorkspacePropertiesRequest;
import dev.workspaces.model.request.ModifyWorkspaceStateRequest;
import dev.workspaces.model.request.RebootWorkspacesRequest;
import dev.workspaces.model.request.RebuildWorkspacesRequest;
import dev.workspaces.model.request.RestoreWorkspaceRequest;
import dev.workspaces.model.request.StartWorkspacesRequest;
import dev.workspaces.model.request.StopWorkspacesRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import dev.workspaces.model.response.RebootWorkspacesResult;
import dev.workspaces.model.response.RebuildWorkspacesResult;
import dev.workspaces.model.response.StartWorkspacesResult;
import dev.workspaces.model.response.StopWorkspacesResult;
import dev.workspaces.model.response.TerminateWorkspacesResult;
import java.util.Optional;

/** Registers the handlers of the WorkSpace lifecycle and of tags; a rebuild restores the bundle's current image. */
final class WorkspaceHandlers {
  private WorkspaceHandlers() {}

  static void register(Handlers.Registrar registrar) {
    registrar.add(Operation.REBOOT_WORKSPACES, RebootWorkspacesRequest.class, new WorkspaceBatch<>(
        WorkspaceRule.REBOOT,
        r -> r.rebootWorkspaceRequests().stream().map(RebootRequest::workspaceId).toList(),
        failed -> RebootWorkspacesResult.builder().failedRequests(failed).build(),
        WorkspaceHandlers::nothingMore));
    registrar.add(Operation.REBUILD_WORKSPACES, RebuildWorkspacesRequest.class, new WorkspaceBatch<>(
        WorkspaceRule.REBUILD,
        r -> r.rebuildWorkspaceRequests().stream().map(RebuildRequest::workspaceId).toList(),
        failed -> RebuildWorkspacesResult.builder().failedRequests(failed).build(),
        WorkspaceHandlers::restoreBundleImage));
    registrar.add(Operation.START_WORKSPACES, StartWorkspacesRequest.class, new WorkspaceBatch<>(
        WorkspaceRule.START,
        r -> r.startWorkspaceRequests().stream().map(StartRequest::workspaceId).toList(),
        failed -> StartWorkspacesResult.builder().failedRequests(failed).build(),
        WorkspaceHandlers::nothingMore));
    registrar.add(Operation.STOP_WORKSPACES, StopWorkspacesRequest.class, new WorkspaceBatch<>(
        WorkspaceRule.STOP,
        r -> r.stopWorkspaceRequests().stream().map(StopRequest::workspaceId).toList(),
        failed -> StopWorkspacesResult.builder().failedRequests(failed).build(),
        WorkspaceHandlers::nothingMore));
    registrar.add(Operation.TERMINATE_WORKSPACES, TerminateWorkspacesRequest.class, new WorkspaceBatch<>(
        WorkspaceRule.TERMINATE,
        r -> r.terminateWorkspaceRequests().stream().map(TerminateRequest::workspaceId).toList(),
        failed -> TerminateWorkspacesResult.builder().failedRequests(failed).build(),
        WorkspaceHandlers::releaseUser));
    registrar.add(Operation.CREATE_WORKSPACES, CreateWorkspacesRequest.class, new CreateWorkspacesHandler());
    registrar.add(Operation.DESCRIBE_WORKSPACES, DescribeWorkspacesRequest.class, new DescribeWorkspacesHandler());
    registrar.add(Operation.RESTORE_WORKSPACE, RestoreWorkspaceRequest.class, new RestoreWorkspaceHandler());
    registrar.add(Operation.MODIFY_WORKSPACE_STATE, ModifyWorkspaceStateRequest.class,
        new ModifyWorkspaceStateHandler());
    registrar.add(Operation.MODIFY_WORKSPACE_PROPERTIES, ModifyWorkspacePropertiesRequest.class,
        new ModifyWorkspacePropertiesHandler());
    registrar.add(Operation.MIGRATE_WORKSPACE, MigrateWorkspaceRequest.class, new MigrateWorkspaceHandler());
    registrar.add(Operation.DESCRIBE_WORKSPACES_CONNECTION_STATUS,
        DescribeWorkspacesConnectionStatusRequest.class, new DescribeConnectionStatusHandler());
    registrar.add(Operation.DESCRIBE_WORKSPACE_SNAPSHOTS, DescribeWorkspaceSnapshotsRequest.class,
        new DescribeWorkspaceSnapshotsHandler());
    registrar.add(Operation.CREATE_TAGS, CreateTagsRequest.class, TagHandlers::createTags);
    registrar.add(Operation.DELETE_TAGS, DeleteTagsRequest.class, TagHandlers::deleteTags);
    registrar.add(Operation.DESCRIBE_TAGS, DescribeTagsRequest.class, TagHandlers::describeTags);
  }

  private static void nothingMore(StateEditor editor, WorkspaceEntry moved) {}

  /**
   * A rebuilt WorkSpace runs its bundle's current image: an UpdateWorkspaceBundle since it was
   * created reaches it now. It keeps its image when the bundle has none to give.
   */
  static void restoreBundleImage(StateEditor editor, WorkspaceEntry moved) {
    Optional<String> image = Bundles.find(editor, moved.details().bundleId().orElse(""))
        .flatMap(WorkspaceBundle::imageId);
    if (image.isPresent()) {
      editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.plus(moved.withImageId(image)));
    }
  }

  /** A terminated WorkSpace no longer holds its user: the user may be given a new WorkSpace. */
  static void releaseUser(StateEditor editor, WorkspaceEntry moved) {
    editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.released(moved));
  }
}

package dev.workspaces.engine.op;

import dev.workspaces.model.Operation;
import dev.workspaces.model.request.CopyWorkspaceImageRequest;
import dev.workspaces.model.request.CreateUpdatedWorkspaceImageRequest;
import dev.workspaces.model.request.CreateWorkspaceBundleRequest;
import dev.workspaces.model.request.CreateWorkspaceImageRequest;
import dev.workspaces.model.request.DeleteWorkspaceBundleRequest;
import dev.workspaces.model.request.DeleteWorkspaceImageRequest;
import dev.workspaces.model.request.DescribeCustomWorkspaceImageImportRequest;
import dev.workspaces.model.request.DescribeWorkspaceImagePermissionsRequest;
import dev.workspaces.model.request.DescribeWorkspaceImagesRequest;
import dev.workspaces.model.request.ImportCustomWorkspaceImageRequest;
import dev.workspaces.model.request.ImportWorkspaceImageRequest;
import dev.workspaces.model.request.UpdateWorkspaceBundleRequest;
import dev.workspaces.model.request.UpdateWorkspaceImagePermissionRequest;

/** Registers the handlers of images, image sharing and the account's own bundles. */
final class ImageHandlers {
  private ImageHandlers() {}

  static void register(Handlers.Registrar registrar) {
    registrar.add(Operation.CREATE_WORKSPACE_IMAGE, CreateWorkspaceImageRequest.class,
        new CreateWorkspaceImageHandler());
    registrar.add(Operation.CREATE_UPDATED_WORKSPACE_IMAGE, CreateUpdatedWorkspaceImageRequest.class,
        new CreateUpdatedWorkspaceImageHandler());
    registrar.add(Operation.COPY_WORKSPACE_IMAGE, CopyWorkspaceImageRequest.class, new CopyWorkspaceImageHandler());
    registrar.add(Operation.IMPORT_WORKSPACE_IMAGE, ImportWorkspaceImageRequest.class,
        new ImportWorkspaceImageHandler());
    registrar.add(Operation.IMPORT_CUSTOM_WORKSPACE_IMAGE, ImportCustomWorkspaceImageRequest.class,
        new ImportCustomWorkspaceImageHandler());
    registrar.add(Operation.DESCRIBE_CUSTOM_WORKSPACE_IMAGE_IMPORT, DescribeCustomWorkspaceImageImportRequest.class,
        new DescribeCustomWorkspaceImageImportHandler());
    registrar.add(Operation.DESCRIBE_WORKSPACE_IMAGES, DescribeWorkspaceImagesRequest.class,
        new DescribeWorkspaceImagesHandler());
    registrar.add(Operation.DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS, DescribeWorkspaceImagePermissionsRequest.class,
        new DescribeWorkspaceImagePermissionsHandler());
    registrar.add(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION, UpdateWorkspaceImagePermissionRequest.class,
        new UpdateWorkspaceImagePermissionHandler());
    registrar.add(Operation.DELETE_WORKSPACE_IMAGE, DeleteWorkspaceImageRequest.class,
        new DeleteWorkspaceImageHandler());
    registrar.add(Operation.CREATE_WORKSPACE_BUNDLE, CreateWorkspaceBundleRequest.class,
        new CreateWorkspaceBundleHandler());
    registrar.add(Operation.UPDATE_WORKSPACE_BUNDLE, UpdateWorkspaceBundleRequest.class,
        new UpdateWorkspaceBundleHandler());
    registrar.add(Operation.DELETE_WORKSPACE_BUNDLE, DeleteWorkspaceBundleRequest.class,
        new DeleteWorkspaceBundleHandler());
  }
}

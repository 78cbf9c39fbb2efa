package dev.workspaces.engine.op.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.Sets;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.op.Call;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesOperations;
import dev.workspaces.model.request.CopyWorkspaceImageRequest;
import dev.workspaces.model.request.CreateUpdatedWorkspaceImageRequest;
import dev.workspaces.model.request.CreateWorkspaceImageRequest;
import dev.workspaces.model.request.DeleteWorkspaceImageRequest;
import dev.workspaces.model.request.DescribeCustomWorkspaceImageImportRequest;
import dev.workspaces.model.request.DescribeWorkspaceImagePermissionsRequest;
import dev.workspaces.model.request.DescribeWorkspaceImagesRequest;
import dev.workspaces.model.request.ImportCustomWorkspaceImageRequest;
import dev.workspaces.model.request.ImportWorkspaceImageRequest;
import dev.workspaces.model.request.UpdateWorkspaceImagePermissionRequest;
import java.util.Set;
import org.apiguardian.api.API;

/** The image operations: creation, copy, import, sharing, queries and deletion. */
@API(status = INTERNAL)
public interface SimulatedImages extends WorkspacesOperations<Call, Outcome> {

  /** Returns the operations this interface overrides. */
  static Set<Operation> operations() {
    return Sets.immutableEnumSet(
        Operation.COPY_WORKSPACE_IMAGE,
        Operation.CREATE_UPDATED_WORKSPACE_IMAGE,
        Operation.CREATE_WORKSPACE_IMAGE,
        Operation.DELETE_WORKSPACE_IMAGE,
        Operation.DESCRIBE_CUSTOM_WORKSPACE_IMAGE_IMPORT,
        Operation.DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS,
        Operation.DESCRIBE_WORKSPACE_IMAGES,
        Operation.IMPORT_CUSTOM_WORKSPACE_IMAGE,
        Operation.IMPORT_WORKSPACE_IMAGE,
        Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION);
  }

  @Override
  default Outcome copyWorkspaceImage(Call call, CopyWorkspaceImageRequest request) {
    return call.run(new CopyWorkspaceImageHandler(), request);
  }

  @Override
  default Outcome createUpdatedWorkspaceImage(Call call, CreateUpdatedWorkspaceImageRequest request) {
    return call.run(new CreateUpdatedWorkspaceImageHandler(), request);
  }

  @Override
  default Outcome createWorkspaceImage(Call call, CreateWorkspaceImageRequest request) {
    return call.run(new CreateWorkspaceImageHandler(), request);
  }

  @Override
  default Outcome deleteWorkspaceImage(Call call, DeleteWorkspaceImageRequest request) {
    return call.run(new DeleteWorkspaceImageHandler(), request);
  }

  @Override
  default Outcome describeCustomWorkspaceImageImport(Call call, DescribeCustomWorkspaceImageImportRequest request) {
    return call.run(new DescribeCustomWorkspaceImageImportHandler(), request);
  }

  @Override
  default Outcome describeWorkspaceImagePermissions(Call call, DescribeWorkspaceImagePermissionsRequest request) {
    return call.run(new DescribeWorkspaceImagePermissionsHandler(), request);
  }

  @Override
  default Outcome describeWorkspaceImages(Call call, DescribeWorkspaceImagesRequest request) {
    return call.run(new DescribeWorkspaceImagesHandler(), request);
  }

  @Override
  default Outcome importCustomWorkspaceImage(Call call, ImportCustomWorkspaceImageRequest request) {
    return call.run(new ImportCustomWorkspaceImageHandler(), request);
  }

  @Override
  default Outcome importWorkspaceImage(Call call, ImportWorkspaceImageRequest request) {
    return call.run(new ImportWorkspaceImageHandler(), request);
  }

  @Override
  default Outcome updateWorkspaceImagePermission(Call call, UpdateWorkspaceImagePermissionRequest request) {
    return call.run(new UpdateWorkspaceImagePermissionHandler(), request);
  }
}

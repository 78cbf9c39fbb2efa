package dev.workspaces.engine.op.directory;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.Sets;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.op.Call;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesOperations;
import dev.workspaces.model.request.DeregisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.DescribeClientPropertiesRequest;
import dev.workspaces.model.request.DescribeWorkspaceDirectoriesRequest;
import dev.workspaces.model.request.ModifyClientPropertiesRequest;
import dev.workspaces.model.request.ModifySelfservicePermissionsRequest;
import dev.workspaces.model.request.ModifyWorkspaceAccessPropertiesRequest;
import dev.workspaces.model.request.ModifyWorkspaceCreationPropertiesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import java.util.Set;
import org.apiguardian.api.API;

/** The directory operations: registration, the directory's WorkSpace settings and its client properties. */
@API(status = INTERNAL)
public interface SimulatedDirectories extends WorkspacesOperations<Call, Outcome> {

  /** Returns the operations this interface overrides. */
  static Set<Operation> operations() {
    return Sets.immutableEnumSet(
        Operation.DEREGISTER_WORKSPACE_DIRECTORY,
        Operation.DESCRIBE_CLIENT_PROPERTIES,
        Operation.DESCRIBE_WORKSPACE_DIRECTORIES,
        Operation.MODIFY_CLIENT_PROPERTIES,
        Operation.MODIFY_SELFSERVICE_PERMISSIONS,
        Operation.MODIFY_WORKSPACE_ACCESS_PROPERTIES,
        Operation.MODIFY_WORKSPACE_CREATION_PROPERTIES,
        Operation.REGISTER_WORKSPACE_DIRECTORY);
  }

  @Override
  default Outcome deregisterWorkspaceDirectory(Call call, DeregisterWorkspaceDirectoryRequest request) {
    return call.run(new DeregisterWorkspaceDirectoryHandler(), request);
  }

  @Override
  default Outcome describeClientProperties(Call call, DescribeClientPropertiesRequest request) {
    return call.run(new DescribeClientPropertiesHandler(), request);
  }

  @Override
  default Outcome describeWorkspaceDirectories(Call call, DescribeWorkspaceDirectoriesRequest request) {
    return call.run(new DescribeWorkspaceDirectoriesHandler(), request);
  }

  @Override
  default Outcome modifyClientProperties(Call call, ModifyClientPropertiesRequest request) {
    return call.run(new ModifyClientPropertiesHandler(), request);
  }

  @Override
  default Outcome modifySelfservicePermissions(Call call, ModifySelfservicePermissionsRequest request) {
    return call.run(new ModifySelfservicePermissionsHandler(), request);
  }

  @Override
  default Outcome modifyWorkspaceAccessProperties(Call call, ModifyWorkspaceAccessPropertiesRequest request) {
    return call.run(new ModifyWorkspaceAccessPropertiesHandler(), request);
  }

  @Override
  default Outcome modifyWorkspaceCreationProperties(Call call, ModifyWorkspaceCreationPropertiesRequest request) {
    return call.run(new ModifyWorkspaceCreationPropertiesHandler(), request);
  }

  @Override
  default Outcome registerWorkspaceDirectory(Call call, RegisterWorkspaceDirectoryRequest request) {
    return call.run(new RegisterWorkspaceDirectoryHandler(), request);
  }
}

package dev.workspaces.engine.op;

import dev.workspaces.model.Operation;
import dev.workspaces.model.request.DeregisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.DescribeClientPropertiesRequest;
import dev.workspaces.model.request.DescribeWorkspaceBundlesRequest;
import dev.workspaces.model.request.DescribeWorkspaceDirectoriesRequest;
import dev.workspaces.model.request.ModifyClientPropertiesRequest;
import dev.workspaces.model.request.ModifySelfservicePermissionsRequest;
import dev.workspaces.model.request.ModifyWorkspaceAccessPropertiesRequest;
import dev.workspaces.model.request.ModifyWorkspaceCreationPropertiesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;

/** Registers the handlers of directories, client properties and bundle queries. */
final class DirectoryHandlers {
  private DirectoryHandlers() {}

  static void register(Handlers.Registrar registrar) {
    registrar.add(Operation.REGISTER_WORKSPACE_DIRECTORY, RegisterWorkspaceDirectoryRequest.class,
        new RegisterWorkspaceDirectoryHandler());
    registrar.add(Operation.DEREGISTER_WORKSPACE_DIRECTORY, DeregisterWorkspaceDirectoryRequest.class,
        new DeregisterWorkspaceDirectoryHandler());
    registrar.add(Operation.DESCRIBE_WORKSPACE_DIRECTORIES, DescribeWorkspaceDirectoriesRequest.class,
        new DirectoryDescribeHandler());
    registrar.add(Operation.MODIFY_WORKSPACE_CREATION_PROPERTIES, ModifyWorkspaceCreationPropertiesRequest.class,
        new ModifyWorkspaceCreationPropertiesHandler());
    registrar.add(Operation.MODIFY_SELFSERVICE_PERMISSIONS, ModifySelfservicePermissionsRequest.class,
        new ModifySelfservicePermissionsHandler());
    registrar.add(Operation.MODIFY_WORKSPACE_ACCESS_PROPERTIES, ModifyWorkspaceAccessPropertiesRequest.class,
        new ModifyWorkspaceAccessPropertiesHandler());
    registrar.add(Operation.DESCRIBE_CLIENT_PROPERTIES, DescribeClientPropertiesRequest.class,
        new ClientPropertiesDescribeHandler());
    registrar.add(Operation.MODIFY_CLIENT_PROPERTIES, ModifyClientPropertiesRequest.class,
        new ModifyClientPropertiesHandler());
    registrar.add(Operation.DESCRIBE_WORKSPACE_BUNDLES, DescribeWorkspaceBundlesRequest.class,
        new BundleDescribeHandler());
  }
}

package dev.workspaces.engine.op.workspace;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.Sets;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.op.Call;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesOperations;
import dev.workspaces.model.request.CreateWorkspacesRequest;
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
import java.util.Set;
import org.apiguardian.api.API;

/** The WorkSpace operations: creation, the lifecycle batches, properties, queries, restore and migration. */
@API(status = INTERNAL)
public interface SimulatedWorkspaces extends WorkspacesOperations<Call, Outcome> {

  /** Returns the operations this interface overrides. */
  static Set<Operation> operations() {
    return Sets.immutableEnumSet(
        Operation.CREATE_WORKSPACES,
        Operation.DESCRIBE_WORKSPACES,
        Operation.DESCRIBE_WORKSPACES_CONNECTION_STATUS,
        Operation.DESCRIBE_WORKSPACE_SNAPSHOTS,
        Operation.MIGRATE_WORKSPACE,
        Operation.MODIFY_WORKSPACE_PROPERTIES,
        Operation.MODIFY_WORKSPACE_STATE,
        Operation.REBOOT_WORKSPACES,
        Operation.REBUILD_WORKSPACES,
        Operation.RESTORE_WORKSPACE,
        Operation.START_WORKSPACES,
        Operation.STOP_WORKSPACES,
        Operation.TERMINATE_WORKSPACES);
  }

  @Override
  default Outcome createWorkspaces(Call call, CreateWorkspacesRequest request) {
    return call.run(new CreateWorkspacesHandler(), request);
  }

  @Override
  default Outcome describeWorkspaces(Call call, DescribeWorkspacesRequest request) {
    return call.run(new DescribeWorkspacesHandler(), request);
  }

  @Override
  default Outcome describeWorkspacesConnectionStatus(Call call, DescribeWorkspacesConnectionStatusRequest request) {
    return call.run(new DescribeWorkspacesConnectionStatusHandler(), request);
  }

  @Override
  default Outcome describeWorkspaceSnapshots(Call call, DescribeWorkspaceSnapshotsRequest request) {
    return call.run(new DescribeWorkspaceSnapshotsHandler(), request);
  }

  @Override
  default Outcome migrateWorkspace(Call call, MigrateWorkspaceRequest request) {
    return call.run(new MigrateWorkspaceHandler(), request);
  }

  @Override
  default Outcome modifyWorkspaceProperties(Call call, ModifyWorkspacePropertiesRequest request) {
    return call.run(new ModifyWorkspacePropertiesHandler(), request);
  }

  @Override
  default Outcome modifyWorkspaceState(Call call, ModifyWorkspaceStateRequest request) {
    return call.run(new ModifyWorkspaceStateHandler(), request);
  }

  @Override
  default Outcome rebootWorkspaces(Call call, RebootWorkspacesRequest request) {
    return call.run(new RebootWorkspacesHandler(), request);
  }

  @Override
  default Outcome rebuildWorkspaces(Call call, RebuildWorkspacesRequest request) {
    return call.run(new RebuildWorkspacesHandler(), request);
  }

  @Override
  default Outcome restoreWorkspace(Call call, RestoreWorkspaceRequest request) {
    return call.run(new RestoreWorkspaceHandler(), request);
  }

  @Override
  default Outcome startWorkspaces(Call call, StartWorkspacesRequest request) {
    return call.run(new StartWorkspacesHandler(), request);
  }

  @Override
  default Outcome stopWorkspaces(Call call, StopWorkspacesRequest request) {
    return call.run(new StopWorkspacesHandler(), request);
  }

  @Override
  default Outcome terminateWorkspaces(Call call, TerminateWorkspacesRequest request) {
    return call.run(new TerminateWorkspacesHandler(), request);
  }
}

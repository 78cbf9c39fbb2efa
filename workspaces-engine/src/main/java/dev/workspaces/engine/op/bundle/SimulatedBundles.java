package dev.workspaces.engine.op.bundle;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.Sets;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.op.Call;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesOperations;
import dev.workspaces.model.request.CreateWorkspaceBundleRequest;
import dev.workspaces.model.request.DeleteWorkspaceBundleRequest;
import dev.workspaces.model.request.DescribeWorkspaceBundlesRequest;
import dev.workspaces.model.request.UpdateWorkspaceBundleRequest;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The bundle operations: describing the Amazon and account bundles, and creating, updating and
 * deleting the account's own.
 */
@API(status = INTERNAL)
public interface SimulatedBundles extends WorkspacesOperations<Call, Outcome> {

  /** Returns the operations this interface overrides. */
  static Set<Operation> operations() {
    return Sets.immutableEnumSet(
        Operation.CREATE_WORKSPACE_BUNDLE,
        Operation.DELETE_WORKSPACE_BUNDLE,
        Operation.DESCRIBE_WORKSPACE_BUNDLES,
        Operation.UPDATE_WORKSPACE_BUNDLE);
  }

  @Override
  default Outcome createWorkspaceBundle(Call call, CreateWorkspaceBundleRequest request) {
    return call.run(new CreateWorkspaceBundleHandler(), request);
  }

  @Override
  default Outcome deleteWorkspaceBundle(Call call, DeleteWorkspaceBundleRequest request) {
    return call.run(new DeleteWorkspaceBundleHandler(), request);
  }

  @Override
  default Outcome describeWorkspaceBundles(Call call, DescribeWorkspaceBundlesRequest request) {
    return call.run(new DescribeWorkspaceBundlesHandler(), request);
  }

  @Override
  default Outcome updateWorkspaceBundle(Call call, UpdateWorkspaceBundleRequest request) {
    return call.run(new UpdateWorkspaceBundleHandler(), request);
  }
}

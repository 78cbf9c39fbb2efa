package dev.workspaces.engine.op.alias;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.Sets;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.op.Call;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesOperations;
import dev.workspaces.model.request.AssociateConnectionAliasRequest;
import dev.workspaces.model.request.CreateConnectionAliasRequest;
import dev.workspaces.model.request.DeleteConnectionAliasRequest;
import dev.workspaces.model.request.DescribeConnectionAliasPermissionsRequest;
import dev.workspaces.model.request.DescribeConnectionAliasesRequest;
import dev.workspaces.model.request.DisassociateConnectionAliasRequest;
import dev.workspaces.model.request.UpdateConnectionAliasPermissionRequest;
import java.util.Set;
import org.apiguardian.api.API;

/** The connection alias operations (cross-Region redirection): aliases, their associations with directories, and their sharing. */
@API(status = INTERNAL)
public interface SimulatedConnectionAliases extends WorkspacesOperations<Call, Outcome> {

  /** Returns the operations this interface overrides. */
  static Set<Operation> operations() {
    return Sets.immutableEnumSet(
        Operation.ASSOCIATE_CONNECTION_ALIAS,
        Operation.CREATE_CONNECTION_ALIAS,
        Operation.DELETE_CONNECTION_ALIAS,
        Operation.DESCRIBE_CONNECTION_ALIAS_PERMISSIONS,
        Operation.DESCRIBE_CONNECTION_ALIASES,
        Operation.DISASSOCIATE_CONNECTION_ALIAS,
        Operation.UPDATE_CONNECTION_ALIAS_PERMISSION);
  }

  @Override
  default Outcome associateConnectionAlias(Call call, AssociateConnectionAliasRequest request) {
    return call.run(new AssociateConnectionAliasHandler(), request);
  }

  @Override
  default Outcome createConnectionAlias(Call call, CreateConnectionAliasRequest request) {
    return call.run(new CreateConnectionAliasHandler(), request);
  }

  @Override
  default Outcome deleteConnectionAlias(Call call, DeleteConnectionAliasRequest request) {
    return call.run(new DeleteConnectionAliasHandler(), request);
  }

  @Override
  default Outcome describeConnectionAliasPermissions(Call call, DescribeConnectionAliasPermissionsRequest request) {
    return call.run(new DescribeConnectionAliasPermissionsHandler(), request);
  }

  @Override
  default Outcome describeConnectionAliases(Call call, DescribeConnectionAliasesRequest request) {
    return call.run(new DescribeConnectionAliasesHandler(), request);
  }

  @Override
  default Outcome disassociateConnectionAlias(Call call, DisassociateConnectionAliasRequest request) {
    return call.run(new DisassociateConnectionAliasHandler(), request);
  }

  @Override
  default Outcome updateConnectionAliasPermission(Call call, UpdateConnectionAliasPermissionRequest request) {
    return call.run(new UpdateConnectionAliasPermissionHandler(), request);
  }
}

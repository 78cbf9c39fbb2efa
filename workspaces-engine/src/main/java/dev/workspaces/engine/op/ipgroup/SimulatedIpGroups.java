package dev.workspaces.engine.op.ipgroup;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.Sets;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.op.Call;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesOperations;
import dev.workspaces.model.request.AssociateIpGroupsRequest;
import dev.workspaces.model.request.AuthorizeIpRulesRequest;
import dev.workspaces.model.request.CreateIpGroupRequest;
import dev.workspaces.model.request.DeleteIpGroupRequest;
import dev.workspaces.model.request.DescribeIpGroupsRequest;
import dev.workspaces.model.request.DisassociateIpGroupsRequest;
import dev.workspaces.model.request.RevokeIpRulesRequest;
import dev.workspaces.model.request.UpdateRulesOfIpGroupRequest;
import java.util.Set;
import org.apiguardian.api.API;

/** The IP access control group operations: groups, their rules, and their association with directories. */
@API(status = INTERNAL)
public interface SimulatedIpGroups extends WorkspacesOperations<Call, Outcome> {

  /** Returns the operations this interface overrides. */
  static Set<Operation> operations() {
    return Sets.immutableEnumSet(
        Operation.ASSOCIATE_IP_GROUPS,
        Operation.AUTHORIZE_IP_RULES,
        Operation.CREATE_IP_GROUP,
        Operation.DELETE_IP_GROUP,
        Operation.DESCRIBE_IP_GROUPS,
        Operation.DISASSOCIATE_IP_GROUPS,
        Operation.REVOKE_IP_RULES,
        Operation.UPDATE_RULES_OF_IP_GROUP);
  }

  @Override
  default Outcome associateIpGroups(Call call, AssociateIpGroupsRequest request) {
    return call.run(new AssociateIpGroupsHandler(), request);
  }

  @Override
  default Outcome authorizeIpRules(Call call, AuthorizeIpRulesRequest request) {
    return call.run(new AuthorizeIpRulesHandler(), request);
  }

  @Override
  default Outcome createIpGroup(Call call, CreateIpGroupRequest request) {
    return call.run(new CreateIpGroupHandler(), request);
  }

  @Override
  default Outcome deleteIpGroup(Call call, DeleteIpGroupRequest request) {
    return call.run(new DeleteIpGroupHandler(), request);
  }

  @Override
  default Outcome describeIpGroups(Call call, DescribeIpGroupsRequest request) {
    return call.run(new DescribeIpGroupsHandler(), request);
  }

  @Override
  default Outcome disassociateIpGroups(Call call, DisassociateIpGroupsRequest request) {
    return call.run(new DisassociateIpGroupsHandler(), request);
  }

  @Override
  default Outcome revokeIpRules(Call call, RevokeIpRulesRequest request) {
    return call.run(new RevokeIpRulesHandler(), request);
  }

  @Override
  default Outcome updateRulesOfIpGroup(Call call, UpdateRulesOfIpGroupRequest request) {
    return call.run(new UpdateRulesOfIpGroupHandler(), request);
  }
}

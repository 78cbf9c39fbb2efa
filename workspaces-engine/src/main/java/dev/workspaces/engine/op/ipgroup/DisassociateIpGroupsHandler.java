package dev.workspaces.engine.op.ipgroup;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.model.request.DisassociateIpGroupsRequest;
import dev.workspaces.model.response.DisassociateIpGroupsResult;

/**
 * DisassociateIpGroups: the directory loses the groups named. The refusals are those of
 * {@link IpGroupAssociations}.
 */
final class DisassociateIpGroupsHandler implements Handler<DisassociateIpGroupsRequest> {

  @Override
  public Outcome handle(State state, Scope scope, DisassociateIpGroupsRequest request) {
    return IpGroupAssociations.change(state, scope, request.directoryId().orElseThrow(), request.groupIds(),
        (held, named) -> held.stream().filter(id -> !named.contains(id)).toList(),
        DisassociateIpGroupsResult.builder().build());
  }
}

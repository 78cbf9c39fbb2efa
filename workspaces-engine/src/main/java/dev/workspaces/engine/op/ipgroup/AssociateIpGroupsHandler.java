package dev.workspaces.engine.op.ipgroup;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.model.request.AssociateIpGroupsRequest;
import dev.workspaces.model.response.AssociateIpGroupsResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * AssociateIpGroups: the directory gains the groups named, after its own, in request order. The
 * refusals are those of {@link IpGroupAssociations}.
 */
final class AssociateIpGroupsHandler implements Handler<AssociateIpGroupsRequest> {

  @Override
  public Outcome handle(State state, Scope scope, AssociateIpGroupsRequest request) {
    return IpGroupAssociations.change(state, scope, request.directoryId().orElseThrow(), request.groupIds(),
        (held, named) -> {
          Set<String> next = new LinkedHashSet<>(held);
          next.addAll(named);
          return new ArrayList<>(next);
        }, AssociateIpGroupsResult.builder().build());
  }
}

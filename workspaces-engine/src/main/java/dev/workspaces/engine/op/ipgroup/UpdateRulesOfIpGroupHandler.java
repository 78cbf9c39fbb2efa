package dev.workspaces.engine.op.ipgroup;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.model.request.UpdateRulesOfIpGroupRequest;
import dev.workspaces.model.response.UpdateRulesOfIpGroupResult;
import java.util.Optional;

/** UpdateRulesOfIpGroup: replaces every rule of the group. The refusals are those of {@link IpRuleChanges}. */
final class UpdateRulesOfIpGroupHandler implements Handler<UpdateRulesOfIpGroupRequest> {

  @Override
  public Outcome handle(State state, Scope scope, UpdateRulesOfIpGroupRequest request) {
    String id = request.groupId().orElseThrow();
    return IpRuleChanges.change(state, scope, id, () -> IpRules.malformed(request.userRules(), id),
        group -> Optional.empty(), rules -> request.userRules(), UpdateRulesOfIpGroupResult.builder().build());
  }
}

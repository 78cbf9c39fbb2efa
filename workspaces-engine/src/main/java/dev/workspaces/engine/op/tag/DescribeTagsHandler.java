package dev.workspaces.engine.op.tag;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.TagRule;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.request.DescribeTagsRequest;
import dev.workspaces.model.response.DescribeTagsResult;
import java.util.Optional;

/**
 * DescribeTags: the resource's tags, in the order their keys were first set. An unknown resource is
 * refused by row {@link TagRule#RESOURCE_EXISTS}.
 */
final class DescribeTagsHandler implements Handler<DescribeTagsRequest> {

  @Override
  public Outcome handle(State state, Scope scope, DescribeTagsRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.resourceId().orElseThrow();
    Optional<RuleRefusal> missing = TaggableResources.missing(editor, id);
    if (missing.isPresent()) {
      return missing.get().outcome(state);
    }
    return Outcome.success(state, DescribeTagsResult.builder().tagList(editor.scope().tagsOf(id)).build());
  }
}

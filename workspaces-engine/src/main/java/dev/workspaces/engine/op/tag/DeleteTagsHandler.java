package dev.workspaces.engine.op.tag;

import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.TagRule;
import dev.workspaces.engine.state.ScopeTags;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.request.DeleteTagsRequest;
import dev.workspaces.model.response.DeleteTagsResult;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * DeleteTags: removes the tags with the keys given (a key the resource does not carry is ignored).
 * An unknown resource is refused by row {@link TagRule#RESOURCE_EXISTS}.
 */
final class DeleteTagsHandler implements Handler<DeleteTagsRequest> {

  @Override
  public Outcome handle(State state, Scope scope, DeleteTagsRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.resourceId().orElseThrow();
    Optional<RuleRefusal> missing = TaggableResources.missing(editor, id);
    if (missing.isPresent()) {
      return missing.get().outcome(state);
    }
    Set<String> keys = new HashSet<>(request.tagKeys());
    ScopeTags.put(editor, id, editor.scope().tagsOf(id).stream().filter(tag -> !keys.contains(tag.key().orElseThrow()))
        .collect(ImmutableList.toImmutableList()));
    return Outcome.success(editor.state(), DeleteTagsResult.builder().build());
  }
}

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
import dev.workspaces.model.Tag;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.response.CreateTagsResult;
import dev.workspaces.model.validation.Echo;
import java.util.Optional;

/**
 * CreateTags: upserts the tags by key, keeping first-set order. An unknown resource is refused by
 * row {@link TagRule#RESOURCE_EXISTS}, and a resource that would carry more tags than allowed by row
 * {@link TagRule#TAG_LIMIT}.
 */
final class CreateTagsHandler implements Handler<CreateTagsRequest> {

  @Override
  public Outcome handle(State state, Scope scope, CreateTagsRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.resourceId().orElseThrow();
    Optional<RuleRefusal> missing = TaggableResources.missing(editor, id);
    if (missing.isPresent()) {
      return missing.get().outcome(state);
    }
    ImmutableList<Tag> tags = TagLists.upsert(editor.scope().tagsOf(id), request.tags());
    int limit = editor.config().maxTagsPerResource();
    Optional<RuleRefusal> overLimit = RuleRefusal.when(tags.size() > limit, TagRule.TAG_LIMIT,
        () -> "The resource " + Echo.of(id) + " would carry " + tags.size() + " tags; at most " + limit + " are allowed.");
    if (overLimit.isPresent()) {
      return overLimit.get().outcome(state);
    }
    ScopeTags.put(editor, id, tags);
    return Outcome.success(editor.state(), CreateTagsResult.builder().build());
  }
}

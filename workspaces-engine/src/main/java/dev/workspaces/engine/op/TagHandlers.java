package dev.workspaces.engine.op;

import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.ScopeTags;
import dev.workspaces.engine.rule.RefusalRule;
import dev.workspaces.engine.rule.TagRule;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.Tag;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.DeleteTagsRequest;
import dev.workspaces.model.request.DescribeTagsRequest;
import dev.workspaces.model.response.CreateTagsResult;
import dev.workspaces.model.response.DeleteTagsResult;
import dev.workspaces.model.response.DescribeTagsResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CreateTags, DeleteTags and DescribeTags on every taggable resource of the caller's scope:
 * WorkSpaces, registered directories, the account's own bundles and images, and its IP groups. An
 * unknown resource is refused by row {@link TagRule#RESOURCE_EXISTS}; CreateTags upserts by key,
 * keeping first-set order, and is refused by row {@link TagRule#TAG_LIMIT} when the resource would
 * carry more tags than allowed. Also the tag checks of the operations that tag a resource they create.
 */
final class TagHandlers {
  private TagHandlers() {}

  static Outcome createTags(State state, Scope scope, CreateTagsRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.resourceId().orElseThrow();
    Optional<RuleRefusal> missing = missing(editor, id);
    if (missing.isPresent()) {
      return missing.get().outcome(state);
    }
    ImmutableList<Tag> tags = upsert(editor.scope().tagsOf(id), request.tags());
    int limit = editor.config().maxTagsPerResource();
    Optional<RuleRefusal> overLimit = RuleRefusal.when(tags.size() > limit, TagRule.TAG_LIMIT,
        () -> "The resource " + id + " would carry " + tags.size() + " tags; at most " + limit + " are allowed.");
    if (overLimit.isPresent()) {
      return overLimit.get().outcome(state);
    }
    ScopeTags.put(editor, id, tags);
    return Outcome.success(editor.state(), CreateTagsResult.builder().build());
  }

  static Outcome deleteTags(State state, Scope scope, DeleteTagsRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.resourceId().orElseThrow();
    Optional<RuleRefusal> missing = missing(editor, id);
    if (missing.isPresent()) {
      return missing.get().outcome(state);
    }
    Set<String> keys = new HashSet<>(request.tagKeys());
    ScopeTags.put(editor, id, editor.scope().tagsOf(id).stream().filter(tag -> !keys.contains(tag.key().orElseThrow()))
        .collect(ImmutableList.toImmutableList()));
    return Outcome.success(editor.state(), DeleteTagsResult.builder().build());
  }

  static Outcome describeTags(State state, Scope scope, DescribeTagsRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.resourceId().orElseThrow();
    Optional<RuleRefusal> missing = missing(editor, id);
    if (missing.isPresent()) {
      return missing.get().outcome(state);
    }
    return Outcome.success(state, DescribeTagsResult.builder().tagList(editor.scope().tagsOf(id)).build());
  }

  /** Returns a RESOURCE_EXISTS refusal when {@code id} is not a taggable resource of the edited scope. */
  private static Optional<RuleRefusal> missing(StateEditor editor, String id) {
    return RuleRefusal.when(!exists(editor, id), TagRule.RESOURCE_EXISTS, id,
        () -> "The resource " + id + " does not exist in this account and region.");
  }

  /** Returns a refusal by {@code row} when {@code tags} hold more distinct keys than a resource may carry. */
  static Optional<RuleRefusal> tagLimit(StateEditor editor, RefusalRule row, String resource, List<Tag> tags) {
    int count = initialTags(tags).size();
    int limit = editor.config().maxTagsPerResource();
    return RuleRefusal.when(count > limit, row, resource,
        () -> "The new resource " + resource + " would carry " + count + " tags; at most " + limit
            + " are allowed.");
  }

  /** Returns the tags a new resource starts with: one per key, the last value given winning. */
  static ImmutableList<Tag> initialTags(List<Tag> tags) {
    return TagHandlers.upsert(ImmutableList.of(), tags);
  }

  /** Returns {@code current} with each of {@code added} replacing the tag of the same key or appended. */
  static ImmutableList<Tag> upsert(List<Tag> current, List<Tag> added) {
    List<Tag> result = new ArrayList<>(current);
    for (Tag tag : added) {
      int existing = indexOfKey(result, tag.key().orElseThrow());
      if (existing >= 0) {
        result.set(existing, tag);
      } else {
        result.add(tag);
      }
    }
    return ImmutableList.copyOf(result);
  }

  private static int indexOfKey(List<Tag> tags, String key) {
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).key().orElseThrow().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns whether a taggable resource with {@code id} exists in the edited scope: one that its
   * kind holds as taggable ({@link ScopeTags#taggable}), such as a WorkSpace, a registered directory
   * (a DEREGISTERED one is only lingering and no longer counts), one of the account's own bundles or
   * images (an image shared with the account is not its to tag), or one of its IP groups.
   */
  static boolean exists(StateEditor editor, String id) {
    return ScopeTags.taggable(editor.scope(), id);
  }
}

package dev.workspaces.engine.op.tag;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.RefusalRule;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The tags a resource carries, as lists: upserted by key in first-set order, and held to the tag
 * limit. Also the tag checks of the operations that tag a resource they create.
 */
@API(status = INTERNAL)
public final class TagLists {
  private TagLists() {}

  /** Returns a refusal by {@code row} when {@code tags} hold more distinct keys than a resource may carry. */
  public static Optional<RuleRefusal> tagLimit(StateEditor editor, RefusalRule row, String resource, List<Tag> tags) {
    int count = initialTags(tags).size();
    int limit = editor.config().maxTagsPerResource();
    return RuleRefusal.when(count > limit, row, resource,
        () -> "The new resource " + resource + " would carry " + count + " tags; at most " + limit
            + " are allowed.");
  }

  /** Returns the tags a new resource starts with: one per key, the last value given winning. */
  public static ImmutableList<Tag> initialTags(List<Tag> tags) {
    return TagLists.upsert(ImmutableList.of(), tags);
  }

  /** Returns {@code current} with each of {@code added} replacing the tag of the same key or appended. */
  public static ImmutableList<Tag> upsert(List<Tag> current, List<Tag> added) {
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
}

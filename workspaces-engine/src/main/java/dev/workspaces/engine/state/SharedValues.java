package dev.workspaces.engine.state;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import dev.workspaces.model.Tag;
import dev.workspaces.model.WorkspaceProperties;
import org.apiguardian.api.API;

/**
 * Canonical instances of the small values that many resources carry alike (tags, WorkSpace
 * properties), so that states store each distinct value once however many resources share it:
 * less memory per WorkSpace, and the shared copy stays in the CPU caches.
 *
 * <p>The values are immutable and compared by value, so sharing changes no result. The interners
 * hold their values weakly (a value no state uses can be collected) and are safe for concurrent use.
 */
@API(status = INTERNAL)
public final class SharedValues {
  private static final Interner<Tag> TAGS = Interners.newWeakInterner();
  private static final Interner<ImmutableList<Tag>> TAG_LISTS = Interners.newWeakInterner();
  private static final Interner<WorkspaceProperties> PROPERTIES = Interners.newWeakInterner();

  private SharedValues() {}

  /**
   * Returns the canonical equal of {@code tags} (the same tags in the same order), whose tags are
   * canonical too: resources tagged alike share one list.
   */
  public static ImmutableList<Tag> tags(ImmutableList<Tag> tags) {
    return tags.isEmpty() ? ImmutableList.of() : TAG_LISTS.intern(withSharedTags(tags));
  }

  /** Returns {@code tags} with each tag replaced by its canonical equal (the same list when all are). */
  private static ImmutableList<Tag> withSharedTags(ImmutableList<Tag> tags) {
    ImmutableList.Builder<Tag> shared = null;
    for (int i = 0; i < tags.size(); i++) {
      Tag tag = tags.get(i);
      Tag canonical = TAGS.intern(tag);
      if (shared == null && canonical != tag) {
        shared = ImmutableList.builderWithExpectedSize(tags.size());
        shared.addAll(tags.subList(0, i));
      }
      if (shared != null) {
        shared.add(canonical);
      }
    }
    return shared == null ? tags : shared.build();
  }

  /** Returns the canonical equal of {@code properties}. */
  public static WorkspaceProperties properties(WorkspaceProperties properties) {
    return PROPERTIES.intern(properties);
  }
}

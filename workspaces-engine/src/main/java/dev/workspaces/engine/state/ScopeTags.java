package dev.workspaces.engine.state;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.internal.collect.IdMap;
import dev.workspaces.model.Tag;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * One scope's resource tags. Every resource may carry tags; a WorkSpace carries its own in its
 * entry ({@link WorkspaceEntry#tags()}), so that tagging and deleting a WorkSpace touch one entry,
 * and every other resource's are kept here. This type is the one place that knows the split:
 * {@link #of}, {@link #all} and {@link #put} read and write the tags of a resource of any kind,
 * and {@link #taggable} asks every kind whether it holds a resource to tag.
 * A resource's tags go when it is removed (with its entry, or by {@link #forget}).
 *
 * @param byResource the tags of every tagged resource but the WorkSpaces, each in the order their
 *     keys were first set; unlisted (only looked up in)
 */
public record ScopeTags(IdMap<ImmutableList<Tag>> byResource) implements ScopePart<ScopeTags> {
  /** A scope without tags. */
  public static final ScopeTags EMPTY = new ScopeTags(IdMap.unlisted());

  /** Returns the tags of a resource of any kind in {@code scope}, empty when it has none. */
  public static ImmutableList<Tag> of(ScopeState scope, String resourceId) {
    WorkspaceEntry workspace = scope.get(Kinds.WORKSPACES).entries().get(resourceId);
    return workspace != null ? workspace.tags()
        : scope.get(Kinds.TAGS).byResource.getOrDefault(resourceId, ImmutableList.of());
  }

  /**
   * Returns whether a resource {@code resourceId} of any kind in {@code scope} can be tagged: see
   * {@link ScopePart#taggable}.
   */
  public static boolean taggable(ScopeState scope, String resourceId) {
    List<Kind<?>> kinds = Kinds.all();
    for (int i = 0; i < kinds.size(); i++) {
      if (scope.get(kinds.get(i)).taggable(resourceId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the tags of every tagged resource in {@code scope}, WorkSpaces included, by resource id
   * in order: a copy made on each call (O(n log n)), meant for dumps and checks.
   */
  public static SortedMap<String, ImmutableList<Tag>> all(ScopeState scope) {
    SortedMap<String, ImmutableList<Tag>> tags = new TreeMap<>(scope.get(Kinds.TAGS).byResource);
    scope.get(Kinds.WORKSPACES).entries().forEach((id, entry) -> {
      if (!entry.tags().isEmpty()) {
        tags.put(id, entry.tags());
      }
    });
    return Collections.unmodifiableSortedMap(tags);
  }

  /**
   * Replaces the tags of a resource in {@code editor}'s scope: in its entry for a WorkSpace, else
   * here (removing the resource from here when {@code given} is empty). Equal tags are stored once
   * ({@link SharedValues}).
   */
  @API(status = INTERNAL)
  public static void put(StateEditor editor, String resourceId, ImmutableList<Tag> given) {
    ImmutableList<Tag> tags = SharedValues.tags(given);
    WorkspaceEntry workspace = editor.read(Kinds.WORKSPACES).entries().get(resourceId);
    if (workspace != null) {
      editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.plus(workspace.withTags(tags)));
    } else {
      editor.edit(Kinds.TAGS, scopeTags -> scopeTags.withByResource(tags.isEmpty()
          ? scopeTags.byResource.minus(resourceId) : scopeTags.byResource.plus(resourceId, tags)));
    }
  }

  @Override
  public ScopeTags forget(String resourceId) {
    return withByResource(byResource.minus(resourceId));
  }

  private ScopeTags withByResource(IdMap<ImmutableList<Tag>> next) {
    return next == byResource ? this : new ScopeTags(next);
  }

  @Override
  public void dump(ScopeState scope, DumpSections out) {
    out.listsByResource("Tags", all(scope));
  }

  /** Checks that no resource carries more than the configured number of tags. */
  @Override
  public void check(State state, Scope scope, ScopeState owned) {
    all(owned).forEach((id, tags) -> ScopePart.require(tags.size() <= state.config().maxTagsPerResource(),
        scope + ": " + id + " carries " + tags.size() + " tags"));
  }
}

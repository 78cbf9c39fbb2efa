package dev.workspaces.engine;

import com.google.common.collect.ImmutableList;
import dev.workspaces.model.ClientProperties;
import dev.workspaces.model.Tag;
import dev.workspaces.model.WorkspaceBundle;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.WorkspacesIpGroup;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one account owns in one region, in persistent {@link IdMap}s: lookups and updates
 * stay a few cache misses deep at any size, and every iteration is in key order. The maps that
 * listings page through (directories, bundles, images) are listed ones; WorkSpaces are paged
 * through their {@link WorkspaceIndex}, whose per-directory lists merged are every id in order, so
 * their map is unlisted like the rest, which are only looked up in.
 *
 * @param workspaces WorkSpaces by id
 * @param workspaceByUser WorkSpace ids by directory and user
 * @param workspaceIndex WorkSpace ids by directory and by bundle
 * @param directories registered directories by id
 * @param bundles the account's own bundles by id (Amazon's public ones are a constant catalogue)
 * @param resourceTags the tags of every tagged resource but the WorkSpaces (whose entries carry
 *     theirs), each in the order their keys were first set
 * @param clientProperties client settings by resource (directory) id
 * @param images the account's own images by id
 * @param sharedWithMe the images other accounts share with this one in this region: image id to
 *     the owner's scope, kept by UpdateWorkspaceImagePermission in step with the owner's image
 * @param ipGroups the account's IP access control groups by id
 */
public record ScopeState(
    IdMap<WorkspaceEntry> workspaces,
    UserIndex workspaceByUser,
    WorkspaceIndex workspaceIndex,
    IdMap<DirectoryEntry> directories,
    IdMap<WorkspaceBundle> bundles,
    IdMap<ImmutableList<Tag>> resourceTags,
    IdMap<ClientProperties> clientProperties,
    IdMap<ImageEntry> images,
    IdMap<Scope> sharedWithMe,
    IdMap<WorkspacesIpGroup> ipGroups) {

  /** A scope that holds nothing. */
  public static final ScopeState EMPTY = new ScopeState(IdMap.unlisted(), UserIndex.EMPTY,
      WorkspaceIndex.EMPTY, IdMap.listed(), IdMap.listed(), IdMap.unlisted(), IdMap.unlisted(), IdMap.listed(),
      IdMap.unlisted(), IdMap.listed());

  /** Returns a copy with other WorkSpaces. */
  public ScopeState withWorkspaces(IdMap<WorkspaceEntry> next) {
    return new ScopeState(next, workspaceByUser, workspaceIndex, directories, bundles,
        resourceTags, clientProperties, images, sharedWithMe, ipGroups);
  }

  /** Returns a copy with another user index. */
  public ScopeState withWorkspaceByUser(UserIndex next) {
    return new ScopeState(workspaces, next, workspaceIndex, directories, bundles,
        resourceTags, clientProperties, images, sharedWithMe, ipGroups);
  }

  /** Returns a copy with another WorkSpace index. */
  public ScopeState withWorkspaceIndex(WorkspaceIndex next) {
    return new ScopeState(workspaces, workspaceByUser, next, directories, bundles,
        resourceTags, clientProperties, images, sharedWithMe, ipGroups);
  }

  /** Returns a copy with other directories. */
  public ScopeState withDirectories(IdMap<DirectoryEntry> next) {
    return new ScopeState(workspaces, workspaceByUser, workspaceIndex, next, bundles,
        resourceTags, clientProperties, images, sharedWithMe, ipGroups);
  }

  /** Returns a copy with other bundles. */
  public ScopeState withBundles(IdMap<WorkspaceBundle> next) {
    return new ScopeState(workspaces, workspaceByUser, workspaceIndex, directories, next,
        resourceTags, clientProperties, images, sharedWithMe, ipGroups);
  }

  /** Returns a copy with other tags of resources other than WorkSpaces. */
  public ScopeState withResourceTags(IdMap<ImmutableList<Tag>> next) {
    return new ScopeState(workspaces, workspaceByUser, workspaceIndex, directories, bundles,
        next, clientProperties, images, sharedWithMe, ipGroups);
  }

  /** Returns a copy with other client properties. */
  public ScopeState withClientProperties(IdMap<ClientProperties> next) {
    return new ScopeState(workspaces, workspaceByUser, workspaceIndex, directories, bundles,
        resourceTags, next, images, sharedWithMe, ipGroups);
  }

  /** Returns a copy with other images. */
  public ScopeState withImages(IdMap<ImageEntry> next) {
    return new ScopeState(workspaces, workspaceByUser, workspaceIndex, directories, bundles,
        resourceTags, clientProperties, next, sharedWithMe, ipGroups);
  }

  /** Returns a copy with another index of images shared with this scope. */
  public ScopeState withSharedWithMe(IdMap<Scope> next) {
    return new ScopeState(workspaces, workspaceByUser, workspaceIndex, directories, bundles,
        resourceTags, clientProperties, images, next, ipGroups);
  }

  /** Returns a copy with other IP access control groups. */
  public ScopeState withIpGroups(IdMap<WorkspacesIpGroup> next) {
    return new ScopeState(workspaces, workspaceByUser, workspaceIndex, directories, bundles,
        resourceTags, clientProperties, images, sharedWithMe, next);
  }

  /** Returns the tags of a resource of any kind, empty when it has none. */
  public ImmutableList<Tag> tagsOf(String resourceId) {
    WorkspaceEntry workspace = workspaces.get(resourceId);
    return workspace != null ? workspace.tags() : resourceTags.getOrDefault(resourceId, ImmutableList.of());
  }

  /**
   * Returns the tags of every tagged resource, WorkSpaces included, by resource id in order: a
   * copy made on each call (O(n log n)), meant for dumps and checks.
   */
  public SortedMap<String, ImmutableList<Tag>> tags() {
    SortedMap<String, ImmutableList<Tag>> tags = new TreeMap<>(resourceTags);
    workspaces.forEach((id, entry) -> {
      if (!entry.tags().isEmpty()) {
        tags.put(id, entry.tags());
      }
    });
    return Collections.unmodifiableSortedMap(tags);
  }

  /** Returns the first of {@code ids} (in order) that is a stored WorkSpace not TERMINATED, if any. */
  public Optional<String> firstLiveWorkspace(Iterable<String> ids) {
    for (String id : ids) {
      WorkspaceEntry entry = workspaces.get(id);
      if (entry != null && entry.state() != WorkspaceState.TERMINATED) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }
}

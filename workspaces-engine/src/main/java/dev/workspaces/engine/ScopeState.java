package dev.workspaces.engine;

import com.google.common.collect.ImmutableList;
import dev.workspaces.model.ClientProperties;
import dev.workspaces.model.Tag;
import dev.workspaces.model.WorkspaceBundle;
import org.pcollections.TreePMap;

/**
 * Everything one account owns in one region. Persistent sorted maps keep every update O(log n)
 * and every listing in id order.
 *
 * @param workspaces WorkSpaces by id
 * @param workspaceByUser WorkSpace ids keyed by {@code directoryId/lower-case user name}
 * @param directories registered directories by id
 * @param bundles the account's own bundles by id (Amazon's public ones are a constant catalogue)
 * @param tags each tagged resource's tags, in the order their keys were first set
 * @param clientProperties client settings by resource (directory) id
 * @param images the account's own images by id
 * @param sharedWithMe the images other accounts share with this one in this region: image id to
 *     the owner's scope, kept by UpdateWorkspaceImagePermission in step with the owner's image
 */
public record ScopeState(
    TreePMap<String, WorkspaceEntry> workspaces,
    TreePMap<String, String> workspaceByUser,
    TreePMap<String, DirectoryEntry> directories,
    TreePMap<String, WorkspaceBundle> bundles,
    TreePMap<String, ImmutableList<Tag>> tags,
    TreePMap<String, ClientProperties> clientProperties,
    TreePMap<String, ImageEntry> images,
    TreePMap<String, Scope> sharedWithMe) {

  /** A scope that holds nothing. */
  public static final ScopeState EMPTY = new ScopeState(TreePMap.empty(), TreePMap.empty(),
      TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePMap.empty(),
      TreePMap.empty());

  /** Returns a copy with other WorkSpaces. */
  public ScopeState withWorkspaces(TreePMap<String, WorkspaceEntry> next) {
    return new ScopeState(next, workspaceByUser, directories, bundles, tags, clientProperties, images,
        sharedWithMe);
  }

  /** Returns a copy with another user index. */
  public ScopeState withWorkspaceByUser(TreePMap<String, String> next) {
    return new ScopeState(workspaces, next, directories, bundles, tags, clientProperties, images,
        sharedWithMe);
  }

  /** Returns a copy with other directories. */
  public ScopeState withDirectories(TreePMap<String, DirectoryEntry> next) {
    return new ScopeState(workspaces, workspaceByUser, next, bundles, tags, clientProperties, images,
        sharedWithMe);
  }

  /** Returns a copy with other bundles. */
  public ScopeState withBundles(TreePMap<String, WorkspaceBundle> next) {
    return new ScopeState(workspaces, workspaceByUser, directories, next, tags, clientProperties, images,
        sharedWithMe);
  }

  /** Returns a copy with other tags. */
  public ScopeState withTags(TreePMap<String, ImmutableList<Tag>> next) {
    return new ScopeState(workspaces, workspaceByUser, directories, bundles, next, clientProperties, images,
        sharedWithMe);
  }

  /** Returns a copy with other client properties. */
  public ScopeState withClientProperties(TreePMap<String, ClientProperties> next) {
    return new ScopeState(workspaces, workspaceByUser, directories, bundles, tags, next, images,
        sharedWithMe);
  }

  /** Returns a copy with other images. */
  public ScopeState withImages(TreePMap<String, ImageEntry> next) {
    return new ScopeState(workspaces, workspaceByUser, directories, bundles, tags, clientProperties, next,
        sharedWithMe);
  }

  /** Returns a copy with another index of images shared with this scope. */
  public ScopeState withSharedWithMe(TreePMap<String, Scope> next) {
    return new ScopeState(workspaces, workspaceByUser, directories, bundles, tags, clientProperties, images,
        next);
  }

  /** Returns the user-index key of a user in a directory (user names compare case-insensitively). */
  public static String userKey(String directoryId, String userName) {
    return directoryId + "/" + userName.toLowerCase(java.util.Locale.ROOT);
  }
}

package dev.workspaces.engine.state;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.Iterables;
import com.google.common.collect.Maps;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.internal.collect.IdMap;
import dev.workspaces.engine.rule.Transition;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One scope's images: its own, and the index of those other accounts share with it. One kind
 * because both answer "which images does this scope see" (DescribeWorkspaceImages, CopyWorkspaceImage,
 * CreateWorkspaceBundle read both); the index lives in the viewer's scope and is kept in step with
 * the owner's image by UpdateWorkspaceImagePermission.
 *
 * @param entries the scope's own images by id, listed (DescribeWorkspaceImages pages through them)
 * @param sharedWithMe image id to the owner's scope for each image shared with this one, unlisted
 */
public record ScopeImages(IdMap<ImageEntry> entries, IdMap<Scope> sharedWithMe) implements ScopePart<ScopeImages> {
  /** A scope without images. */
  public static final ScopeImages EMPTY = new ScopeImages(IdMap.listed(), IdMap.unlisted());

  /** Returns the image with {@code id} that the scope owns, if any. */
  public Optional<ImageEntry> find(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** Returns these images with {@code entry} stored, replacing the one with its id. */
  public ScopeImages plus(ImageEntry entry) {
    IdMap<ImageEntry> next = entries.plus(entry.id(), entry);
    return next == entries ? this : new ScopeImages(next, sharedWithMe);
  }

  /** Returns these images with image {@code imageId} of {@code owner} shared with this scope. */
  public ScopeImages shared(String imageId, Scope owner) {
    return withSharedWithMe(sharedWithMe.plus(imageId, owner));
  }

  /** Returns these images with image {@code imageId} no longer shared with this scope. */
  public ScopeImages unshared(String imageId) {
    return withSharedWithMe(sharedWithMe.minus(imageId));
  }

  private ScopeImages withSharedWithMe(IdMap<Scope> next) {
    return next == sharedWithMe ? this : new ScopeImages(entries, next);
  }

  /**
   * Stores {@code entry} in {@code editor}'s scope with {@code step} scheduled as its running step
   * (replacing any other); returns the stored entry.
   */
  @API(status = INTERNAL)
  public static ImageEntry schedule(StateEditor editor, ImageEntry entry, Transition step) {
    editor.cancel(entry.pendingStep());
    ImageEntry scheduled = entry.withPendingStep(Optional.of(editor.schedule(entry.id(), step)));
    editor.edit(Kinds.IMAGES, images -> images.plus(scheduled));
    return scheduled;
  }

  /** Removes an own image (the shares other scopes index are theirs). */
  @Override
  public ScopeImages forget(String resourceId) {
    IdMap<ImageEntry> next = entries.minus(resourceId);
    return next == entries ? this : new ScopeImages(next, sharedWithMe);
  }

  /** Own images only: an image shared with the scope is not its to tag. */
  @Override
  public boolean taggable(String resourceId) {
    return entries.containsKey(resourceId);
  }

  @Override
  public void dump(ScopeState scope, DumpSections out) {
    out.list("Images", Iterables.transform(entries.values(), ImageEntry::image));
    out.textByResource("SharedWithMe", Maps.transformValues(sharedWithMe, Scope::toString));
  }
}

package dev.workspaces.engine.op.image;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.catalogue.OperatingSystems;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.op.tag.TagLists;
import dev.workspaces.engine.op.workspace.Bundles;
import dev.workspaces.engine.rule.ImageRule;
import dev.workspaces.engine.state.ImageEntry;
import dev.workspaces.engine.state.ImageOrigin;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeImages;
import dev.workspaces.engine.state.ScopeTags;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.OperatingSystemName;
import dev.workspaces.model.Tag;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** What the image handlers share: finding images, admitting new ones, and making them. */
@API(status = INTERNAL)
public final class Images {
  /** The page size of the image listings when the request sets none (the model's maximum). */
  static final int PAGE_SIZE = 25;

  private Images() {}

  /**
   * Returns the image {@code id} as {@code viewer} sees it: one of its own, or one another account
   * of the same region shares with it. O(log n): shared images are found through the viewer's index.
   */
  static Optional<ImageEntry> visible(State state, Scope viewer, String id) {
    ScopeImages scope = state.scope(viewer).get(Kinds.IMAGES);
    ImageEntry own = scope.entries().get(id);
    if (own != null) {
      return Optional.of(own);
    }
    return Optional.ofNullable(scope.sharedWithMe().get(id))
        .map(owner -> state.scope(owner).get(Kinds.IMAGES).entries().get(id));
  }

  /** Returns the refusal of state row {@code row} for {@code image}, if its state is not accepted. */
  public static Optional<RuleRefusal> inState(ImageRule row, ImageEntry image) {
    return row.stateRefusal(image.id(), image.state()).map(message -> new RuleRefusal(row, message, image.id()));
  }

  /**
   * Returns why a new image named {@code name} with {@code tags} cannot join the edited scope:
   * rows IMAGE_NAME_UNIQUE, IMAGE_LIMIT and TAG_LIMIT, in that order.
   */
  static Optional<RuleRefusal> admission(StateEditor editor, String name, List<Tag> tags) {
    int limit = editor.config().maxImagesPerScope();
    return RuleRefusal.first(
        () -> RuleRefusal.when(named(editor, name).isPresent(), ImageRule.IMAGE_NAME_UNIQUE, name,
            () -> "An image named " + name + " already exists in this account and region."),
        () -> RuleRefusal.when(editor.read(Kinds.IMAGES).entries().size() >= limit, ImageRule.IMAGE_LIMIT, name,
            () -> "The account has reached its limit of " + limit + " images in this region; " + name
                + " cannot be added."),
        () -> TagLists.tagLimit(editor, ImageRule.TAG_LIMIT, name, tags));
  }

  /**
   * Makes a new PENDING image in the edited scope with its tags, and no step yet (the caller
   * schedules the one that fits how the image is made).
   */
  static ImageEntry create(StateEditor editor, String name, Optional<String> description,
      OperatingSystemName system, ImageOrigin origin, List<Tag> tags) {
    String id = editor.newId("wsi-", 9, false, taken -> editor.read(Kinds.IMAGES).entries().containsKey(taken));
    ImageEntry entry = ImageEntry.pending(id, name, description, system, origin,
        editor.scopeId().accountId(), editor.now());
    editor.edit(Kinds.IMAGES, images -> images.plus(entry));
    ScopeTags.put(editor, id, TagLists.initialTags(tags));
    return entry;
  }

  /**
   * Returns the operating system a WorkSpace runs: that of the own image it runs, else that of its
   * Amazon bundle, else that of its own bundle's image, else the default (Windows 10).
   */
  static OperatingSystemName operatingSystemOf(StateEditor editor, WorkspaceEntry workspace) {
    String bundleId = workspace.details().bundleId().orElse("");
    return workspace.imageId().flatMap(editor.read(Kinds.IMAGES)::find).map(ImageEntry::operatingSystem)
        .or(() -> AmazonBundles.operatingSystemName(bundleId))
        .or(() -> Bundles.ownImage(editor, bundleId).map(ImageEntry::operatingSystem))
        .orElse(OperatingSystems.DEFAULT);
  }

  private static Optional<ImageEntry> named(StateEditor editor, String name) {
    return editor.read(Kinds.IMAGES).entries().values().stream().filter(image -> image.name().equals(name)).findFirst();
  }
}

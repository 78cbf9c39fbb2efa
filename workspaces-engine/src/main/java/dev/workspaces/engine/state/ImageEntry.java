package dev.workspaces.engine.state;

import com.google.common.collect.ImmutableSortedSet;
import dev.workspaces.engine.catalogue.OperatingSystems;
import dev.workspaces.engine.rule.ImageRule;
import dev.workspaces.model.OperatingSystem;
import dev.workspaces.model.OperatingSystemName;
import dev.workspaces.model.UpdateResult;
import dev.workspaces.model.WorkspaceImage;
import dev.workspaces.model.WorkspaceImageRequiredTenancy;
import dev.workspaces.model.WorkspaceImageState;
import java.time.Instant;
import java.util.Optional;

/**
 * A stored image: the value DescribeWorkspaceImages shows (without {@code Updates}, which depends on
 * the time it is asked), plus what the engine tracks beside it. Its tags live in the scope's tag map.
 *
 * @param image the image as the API shows it, {@code Updates} left out
 * @param pendingStep the timeline slot of its running step (IMAGE_PENDING or an import step), if any
 * @param operatingSystem the exact system the image runs (the API shows only its family)
 * @param origin how the image was made and from what
 * @param sharedWith the accounts the image is shared with, sorted
 * @param availableSince when the image last became AVAILABLE, if it has
 * @param customImport the progress of the custom import that makes the image, if it is made so
 */
public record ImageEntry(
    WorkspaceImage image,
    Optional<TimelineKey> pendingStep,
    OperatingSystemName operatingSystem,
    ImageOrigin origin,
    ImmutableSortedSet<String> sharedWith,
    Optional<Instant> availableSince,
    Optional<CustomImageImport> customImport) {

  private static final String UPDATE_DESCRIPTION = "Operating system and driver updates are available";

  /**
   * Returns a new PENDING image owned by {@code owner}, created at {@code created}, with no step yet.
   */
  public static ImageEntry pending(String id, String name, Optional<String> description,
      OperatingSystemName system, ImageOrigin origin, String owner, Instant created) {
    WorkspaceImage image = WorkspaceImage.builder()
        .imageId(id)
        .name(name)
        .description(description)
        .operatingSystem(OperatingSystem.builder().type(OperatingSystems.type(system)).build())
        .state(WorkspaceImageState.PENDING)
        .requiredTenancy(WorkspaceImageRequiredTenancy.DEFAULT)
        .created(created)
        .ownerAccountId(owner)
        .build();
    return new ImageEntry(image, Optional.empty(), system, origin, ImmutableSortedSet.of(),
        Optional.empty(), Optional.empty());
  }

  /** Returns the image id. */
  public String id() {
    return image.imageId().orElseThrow();
  }

  /** Returns the image name. */
  public String name() {
    return image.name().orElseThrow();
  }

  /** Returns the image state. */
  public WorkspaceImageState state() {
    return image.state().orElseThrow();
  }

  /** Returns whether the image reports an available update at {@code now} (rule UPDATE_AVAILABLE). */
  public boolean updateAvailable(Instant now) {
    return state() == WorkspaceImageState.AVAILABLE && availableSince
        .map(since -> !now.isBefore(since.plus(ImageRule.UPDATE_AVAILABLE_AFTER))).orElse(false);
  }

  /** Returns the image as the API shows it at {@code now}: AVAILABLE images carry {@code Updates}. */
  public WorkspaceImage view(Instant now) {
    if (state() != WorkspaceImageState.AVAILABLE) {
      return image;
    }
    boolean update = updateAvailable(now);
    UpdateResult updates = UpdateResult.builder().updateAvailable(update)
        .description(update ? Optional.of(UPDATE_DESCRIPTION) : Optional.empty()).build();
    return image.toBuilder().updates(updates).build();
  }

  /** Returns a copy that became AVAILABLE at {@code now}, with no step pending. */
  public ImageEntry available(Instant now) {
    return new ImageEntry(image.toBuilder().state(WorkspaceImageState.AVAILABLE).build(), Optional.empty(),
        operatingSystem, origin, sharedWith, Optional.of(now), customImport);
  }

  /** Returns a copy whose pending step is {@code step}. */
  public ImageEntry withPendingStep(Optional<TimelineKey> step) {
    return new ImageEntry(image, step, operatingSystem, origin, sharedWith, availableSince, customImport);
  }

  /** Returns a copy shared with {@code accounts}. */
  public ImageEntry withSharedWith(ImmutableSortedSet<String> accounts) {
    return new ImageEntry(image, pendingStep, operatingSystem, origin, accounts, availableSince, customImport);
  }

  /** Returns a copy with another custom-import progress. */
  public ImageEntry withCustomImport(Optional<CustomImageImport> progress) {
    return new ImageEntry(image, pendingStep, operatingSystem, origin, sharedWith, availableSince, progress);
  }
}

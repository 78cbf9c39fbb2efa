package dev.workspaces.engine.catalogue;

import com.google.common.collect.ImmutableSortedMap;
import dev.workspaces.model.shapes.Strings;
import java.util.Optional;

/**
 * The directories that exist outside the WorkSpaces API and may be registered with it.
 *
 * <p>By default the catalogue is permissive: any well-formed directory id counts as an active
 * SIMPLE_AD directory with two subnets in different zones, so a test registers {@code d-1234567890}
 * with no setup. A strict catalogue knows only the directories added to it.
 *
 * @param permissive whether unknown well-formed ids count as default directories
 * @param directories the directories added explicitly, by id
 */
public record DirectoryCatalogue(
    boolean permissive, ImmutableSortedMap<String, CatalogueDirectory> directories) {
  /** The default, permissive catalogue. */
  public static DirectoryCatalogue permissiveCatalogue() {
    return new DirectoryCatalogue(true, ImmutableSortedMap.of());
  }

  /** A catalogue that knows no directory until one is added. */
  public static DirectoryCatalogue strictCatalogue() {
    return new DirectoryCatalogue(false, ImmutableSortedMap.of());
  }

  /** Returns a copy that also knows {@code directory} (replacing one with the same id). */
  public DirectoryCatalogue with(CatalogueDirectory directory) {
    ImmutableSortedMap.Builder<String, CatalogueDirectory> copy = ImmutableSortedMap.naturalOrder();
    directories.forEach((id, existing) -> {
      if (!id.equals(directory.directoryId())) {
        copy.put(id, existing);
      }
    });
    copy.put(directory.directoryId(), directory);
    return new DirectoryCatalogue(permissive, copy.buildOrThrow());
  }

  /** Returns the directory with {@code directoryId} as seen from {@code region}, if it exists. */
  public Optional<CatalogueDirectory> find(String directoryId, String region) {
    CatalogueDirectory known = directories.get(directoryId);
    if (known != null) {
      return Optional.of(known);
    }
    if (permissive && Strings.DIRECTORY_ID.matchesPattern(directoryId)) {
      return Optional.of(CatalogueDirectory.simpleAd(directoryId, region));
    }
    return Optional.empty();
  }
}

package dev.workspaces.model.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the published service model beside the checkout ({@code ../shared/spec}) for tests that
 * compare against it; a user's clone has none, and those tests are then skipped.
 */
public final class SharedSpec {
  private static final String FILE = "shared/spec/workspaces-2015-04-08.service.json";

  private SharedSpec() {}

  /** Returns the model file: {@code -Dworkspaces.spec=...}, or the nearest ancestor's {@code shared/spec}. */
  public static Optional<Path> find() {
    String override = System.getProperty("workspaces.spec");
    if (override != null) {
      return Optional.of(Path.of(override)).filter(Files::isRegularFile);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The message a skipped test shows. */
  public static final String MISSING =
      "../shared/spec/workspaces-2015-04-08.service.json not found (normal in a user's clone): "
          + "the comparison with the published service model runs in CI";
}

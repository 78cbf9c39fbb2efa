package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server's subpackages depend on one another in one direction only: {@code http} on nothing of
 * the server, {@code state} on the root's configuration, {@code api} also on {@code state},
 * {@code admin} also on {@code api}; only the root wires them together.
 */
class PackageDependenciesTest {
  private static final Path SOURCES = Path.of("src", "main", "java", "dev", "workspaces", "server");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?dev\\.workspaces\\.server\\.([\\w.]+);", Pattern.MULTILINE);
  /** What an import of the root's configuration values counts as. */
  private static final String CONFIGURATION = "configuration";
  private static final Set<String> CONFIGURATION_TYPES = Set.of("ServerConfig", "ClockMode", "Profile", "Authentication");
  /** Subpackage to what it may use: other subpackages, and perhaps the root's configuration. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "http", Set.of(),
      "state", Set.of(CONFIGURATION),
      "api", Set.of(CONFIGURATION, "state"),
      "admin", Set.of(CONFIGURATION, "state", "api"));

  @Test
  void eachSubpackageUsesOnlyWhatItsRowAllows() throws IOException {
    Map<String, Set<String>> used = new TreeMap<>();
    for (String name : ALLOWED.keySet()) {
      used.put(name, uses(name));
    }
    used.forEach((name, targets) -> assertEquals(Set.of(), difference(targets, ALLOWED.get(name)),
        name + " uses more than its row allows; all uses: " + used));
  }

  /** Returns the subpackages and root types the sources of {@code name} import, besides their own. */
  private static Set<String> uses(String name) throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES.resolve(name))) {
      for (Path file : files.toList()) {
        Matcher imported = IMPORT.matcher(Files.readString(file));
        while (imported.find()) {
          String target = imported.group(1);
          int dot = target.indexOf('.');
          if (dot > 0 && Character.isLowerCase(target.charAt(0))) {
            used.add(target.substring(0, dot));
          } else {
            used.add(CONFIGURATION_TYPES.contains(target) ? CONFIGURATION : target);
          }
        }
      }
    }
    used.remove(name);
    return used;
  }

  private static Set<String> difference(Set<String> used, Set<String> allowed) {
    Set<String> extra = new TreeSet<>(used);
    extra.removeAll(allowed);
    return extra;
  }
}

package dev.workspaces.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.workspaces.engine.Engine;
import dev.workspaces.model.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The wire bytes of a fixed, seeded request script ({@link GoldenScript}) are exactly those recorded
 * in {@code src/test/resources/golden/wire-script.txt}: status, headers and body of every reply, so a
 * change of structure that changes no behaviour leaves this test green, and any change of a wire
 * byte names the first step that differs.
 *
 * <p>The endpoint runs in {@link ClockMode#MANUAL} with seed {@link GoldenScript#SEED}: time moves
 * only by the script's own {@code POST /_admin/advance} steps, and request ids count up from 1.
 *
 * <p>To record the file again after an intended change of the wire (or of the script), run
 * <pre>
 * mvn -B -q verify -pl workspaces-server -am -Dtest=WireGoldenScriptTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 * and review the diff of the file before committing it.
 *
 * <p>The script must call every operation the engine simulates at least once successfully and
 * have at least one refusal of each (a 4xx reply, or a {@code FailedRequests} item of a batch
 * call), so an operation added later fails this test until the script covers it.
 */
class WireGoldenScriptTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "wire-script.txt");
  private static final String UPDATE_PROPERTY = "golden.update";
  /** How many characters around the first difference a failure message shows. */
  private static final int CONTEXT = 60;
  private static final String PREAMBLE = """
      # Wire transcript of dev.workspaces.server.GoldenScript (seed %d, manual clock), pinned by
      # WireGoldenScriptTest. Rewrite it with -Dgolden.update=true; never edit it by hand.
      # Lines '> ' are the request, lines '< ' the reply (status, headers, body).

      """.formatted(GoldenScript.SEED);

  @Test
  void theScriptsWireBytesAreThoseRecorded() throws IOException {
    List<GoldenTranscript.Block> blocks = run();
    String actual = PREAMBLE + blocks.stream().map(GoldenTranscript.Block::text).collect(Collectors.joining());
    Path golden = goldenFile();
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, UTF_8);
      System.out.println("WireGoldenScriptTest: wrote " + blocks.size() + " steps to " + golden.toAbsolutePath());
      return;
    }
    assertTrue(Files.exists(golden), "No golden file at " + golden.toAbsolutePath()
        + "; record it with -D" + UPDATE_PROPERTY + "=true");
    String expected = Files.readString(golden, UTF_8);
    if (!expected.equals(actual)) {
      fail(firstDifference(expected, blocks));
    }
  }

  @Test
  void theScriptAcceptsAndRefusesEverySimulatedOperation() {
    List<GoldenTranscript.Block> blocks = run();
    Set<Operation> accepted = EnumSet.noneOf(Operation.class);
    Set<Operation> refused = EnumSet.noneOf(Operation.class);
    for (GoldenTranscript.Block block : blocks) {
      Optional<Operation> operation = operationOf(block.step());
      if (operation.isEmpty()) {
        continue;
      }
      if (block.status() == 200) {
        accepted.add(operation.get());
      }
      if (block.status() >= 400 || block.replyBody().contains("\"FailedRequests\":[{")) {
        refused.add(operation.get());
      }
    }
    assertEquals(Set.of(), missing(simulatedOperations(), accepted),
        "simulated operations without an accepted step in GoldenScript");
    assertEquals(Set.of(), missing(simulatedOperations(), refused),
        "simulated operations without a refused step in GoldenScript");
  }

  @Test
  void twoRunsGiveTheSameBytes() {
    assertEquals(texts(run()), texts(run()));
  }

  /** The operations the engine simulates; the one place this test names the engine's registry. */
  private static Set<Operation> simulatedOperations() {
    return Engine.simulatedOperations();
  }

  private static List<GoldenTranscript.Block> run() {
    WorkspacesEndpoint endpoint = WorkspacesEndpoint.create(ServerConfig.defaults()
        .withClockMode(ClockMode.MANUAL).withSeed(GoldenScript.SEED));
    return GoldenTranscript.run(GoldenScript.steps(), endpoint);
  }

  private static List<String> texts(List<GoldenTranscript.Block> blocks) {
    return blocks.stream().map(GoldenTranscript.Block::text).toList();
  }

  private static Optional<Operation> operationOf(GoldenStep step) {
    return step.target().filter(target -> target.startsWith(GoldenStep.TARGET_PREFIX))
        .flatMap(target -> Operation.fromName(target.substring(GoldenStep.TARGET_PREFIX.length())));
  }

  private static Set<String> missing(Set<Operation> wanted, Set<Operation> found) {
    return wanted.stream().filter(operation -> !found.contains(operation)).map(Operation::operationName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Describes the first step whose block differs from the recorded one (or the preamble, or the step count). */
  private static String firstDifference(String expected, List<GoldenTranscript.Block> blocks) {
    List<String> recorded = GoldenTranscript.split(expected);
    for (GoldenTranscript.Block block : blocks) {
      int index = block.number() - 1;
      if (index >= recorded.size()) {
        return "Step " + block.number() + " (" + block.step().title() + ") is not in the golden file, which ends after "
            + recorded.size() + " steps; actual:\n" + block.text();
      }
      if (!recorded.get(index).equals(block.text())) {
        return "Wire bytes differ at step " + block.number() + " (" + block.step().title() + "), "
            + firstLine(recorded.get(index), block.text()) + "\n--- expected (golden file)\n" + recorded.get(index)
            + "--- actual\n" + block.text();
      }
    }
    if (recorded.size() > blocks.size()) {
      return "The golden file has " + recorded.size() + " steps, the script " + blocks.size()
          + "; the first missing one:\n" + recorded.get(blocks.size());
    }
    return "Every step matches, but the file's text outside the steps differs (preamble or line endings); "
        + "record it again with -D" + UPDATE_PROPERTY + "=true";
  }

  /** Describes the first differing line of two blocks, with the text around its first differing character. */
  private static String firstLine(String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    for (int line = 0; line < Math.max(want.length, got.length); line++) {
      String a = line < want.length ? want[line] : "";
      String b = line < got.length ? got[line] : "";
      if (!a.equals(b)) {
        int column = 0;
        while (column < Math.min(a.length(), b.length()) && a.charAt(column) == b.charAt(column)) {
          column++;
        }
        return "line " + (line + 1) + " of the block, column " + (column + 1) + ":\n  expected: "
            + around(a, column) + "\n  actual:   " + around(b, column);
      }
    }
    return "no line differs";
  }

  private static String around(String line, int column) {
    int from = Math.max(0, column - CONTEXT);
    int to = Math.min(line.length(), column + CONTEXT);
    return (from > 0 ? "..." : "") + line.substring(from, to) + (to < line.length() ? "..." : "");
  }

  /** Returns the golden file in the module's source tree (Maven runs tests in the module directory). */
  private static Path goldenFile() {
    return Path.of(System.getProperty("basedir", "")).resolve(GOLDEN);
  }
}

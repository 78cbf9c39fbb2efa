package dev.workspaces.testing.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The README's testing examples are these test classes, verbatim: this test fails when they drift. */
class ReadmeExamplesTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCES = Path.of("src", "test", "java", "dev", "workspaces", "testing", "readme");

  @ParameterizedTest
  @CsvSource({"unit, FakeUnitTest.java", "property, IdleStopperPropertiesTest.java", "stateful, StatefulExampleTest.java"})
  void theReadmeShowsTheExampleAsItRuns(String marker, String file) throws IOException {
    String source = Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8);
    String begin = "// README:begin " + marker + "\n";
    String end = "// README:end " + marker;
    String snippet = source.substring(source.indexOf(begin) + begin.length(), source.indexOf(end));
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertTrue(readme.contains(snippet), "README.md must contain the " + marker + " example from " + file
        + " verbatim:\n" + snippet);
  }
}

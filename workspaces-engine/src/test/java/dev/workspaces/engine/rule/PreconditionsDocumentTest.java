package dev.workspaces.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Fails when docs/preconditions.md differs from the tables it is rendered from. */
class PreconditionsDocumentTest {
  private static final Path DOCUMENT = Path.of("..", "docs", "preconditions.md");

  @Test
  void theCommittedDocumentMatchesTheTables() throws IOException {
    String rendered = PreconditionsDocument.render();
    if (Boolean.getBoolean("workspaces.writeDocs")) {
      Files.createDirectories(DOCUMENT.getParent());
      Files.writeString(DOCUMENT, rendered, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
    assertEquals(rendered, committed,
        "docs/preconditions.md is out of date: run mvn -pl workspaces-engine test "
            + "-Dtest=PreconditionsDocumentTest -Dworkspaces.writeDocs=true");
  }
}

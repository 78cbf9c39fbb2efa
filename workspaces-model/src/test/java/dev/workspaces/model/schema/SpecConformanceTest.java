package dev.workspaces.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workspaces.model.Operation;
import dev.workspaces.model.error.ErrorCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares our schema with the published service model shape by shape and member by member: names,
 * types, required members, patterns, lengths, ranges, enum values, list bounds, and each
 * operation's input, output and errors. Every difference is listed in the failure message.
 */
class SpecConformanceTest {
  private static JsonNode spec;

  @BeforeAll
  static void loadSpec() throws IOException {
    Optional<Path> file = SharedSpec.find();
    if (file.isPresent()) {
      spec = new ObjectMapper().readTree(file.get().toFile());
    }
  }

  @Test
  void everyShapeMatchesTheServiceModel() {
    assumeTrue(spec != null, SharedSpec.MISSING);
    List<String> differences = new ArrayList<>();
    JsonNode shapes = spec.get("shapes");
    TreeSet<String> expectedNames = new TreeSet<>();
    shapes.fieldNames().forEachRemaining(expectedNames::add);
    assertEquals(expectedNames, WorkspacesSchema.shapes().navigableKeySet(), "shape names");
    for (Iterator<Map.Entry<String, JsonNode>> it = shapes.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Schema ours = WorkspacesSchema.shapes().get(entry.getKey());
      ShapeComparison.compare(entry.getKey(), entry.getValue(), ours, differences);
    }
    assertEquals(List.of(), differences, "differences from the service model");
  }

  @Test
  void everyOperationMatchesTheServiceModel() {
    assumeTrue(spec != null, SharedSpec.MISSING);
    List<String> differences = new ArrayList<>();
    JsonNode operations = spec.get("operations");
    assertEquals(operations.size(), Operation.values().length, "operation count");
    for (Iterator<Map.Entry<String, JsonNode>> it = operations.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode op = entry.getValue();
      Optional<Operation> ours = Operation.fromName(entry.getKey());
      if (ours.isEmpty()) {
        differences.add("missing operation " + entry.getKey());
        continue;
      }
      expect(differences, entry.getKey() + " input", op.get("input").get("shape").asText(),
          ours.get().inputSchema().name());
      expect(differences, entry.getKey() + " output", op.get("output").get("shape").asText(),
          ours.get().outputSchema().name());
      List<String> errors = new ArrayList<>();
      op.path("errors").forEach(e -> errors.add(e.get("shape").asText()));
      expect(differences, entry.getKey() + " errors", errors,
          ours.get().declaredErrors().stream().map(ErrorCode::code).toList());
    }
    assertEquals(List.of(), differences, "differences from the service model");
  }

  @Test
  void metadataMatchesTheServiceModel() {
    assumeTrue(spec != null, SharedSpec.MISSING);
    JsonNode metadata = spec.get("metadata");
    assertEquals(metadata.get("apiVersion").asText(), WorkspacesSchema.API_VERSION);
    assertEquals(metadata.get("targetPrefix").asText(), WorkspacesSchema.TARGET_PREFIX);
  }

  static void expect(List<String> differences, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      differences.add(what + ": model has " + expected + ", ours has " + actual);
    }
  }
}

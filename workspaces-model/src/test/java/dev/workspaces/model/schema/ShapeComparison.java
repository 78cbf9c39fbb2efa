package dev.workspaces.model.schema;

import static dev.workspaces.model.schema.SpecConformanceTest.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Compares one shape of the service model's JSON with our schema, collecting differences. */
final class ShapeComparison {
  private ShapeComparison() {}

  static void compare(String name, JsonNode expected, Schema ours, List<String> differences) {
    String type = expected.get("type").asText();
    boolean isEnum = expected.has("enum");
    expect(differences, name + " type", type, ours.type().wireName());
    expect(differences, name + " is enum", isEnum, ours.type() == ShapeType.ENUM);
    if (differences.size() > 0 && !ours.type().wireName().equals(type)) {
      return;
    }
    if (ours instanceof StringSchema string) {
      bounds(name + " length", expected, string.length(), differences);
      expect(differences, name + " pattern", text(expected, "pattern"), string.pattern().orElse(null) + "");
    } else if (ours instanceof EnumSchema<?> enumSchema) {
      List<String> values = new ArrayList<>();
      expected.get("enum").forEach(v -> values.add(v.asText()));
      expect(differences, name + " enum values", values, enumSchema.values());
      expect(differences, name + " enum has no constraints", false,
          expected.has("min") || expected.has("max") || expected.has("pattern"));
    } else if (ours instanceof IntegerSchema integer) {
      bounds(name + " range", expected, integer.range(), differences);
    } else if (ours instanceof BlobSchema blob) {
      bounds(name + " length", expected, blob.length(), differences);
    } else if (ours instanceof ListSchema list) {
      bounds(name + " size", expected, list.size(), differences);
      expect(differences, name + " member", expected.get("member").get("shape").asText(), list.member().name());
    } else if (ours instanceof MapSchema map) {
      expect(differences, name + " key", expected.get("key").get("shape").asText(), map.key().name());
      expect(differences, name + " value", expected.get("value").get("shape").asText(), map.value().name());
    } else if (ours instanceof StructureSchema<?, ?> structure) {
      structure(name, expected, structure, differences);
    }
  }

  private static void structure(
      String name, JsonNode expected, StructureSchema<?, ?> ours, List<String> differences) {
    List<String> members = new ArrayList<>();
    expected.get("members").fieldNames().forEachRemaining(members::add);
    expect(differences, name + " members", members,
        ours.members().stream().map(MemberSchema::wireName).toList());
    List<String> required = new ArrayList<>();
    expected.path("required").forEach(r -> required.add(r.asText()));
    expect(differences, name + " required", new java.util.TreeSet<>(required),
        new java.util.TreeSet<>(ours.members().stream().filter(MemberSchema::required)
            .map(MemberSchema::wireName).toList()));
    for (MemberSchema<?, ?> member : ours.members()) {
      JsonNode target = expected.get("members").path(member.wireName()).path("shape");
      expect(differences, name + "." + member.wireName() + " target", target.asText(), member.target().name());
    }
    StructureKind kind = expected.path("exception").asBoolean() ? StructureKind.ERROR
        : expected.path("union").asBoolean() ? StructureKind.UNION : StructureKind.PLAIN;
    expect(differences, name + " kind", kind, ours.kind());
  }

  private static void bounds(String what, JsonNode expected, Bounds ours, List<String> differences) {
    expect(differences, what + " min", optional(expected, "min"), ours.min());
    expect(differences, what + " max", optional(expected, "max"), ours.max());
  }

  private static OptionalLong optional(JsonNode node, String field) {
    return node.has(field) ? OptionalLong.of(node.get(field).asLong()) : OptionalLong.empty();
  }

  private static String text(JsonNode node, String field) {
    return node.has(field) ? node.get(field).asText() : "null";
  }
}

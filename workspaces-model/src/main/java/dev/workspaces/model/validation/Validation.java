package dev.workspaces.model.validation;

import dev.workspaces.model.Blob;
import dev.workspaces.model.Structure;
import dev.workspaces.model.schema.BlobSchema;
import dev.workspaces.model.schema.Bounds;
import dev.workspaces.model.schema.EnumSchema;
import dev.workspaces.model.schema.IntegerSchema;
import dev.workspaces.model.schema.ListSchema;
import dev.workspaces.model.schema.MapSchema;
import dev.workspaces.model.schema.MemberSchema;
import dev.workspaces.model.schema.Schema;
import dev.workspaces.model.schema.StringSchema;
import dev.workspaces.model.schema.StructureKind;
import dev.workspaces.model.schema.StructureSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks values against their schema exactly as the service does before it acts on a request.
 *
 * <p>Every broken constraint is reported, not only the first: missing required members, string
 * lengths (in code points) and patterns, enum values, numeric ranges, list sizes and blob sizes,
 * inside nested structures, lists and maps. Paths use the Java member names, with list elements as
 * {@code name.N.member} (N counted from 1) and map values as {@code name.KEY.member}.
 *
 * <p>A union must have exactly one member set; otherwise the union itself is reported with the
 * constraint {@code Member must have exactly one member set} (our wording: the model gives none).
 */
public final class Validation {
  private Validation() {}

  /** Returns every constraint {@code value} breaks; pure and thread-safe. */
  public static ValidationResult validate(Structure value) {
    List<Violation> found = new ArrayList<>();
    checkStructure(value.schema(), value, null, found);
    return ValidationResult.of(found);
  }

  /**
   * Where a value sits: a member of {@code parent} (the request itself when null), named
   * {@code segment}. Paths are rendered only when a violation is reported, so a valid request
   * costs no string building.
   */
  private record Path(@Nullable Path parent, String segment) {
    @Override
    public String toString() {
      return parent == null ? segment : parent + "." + segment;
    }
  }

  private static <T, B> void checkStructure(
      StructureSchema<T, B> schema, Object raw, @Nullable Path at, List<Violation> found) {
    T value = schema.cast(raw);
    int set = 0;
    for (MemberSchema<T, B> member : schema.members()) {
      Object memberValue = member.get(value);
      if (memberValue == null) {
        if (member.required()) {
          found.add(new Violation(new Path(at, member.name()).toString(), null, "Member must not be null"));
        }
        continue;
      }
      set++;
      checkValue(member.target(), memberValue, new Path(at, member.name()), found);
    }
    if (schema.kind() == StructureKind.UNION && set != 1 && at != null) {
      found.add(new Violation(at.toString(), raw, "Member must have exactly one member set"));
    }
  }

  private static void checkValue(Schema schema, Object raw, Path at, List<Violation> found) {
    switch (schema.type()) {
      case STRING -> checkString((StringSchema) schema, (String) raw, at, found);
      case ENUM -> checkEnum((EnumSchema<?>) schema, (String) raw, at, found);
      case INTEGER -> checkRange(((IntegerSchema) schema).range(), ((Integer) raw).longValue(), raw, at, "value", found);
      case BLOB -> checkRange(((BlobSchema) schema).length(), ((Blob) raw).size(), raw, at, "length", found);
      case LIST -> checkList((ListSchema) schema, (List<?>) raw, at, found);
      case MAP -> checkMap((MapSchema) schema, (Map<?, ?>) raw, at, found);
      case STRUCTURE -> checkStructure((StructureSchema<?, ?>) schema, raw, at, found);
      case BOOLEAN, TIMESTAMP -> {
        // The model puts no constraint on these shapes.
      }
    }
  }

  private static void checkEnum(EnumSchema<?> schema, String value, Path at, List<Violation> found) {
    if (!schema.values().contains(value)) {
      found.add(new Violation(at.toString(), value, "Member must satisfy enum value set: " + schema.values()));
    }
  }

  private static void checkString(StringSchema schema, String value, Path at, List<Violation> found) {
    checkRange(schema.length(), value.codePointCount(0, value.length()), value, at, "length", found);
    if (!schema.matchesPattern(value)) {
      found.add(new Violation(at.toString(), value,
          "Member must satisfy regular expression pattern: " + schema.pattern().orElseThrow()));
    }
  }

  private static void checkList(ListSchema schema, List<?> values, Path at, List<Violation> found) {
    checkRange(schema.size(), values.size(), values, at, "length", found);
    Schema member = schema.member();
    for (int i = 0; i < values.size(); i++) {
      checkValue(member, values.get(i), new Path(at, (i + 1) + ".member"), found);
    }
  }

  private static void checkMap(MapSchema schema, Map<?, ?> values, Path at, List<Violation> found) {
    for (Map.Entry<?, ?> entry : values.entrySet()) {
      checkValue(schema.key(), entry.getKey(), at, found);
      checkValue(schema.value(), entry.getValue(), new Path(at, Echo.of(String.valueOf(entry.getKey())) + ".member"), found);
    }
  }

  private static void checkRange(
      Bounds bounds, long measured, Object value, Path at, String what, List<Violation> found) {
    if (bounds.min().isPresent() && measured < bounds.min().getAsLong()) {
      found.add(new Violation(at.toString(), value,
          "Member must have " + what + " greater than or equal to " + bounds.min().getAsLong()));
    }
    if (bounds.max().isPresent() && measured > bounds.max().getAsLong()) {
      found.add(new Violation(at.toString(), value,
          "Member must have " + what + " less than or equal to " + bounds.max().getAsLong()));
    }
  }
}

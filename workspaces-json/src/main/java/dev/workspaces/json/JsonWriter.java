package dev.workspaces.json;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.workspaces.model.Blob;
import dev.workspaces.model.Structure;
import dev.workspaces.model.error.WorkspacesException;
import dev.workspaces.model.schema.ListSchema;
import dev.workspaces.model.schema.MapSchema;
import dev.workspaces.model.schema.Schema;
import dev.workspaces.model.schema.ShapeType;
import dev.workspaces.model.schema.StructureSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes any structure value as JSON by walking its schema: members in model order under their
 * wire names, absent members left out, present collections written even when empty, map entries
 * in the map's own iteration order (insertion order for the model's maps).
 *
 * <p>The output depends only on the value, so equal values give identical bytes in every run.
 * Each structure's members are walked through its {@link StructurePlan}, so targets are resolved
 * and names encoded once per shape, not once per value.
 */
final class JsonWriter {
  /** The wire name of the message member every error shape with a message declares. */
  static final String MESSAGE = "message";

  private JsonWriter() {}

  /** Returns {@code value} as a JSON object. */
  static byte[] write(Structure value) {
    JsonOutput out = new JsonOutput();
    structure(out, value.schema(), value);
    return out.toByteArray();
  }

  /**
   * Returns the error body for {@code error}: {@code __type} first, then {@code message}, then the
   * shape's other members in model order.
   */
  static byte[] writeError(WorkspacesException error) {
    JsonOutput out = new JsonOutput();
    out.beginObject();
    out.name("__type");
    out.string(error.errorCode().code());
    StructurePlan<?, ?> plan = StructurePlan.of(error.schema());
    message(out, plan, error);
    members(out, plan, error, MESSAGE);
    out.endObject();
    return out.toByteArray();
  }

  private static <T, B> void message(JsonOutput out, StructurePlan<T, B> plan, Object error) {
    StructurePlan.Member<T, B> message = plan.member(MESSAGE);
    if (message != null) {
      @SuppressWarnings("unchecked") // the plan is of the error's own schema
      Object raw = message.schema.get((T) error);
      if (raw != null) {
        out.name(message.encodedName);
        value(out, message.target, message.type, raw);
      }
    }
  }

  private static JsonOutput structure(JsonOutput out, StructureSchema<?, ?> schema, Object value) {
    out.beginObject();
    members(out, StructurePlan.of(schema), value, null);
    return out.endObject();
  }

  /** Writes every present member of {@code value} except the one named {@code skipped}. */
  private static <T, B> void members(
      JsonOutput out, StructurePlan<T, B> plan, Object value, @Nullable String skipped) {
    @SuppressWarnings("unchecked") // the plan is of value's own schema
    T typed = (T) value;
    for (StructurePlan.Member<T, B> member : plan.members) {
      if (skipped == null || !member.wireName.equals(skipped)) {
        Object raw = member.schema.get(typed);
        if (raw != null) {
          out.name(member.encodedName);
          value(out, member.target, member.type, raw);
        }
      }
    }
  }

  /** Writes one raw value; a switch expression, so javac checks that every shape type is handled. */
  @CanIgnoreReturnValue
  private static JsonOutput value(JsonOutput out, Schema schema, ShapeType type, Object raw) {
    return switch (type) {
      case STRING, ENUM -> out.string((String) raw);
      case INTEGER -> out.number((int) (Integer) raw);
      case BOOLEAN -> out.bool((Boolean) raw);
      case TIMESTAMP -> out.number(TimestampFormat.format((Instant) raw));
      case BLOB -> out.string(((Blob) raw).toBase64());
      case LIST -> list(out, (ListSchema) schema, (List<?>) raw);
      case MAP -> map(out, (MapSchema) schema, (Map<?, ?>) raw);
      case STRUCTURE -> structure(out, (StructureSchema<?, ?>) schema, raw);
    };
  }

  private static JsonOutput list(JsonOutput out, ListSchema schema, List<?> elements) {
    Schema elementSchema = schema.member();
    ShapeType elementType = elementSchema.type();
    out.beginArray();
    for (int i = 0, n = elements.size(); i < n; i++) {
      value(out, elementSchema, elementType, elements.get(i));
    }
    return out.endArray();
  }

  private static JsonOutput map(JsonOutput out, MapSchema schema, Map<?, ?> entries) {
    Schema valueSchema = schema.value();
    ShapeType valueType = valueSchema.type();
    out.beginObject();
    for (Map.Entry<?, ?> entry : entries.entrySet()) {
      out.name((String) entry.getKey());
      value(out, valueSchema, valueType, entry.getValue());
    }
    return out.endObject();
  }
}

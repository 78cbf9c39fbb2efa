package dev.workspaces.testing;

import dev.workspaces.model.schema.ListSchema;
import dev.workspaces.model.schema.MapSchema;
import dev.workspaces.model.schema.MemberSchema;
import dev.workspaces.model.schema.Schema;
import dev.workspaces.model.schema.StructureSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

/**
 * A kit value without the members this SDK version does not know: the model may be newer than the
 * SDK on the classpath, and the SDK drops a member it has no field for, as it does on the wire.
 * Found generically from the SDK's own field descriptions ({@code sdkFields()}).
 */
final class SdkVersionProjection {
  private SdkVersionProjection() {}

  /** Returns {@code value} of {@code schema} with only the members that {@code fields} name (at every depth). */
  static <T> T of(StructureSchema<T, ?> schema, Object value, List<SdkField<?>> fields) {
    return structure(schema, schema.cast(value), fields);
  }

  /** Returns the wire names of {@code schema}'s members that {@code fields} lack (this level only). */
  static List<String> unknownMembers(StructureSchema<?, ?> schema, List<SdkField<?>> fields) {
    return schema.membersByWireName().keySet().stream().filter(name -> field(fields, name).isEmpty()).toList();
  }

  private static <T, B> T structure(StructureSchema<T, B> schema, T value, List<SdkField<?>> fields) {
    B builder = schema.newBuilder();
    for (Map.Entry<String, MemberSchema<T, B>> member : schema.membersByWireName().entrySet()) {
      Object raw = member.getValue().get(value);
      Optional<SdkField<?>> field = field(fields, member.getKey());
      if (raw != null && field.isPresent()) {
        member.getValue().set(builder, raw(member.getValue().target(), raw, field.get()));
      }
    }
    return schema.build(builder);
  }

  private static Object raw(Schema schema, Object raw, SdkField<?> field) {
    if (schema instanceof StructureSchema<?, ?> structure) {
      return of(structure, raw, field.constructor().get().sdkFields());
    } else if (schema instanceof ListSchema list) {
      SdkField<?> element = field.getTrait(ListTrait.class).memberFieldInfo();
      return ((List<?>) raw).stream().map(item -> raw(list.member(), item, element)).toList();
    } else if (schema instanceof MapSchema map) {
      SdkField<?> entry = field.getTrait(MapTrait.class).valueFieldInfo();
      Map<Object, Object> projected = new LinkedHashMap<>();
      ((Map<?, ?>) raw).forEach((key, item) -> projected.put(key, raw(map.value(), item, entry)));
      return projected;
    }
    return raw;
  }

  private static Optional<SdkField<?>> field(List<SdkField<?>> fields, String wireName) {
    return fields.stream().filter(field -> Objects.equals(field.locationName(), wireName)).findFirst();
  }
}

package dev.workspaces.testing;

import dev.workspaces.model.Blob;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Values valid by the schema for any shape, built recursively from the shape's description: the
 * one generator behind every arbitrary of the kit. Raw values follow the schema's representation
 * (see {@link MemberSchema}).
 */
final class SchemaArbitraries {
  /** The most elements generated for a list or map, beyond its minimum, to keep values small. */
  static final int EXTRA_ELEMENTS = 3;
  private static final Instant EARLIEST = Instant.parse("2015-04-08T00:00:00Z");
  private static final Instant LATEST = Instant.parse("2035-01-01T00:00:00Z");
  private static final ConcurrentHashMap<String, Arbitrary<?>> STRUCTURES = new ConcurrentHashMap<>();

  private SchemaArbitraries() {}

  /** Returns valid values of a structure shape. */
  @SuppressWarnings("unchecked")
  static <T> Arbitrary<T> structures(StructureSchema<T, ?> schema) {
    Arbitrary<?> cached = STRUCTURES.get(schema.name());
    if (cached == null) {
      // Built outside the map: building recurses into nested structures, which computeIfAbsent forbids.
      cached = build(schema);
      STRUCTURES.putIfAbsent(schema.name(), cached);
    }
    return (Arbitrary<T>) cached;
  }

  /** Returns valid raw values of any shape. */
  static Arbitrary<?> raw(Schema schema) {
    if (schema instanceof StringSchema string) {
      return StringArbitraries.valid(string);
    } else if (schema instanceof EnumSchema<?> enumSchema) {
      return Arbitraries.of(enumSchema.values());
    } else if (schema instanceof IntegerSchema integer) {
      return integers(integer.range());
    } else if (schema instanceof BlobSchema blob) {
      return blobs(blob.length());
    } else if (schema instanceof ListSchema list) {
      return raw(list.member()).list().ofMinSize(min(list.size())).ofMaxSize(maxSize(list.size()));
    } else if (schema instanceof MapSchema map) {
      return Arbitraries.maps(raw(map.key()).map(Object.class::cast), raw(map.value()).map(Object.class::cast))
          .ofMaxSize(EXTRA_ELEMENTS).map(LinkedHashMap::new);
    } else if (schema instanceof StructureSchema<?, ?> structure) {
      return structures(structure);
    } else if (schema.type() == dev.workspaces.model.schema.ShapeType.BOOLEAN) {
      return Arbitraries.of(true, false);
    }
    return Arbitraries.longs().between(EARLIEST.toEpochMilli(), LATEST.toEpochMilli()).map(Instant::ofEpochMilli);
  }

  private static <T, B> Arbitrary<T> build(StructureSchema<T, B> schema) {
    if (schema.members().isEmpty()) {
      return Arbitraries.just(schema.build(schema.newBuilder()));
    }
    if (schema.kind() == StructureKind.UNION) {
      return union(schema);
    }
    List<Arbitrary<Optional<Object>>> members = new ArrayList<>();
    for (MemberSchema<T, B> member : schema.members()) {
      Arbitrary<Object> value = raw(member.target()).map(Object.class::cast);
      members.add(member.required() ? value.map(Optional::of) : value.optional(0.6));
    }
    return Combinators.combine(members).as(values -> assemble(schema, values));
  }

  private static <T, B> Arbitrary<T> union(StructureSchema<T, B> schema) {
    return Arbitraries.integers().between(0, schema.members().size() - 1).flatMap(chosen -> {
      MemberSchema<T, B> member = schema.members().get(chosen);
      return raw(member.target()).map(value -> {
        B builder = schema.newBuilder();
        member.set(builder, value);
        return schema.build(builder);
      });
    });
  }

  private static <T, B> T assemble(StructureSchema<T, B> schema, List<Optional<Object>> values) {
    B builder = schema.newBuilder();
    for (int i = 0; i < values.size(); i++) {
      Optional<Object> value = values.get(i);
      if (value.isPresent()) {
        schema.members().get(i).set(builder, value.get());
      }
    }
    return schema.build(builder);
  }

  private static Arbitrary<Integer> integers(Bounds range) {
    long min = range.min().orElse(Integer.MIN_VALUE);
    long max = range.max().orElse(Integer.MAX_VALUE);
    return Arbitraries.integers().between((int) min, (int) max);
  }

  private static Arbitrary<Blob> blobs(Bounds length) {
    int min = min(length);
    int max = (int) Math.min(length.max().orElse(min + 16L), min + 16L);
    return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max).map(Blob::of);
  }

  static int min(Bounds bounds) {
    return (int) bounds.min().orElse(0);
  }

  static int maxSize(Bounds bounds) {
    int min = min(bounds);
    return (int) Math.min(bounds.max().orElse(min + EXTRA_ELEMENTS), min + EXTRA_ELEMENTS);
  }
}

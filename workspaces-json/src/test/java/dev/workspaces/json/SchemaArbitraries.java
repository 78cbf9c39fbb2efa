package dev.workspaces.json;

import dev.workspaces.model.Blob;
import dev.workspaces.model.Structure;
import dev.workspaces.model.schema.EnumSchema;
import dev.workspaces.model.schema.ListSchema;
import dev.workspaces.model.schema.MapSchema;
import dev.workspaces.model.schema.MemberSchema;
import dev.workspaces.model.schema.Schema;
import dev.workspaces.model.schema.ShapeType;
import dev.workspaces.model.schema.StructureSchema;
import dev.workspaces.model.schema.WorkspacesSchema;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates values of any shape by walking the schema, so every structure of the model can be
 * round-tripped without hand-written generators.
 *
 * <p>Strings mix arbitrary Unicode with the characters JSON escaping is about (quotes, backslashes,
 * control characters, surrogate pairs, lone surrogates); enums mix known values with an unknown
 * one; timestamps have millisecond precision, negative ones included; each member is absent about a
 * third of the time; nested structures stop at {@link #MAX_DEPTH}.
 */
final class SchemaArbitraries {
  /** How many structure levels a generated value has at most. */
  static final int MAX_DEPTH = 3;

  /** Arbitraries are immutable, so one per shape and depth is built and reused. */
  private static final Map<String, Arbitrary<Object>> CACHE = new ConcurrentHashMap<>();

  private SchemaArbitraries() {}

  /** Returns every structure shape of the model, in name order. */
  static List<StructureSchema<?, ?>> structureShapes() {
    List<StructureSchema<?, ?>> shapes = new ArrayList<>();
    for (Schema schema : WorkspacesSchema.shapes().values()) {
      if (schema instanceof StructureSchema<?, ?> structure) {
        shapes.add(structure);
      }
    }
    return shapes;
  }

  /** Returns values of {@code schema}. */
  static Arbitrary<Structure> valuesOf(StructureSchema<?, ?> schema) {
    return raw(schema, MAX_DEPTH).map(Structure.class::cast);
  }

  /** Returns values of any structure shape. */
  static Arbitrary<Structure> anyStructure() {
    return Arbitraries.of(structureShapes()).flatMap(SchemaArbitraries::valuesOf);
  }

  /** Returns lists holding one value of every structure shape, in {@link #structureShapes()} order. */
  static Arbitrary<List<Structure>> oneValuePerShape() {
    List<Arbitrary<Structure>> perShape = new ArrayList<>();
    for (StructureSchema<?, ?> schema : structureShapes()) {
      perShape.add(valuesOf(schema));
    }
    return Combinators.combine(perShape).as(List::copyOf);
  }

  /** Returns strings that exercise JSON escaping and UTF-8. */
  static Arbitrary<String> strings() {
    Arbitrary<String> tricky = Arbitraries.strings()
        .withChars("\"\\/\n\t\r\b\f\u0000\u0001\u001f\u007f<&>'üé☃ \u2028")
        .ofMaxLength(8);
    Arbitrary<String> special = Arbitraries.of(
        "", "\uD83D\uDE00", "a\uD83D\uDE00b", "x\uD800y", "\uDC00", "\uD800", "ü \"q\" \\ / \n\t☃ <&>");
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(8),
        Arbitraries.strings().all().ofMaxLength(8),
        Arbitraries.strings().ascii().ofMaxLength(8),
        tricky,
        special);
    return Combinators.combine(piece, piece).as(String::concat);
  }

  /** Returns instants of millisecond precision, negative and extreme ones included. */
  static Arbitrary<Instant> instants() {
    Arbitrary<Instant> near = Arbitraries.longs()
        .between(-100_000_000_000_000L, 100_000_000_000_000L)
        .map(Instant::ofEpochMilli);
    Arbitrary<Instant> whole = Arbitraries.longs()
        .between(-10_000_000_000L, 10_000_000_000L)
        .map(Instant::ofEpochSecond);
    Arbitrary<Instant> special = Arbitraries.of(
        Instant.EPOCH, Instant.ofEpochMilli(-1), Instant.ofEpochMilli(-1500),
        Instant.ofEpochMilli(1_700_000_000_123L), Instant.MIN,
        Instant.MAX.truncatedTo(ChronoUnit.MILLIS));
    return Arbitraries.oneOf(near, whole, special);
  }

  /** Returns raw values of {@code schema} (see {@code MemberSchema}) with {@code depth} structure levels left. */
  static Arbitrary<Object> raw(Schema schema, int depth) {
    String key = schema.name() + "@" + depth;
    Arbitrary<Object> cached = CACHE.get(key);
    if (cached == null) {
      cached = create(schema, depth);
      CACHE.put(key, cached);
    }
    return cached;
  }

  private static Arbitrary<Object> create(Schema schema, int depth) {
    return switch (schema.type()) {
      case STRING -> strings().asGeneric();
      case ENUM -> enums((EnumSchema<?>) schema).asGeneric();
      case INTEGER -> Arbitraries.integers().asGeneric();
      case BOOLEAN -> Arbitraries.of(true, false).asGeneric();
      case TIMESTAMP -> instants().asGeneric();
      case BLOB -> Arbitraries.bytes().array(byte[].class).ofMaxSize(12).map(Blob::of).asGeneric();
      case LIST -> list((ListSchema) schema, depth);
      case MAP -> map((MapSchema) schema, depth);
      case STRUCTURE -> structure((StructureSchema<?, ?>) schema, depth);
    };
  }

  private static Arbitrary<String> enums(EnumSchema<?> schema) {
    return Arbitraries.oneOf(Arbitraries.of(schema.values()), Arbitraries.of("FLYING", ""));
  }

  private static boolean canGenerate(Schema schema, int depth) {
    return schema.type() != ShapeType.STRUCTURE || depth > 0;
  }

  private static Arbitrary<Object> list(ListSchema schema, int depth) {
    if (!canGenerate(schema.member(), depth)) {
      return Arbitraries.just(List.of());
    }
    return raw(schema.member(), depth).list().ofMaxSize(3).asGeneric();
  }

  private static Arbitrary<Object> map(MapSchema schema, int depth) {
    if (!canGenerate(schema.value(), depth)) {
      return Arbitraries.just(Map.of());
    }
    Arbitrary<Object> values = raw(schema.value(), depth);
    return strings().list().uniqueElements().ofMaxSize(3)
        .flatMap(keys -> values.list().ofSize(keys.size()).map(vs -> {
          Map<String, Object> entries = new LinkedHashMap<>();
          for (int i = 0; i < keys.size(); i++) {
            entries.put(keys.get(i), vs.get(i));
          }
          return (Object) entries;
        }));
  }

  private static <T, B> Arbitrary<Object> structure(StructureSchema<T, B> schema, int depth) {
    List<MemberSchema<T, B>> members = schema.members();
    if (members.isEmpty()) {
      return Arbitraries.just(schema.build(schema.newBuilder()));
    }
    List<Arbitrary<Object>> memberValues = new ArrayList<>();
    for (MemberSchema<T, B> member : members) {
      Schema target = member.target();
      memberValues.add(canGenerate(target, depth - 1)
          ? raw(target, depth - 1).injectNull(0.3)
          : Arbitraries.just(null));
    }
    return Combinators.combine(memberValues).as(values -> {
      B builder = schema.newBuilder();
      for (int i = 0; i < members.size(); i++) {
        if (values.get(i) != null) {
          members.get(i).set(builder, values.get(i));
        }
      }
      return (Object) schema.build(builder);
    });
  }
}

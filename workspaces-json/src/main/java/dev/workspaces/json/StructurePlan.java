package dev.workspaces.json;

import dev.workspaces.model.schema.MemberSchema;
import dev.workspaces.model.schema.Schema;
import dev.workspaces.model.schema.ShapeType;
import dev.workspaces.model.schema.StructureSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A structure's members made ready for the codec once, instead of on every value: each member's
 * target shape resolved, its wire name already quoted and encoded for the writer, and an index by
 * wire name for the reader.
 *
 * <p>Plans are cached by shape name and built on first use, one structure at a time (a nested
 * structure gets its own plan when it is first met), so recursive shapes need no special care. A
 * schema object that is not the one the cache holds for its name gets a fresh, uncached plan.
 * Immutable once built and safe to share between threads.
 *
 * @param <T> the structure type
 * @param <B> its builder type
 */
final class StructurePlan<T, B> {
  private static final ConcurrentHashMap<String, StructurePlan<?, ?>> CACHE = new ConcurrentHashMap<>();

  final StructureSchema<T, B> schema;
  /** The members in model order. */
  final List<Member<T, B>> members;
  private final Map<String, Member<T, B>> byWireName;

  private StructurePlan(StructureSchema<T, B> schema) {
    this.schema = schema;
    Member<?, ?>[] prepared = new Member<?, ?>[schema.members().size()];
    Map<String, Member<T, B>> index = new HashMap<>();
    for (int i = 0; i < prepared.length; i++) {
      MemberSchema<T, B> member = schema.members().get(i);
      Member<T, B> plan = new Member<>(member, member.target(), i);
      prepared[i] = plan;
      index.put(member.wireName(), plan);
    }
    @SuppressWarnings("unchecked") // every element was made from this schema's members
    List<Member<T, B>> typed = (List<Member<T, B>>) (List<?>) List.of(prepared);
    this.members = typed;
    this.byWireName = index;
  }

  /** Returns the plan of {@code schema}. */
  @SuppressWarnings("unchecked") // the cache maps each shape name to the plan of that shape
  static <T, B> StructurePlan<T, B> of(StructureSchema<T, B> schema) {
    StructurePlan<?, ?> cached = CACHE.get(schema.name());
    if (cached == null) {
      cached = CACHE.computeIfAbsent(schema.name(), name -> new StructurePlan<>(schema));
    }
    return cached.schema == schema ? (StructurePlan<T, B>) cached : new StructurePlan<>(schema);
  }

  /** Returns the member with wire name {@code wireName}, or {@code null}. */
  @Nullable Member<T, B> member(String wireName) {
    return byWireName.get(wireName);
  }

  /**
   * Returns the member with wire name {@code wireName}, or {@code null}, trying the member at
   * {@code expected} first: members usually arrive in model order, so the reader passes the index
   * after the last member it met, and most lookups end with one string comparison.
   */
  @Nullable Member<T, B> member(String wireName, int expected) {
    if (expected < members.size()) {
      Member<T, B> guess = members.get(expected);
      if (guess.wireName.equals(wireName)) {
        return guess;
      }
    }
    return byWireName.get(wireName);
  }

  /**
   * One member, prepared.
   *
   * @param <T> the structure type
   * @param <B> its builder type
   */
  static final class Member<T, B> {
    final MemberSchema<T, B> schema;
    final String wireName;
    /** {@code "WireName":} as UTF-8 bytes. */
    final byte[] encodedName;
    final Schema target;
    final ShapeType type;
    /** The member's position in model order, from 0. */
    final int index;

    Member(MemberSchema<T, B> schema, Schema target, int index) {
      this.schema = schema;
      this.index = index;
      this.wireName = schema.wireName();
      this.encodedName = JsonOutput.encodedName(wireName);
      this.target = target;
      this.type = target.type();
    }
  }
}

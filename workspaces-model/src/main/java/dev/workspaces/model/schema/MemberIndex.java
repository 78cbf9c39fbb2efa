package dev.workspaces.model.schema;

import com.google.common.collect.ImmutableMap;
import java.util.concurrent.ConcurrentHashMap;

/** Caches each structure's members keyed by wire name, built once per shape. */
final class MemberIndex {
  private static final ConcurrentHashMap<String, ImmutableMap<String, ?>> CACHE =
      new ConcurrentHashMap<>();

  private MemberIndex() {}

  @SuppressWarnings("unchecked")
  static <T, B> ImmutableMap<String, MemberSchema<T, B>> of(StructureSchema<T, B> schema) {
    return (ImmutableMap<String, MemberSchema<T, B>>)
        CACHE.computeIfAbsent(schema.name(), name -> index(schema));
  }

  private static <T, B> ImmutableMap<String, MemberSchema<T, B>> index(StructureSchema<T, B> schema) {
    ImmutableMap.Builder<String, MemberSchema<T, B>> byWireName = ImmutableMap.builder();
    for (MemberSchema<T, B> member : schema.members()) {
      byWireName.put(member.wireName(), member);
    }
    return byWireName.buildOrThrow();
  }
}

package dev.workspaces.engine.internal.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link IdMap} behaves as a sorted map: after any sequence of puts and removals, a listed and an
 * unlisted map both hold what a {@link TreeMap} holds, iterate in its order, page from any key as
 * it does, and are equal to it with the same hash code. Keys come from a small alphabet so that
 * puts hit existing keys and hash codes collide ("Aa" and "BB" share one).
 */
class IdMapProperties {
  /** One change: put {@code key -> value}, or remove {@code key} when {@code value} is null. */
  record Change(String key, Integer value) {}

  @Provide
  Arbitrary<List<Change>> changes() {
    Arbitrary<String> keys = Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "ws-1", "ws-2", "ws-10", "");
    Arbitrary<Integer> values = Arbitraries.integers().between(0, 3).injectNull(0.3);
    return net.jqwik.api.Combinators.combine(keys, values).as(Change::new).list().ofMaxSize(60);
  }

  @Property(tries = 300)
  void listedAndUnlistedMapsAgreeWithATreeMap(@ForAll("changes") List<Change> changes) {
    IdMap<Integer> listed = IdMap.listed();
    IdMap<Integer> unlisted = IdMap.unlisted();
    TreeMap<String, Integer> expected = new TreeMap<>();
    for (Change change : changes) {
      if (change.value() == null) {
        listed = listed.minus(change.key());
        unlisted = unlisted.minus(change.key());
        expected.remove(change.key());
      } else {
        listed = listed.plus(change.key(), change.value());
        unlisted = unlisted.plus(change.key(), change.value());
        expected.put(change.key(), change.value());
      }
    }
    for (IdMap<Integer> map : List.of(listed, unlisted)) {
      assertEquals(expected, map);
      assertEquals(map, expected);
      assertEquals(expected.hashCode(), map.hashCode());
      assertEquals(expected.size(), map.size());
      assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(map.entrySet()));
      assertEquals(expected.toString(), map.toString());
      for (String key : List.of("Aa", "BB", "AaAa", "ws-1", "ws-2", "")) {
        assertEquals(expected.get(key), map.get(key));
        assertEquals(expected.containsKey(key), map.containsKey(key));
        assertEquals(new ArrayList<>(expected.tailMap(key, true).keySet()),
            new ArrayList<>(map.sorted().tailMap(key, true).keySet()));
      }
    }
    assertEquals(listed, unlisted);
  }

  @Example
  void mapsOfOneSizeAreEqualOnlyWithTheSameKeysAndValues() {
    IdMap<Integer> map = IdMap.<Integer>unlisted().plus("a", 1).plus("b", 2);
    assertEquals(map, IdMap.<Integer>listed().plus("b", 2).plus("a", 1));
    assertNotEquals(map, IdMap.<Integer>unlisted().plus("a", 1).plus("b", 3));
    assertNotEquals(map, IdMap.<Integer>unlisted().plus("a", 1).plus("c", 2));
    assertNotEquals(map, map.plus("c", 3));
  }

  @Example
  void puttingTheValueAlreadyThereReturnsTheSameMap() {
    Integer one = 1;
    IdMap<Integer> map = IdMap.<Integer>listed().plus("a", one);
    assertSame(map, map.plus("a", one));
  }

  @Example
  void removingAnAbsentKeyReturnsTheSameMap() {
    IdMap<Integer> map = IdMap.<Integer>listed().plus("a", 1);
    assertSame(map, map.minus("b"));
  }

  @Example
  void nullKeysAndValuesAreRefusedAndUnknownKeyTypesAreAbsent() {
    IdMap<Integer> map = IdMap.<Integer>unlisted().plus("a", 1);
    assertThrows(NullPointerException.class, () -> map.plus(null, 1));
    assertThrows(NullPointerException.class, () -> map.plus("b", null));
    assertNull(map.get(42));
    assertNotEquals(map, Map.of("a", 2));
  }

  @Example
  void theSortedViewIsReadOnly() {
    IdMap<Integer> map = IdMap.<Integer>listed().plus("a", 1);
    assertThrows(UnsupportedOperationException.class, () -> map.sorted().put("b", 2));
    assertThrows(UnsupportedOperationException.class, () -> map.entrySet().clear());
    assertEquals(Map.of("a", 1), map);
  }
}

package dev.workspaces.engine.internal.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link HashTrie} holds what a {@link HashMap} holds after any puts and removals, with enough
 * keys that buckets split into branches and branches collapse back, and with keys whose string
 * hashes all collide (blocks of "Aa" and "BB"), which end in one bucket below every hash bit.
 * Earlier roots never change.
 */
class HashTrieProperties {
  /** Put {@code key -> value}, or remove {@code key} when {@code value} is null. */
  record Change(String key, Integer value) {}

  @Provide
  Arbitrary<List<Change>> changes() {
    Arbitrary<String> spread = Arbitraries.integers().between(0, 2_000).map(i -> "ws-" + i);
    Arbitrary<String> colliding = Arbitraries.of("Aa", "BB").list().ofSize(4).map(blocks -> String.join("", blocks));
    Arbitrary<String> keys = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, spread), net.jqwik.api.Tuple.of(1, colliding));
    Arbitrary<Integer> values = Arbitraries.integers().between(0, 3).injectNull(0.35);
    return Combinators.combine(keys, values).as(Change::new).list().ofMaxSize(3_000);
  }

  @Property(tries = 60)
  void holdsWhatAHashMapHolds(@ForAll("changes") List<Change> changes) {
    Object[] root = HashTrie.EMPTY;
    Map<String, Integer> expected = new HashMap<>();
    List<Object[]> roots = new ArrayList<>();
    List<Map<String, Integer>> snapshots = new ArrayList<>();
    for (Change change : changes) {
      if (change.value() == null) {
        if (expected.remove(change.key()) != null) {
          root = HashTrie.remove(root, change.key());
        }
      } else {
        root = HashTrie.put(root, change.key(), change.value());
        expected.put(change.key(), change.value());
      }
      if (roots.size() < 20 && change.key().hashCode() % 7 == 0) {
        roots.add(root);
        snapshots.add(new HashMap<>(expected));
      }
      assertEquals(expected.get(change.key()), HashTrie.get(root, change.key()));
    }
    assertEquals(expected, contents(root));
    for (String key : List.of("ws-0", "ws-1", "ws-2000", "AaAaAaAa", "BBBBBBBB", "AaBBAaBB", "absent")) {
      assertEquals(expected.get(key), HashTrie.get(root, new String(key.toCharArray())), key);
    }
    for (int i = 0; i < roots.size(); i++) {
      assertEquals(snapshots.get(i), contents(roots.get(i)), "an earlier root changed");
    }
  }

  @Example
  void removingEveryKeyCollapsesTheTrieBackToTheEmptyRoot() {
    Object[] root = HashTrie.EMPTY;
    for (int i = 0; i < 5_000; i++) {
      root = HashTrie.put(root, "ws-" + i, i);
    }
    assertTrue(HashTrie.depth(root) >= 2, "5,000 keys need more than one branch");
    for (int i = 0; i < 5_000; i++) {
      root = HashTrie.remove(root, "ws-" + i);
    }
    assertSame(HashTrie.EMPTY, root);
    assertNull(HashTrie.get(root, "ws-1"));
  }

  @Example
  void keysWhoseHashesAllCollideShareOneDeepBucket() {
    List<String> keys = new ArrayList<>();
    for (int bits = 0; bits < 32; bits++) {
      StringBuilder key = new StringBuilder();
      for (int block = 0; block < 5; block++) {
        key.append((bits >> block & 1) == 0 ? "Aa" : "BB");
      }
      keys.add(key.toString());
    }
    Object[] root = HashTrie.EMPTY;
    for (String key : keys) {
      root = HashTrie.put(root, key, key.length());
    }
    assertEquals(7, HashTrie.depth(root), "every hash bit is used before the bucket grows past its limit");
    for (String key : keys) {
      assertEquals(10, HashTrie.get(root, key));
    }
    assertEquals(32, contents(root).size());
  }

  @Example
  void aBranchUnderALoneBranchKeepsItsLevelWhenKeysGo() {
    // Twelve keys whose hashes share their lowest 10 bits: the root and the branch below it each
    // have one child, and the branch under those spreads the keys over several slots.
    List<String> keys = new ArrayList<>();
    int shared = HashTrie.hash("k0") & 0x3FF;
    for (int i = 1; keys.size() < 12; i++) {
      if ((HashTrie.hash("k" + i) & 0x3FF) == shared) {
        keys.add("k" + i);
      }
    }
    Object[] root = HashTrie.EMPTY;
    for (String key : keys) {
      root = HashTrie.put(root, key, key);
    }
    assertTrue(HashTrie.depth(root) >= 3);
    for (String gone : keys.subList(0, 6)) {
      root = HashTrie.remove(root, gone);
    }
    for (String key : keys.subList(6, 12)) {
      assertEquals(key, HashTrie.get(root, key));
    }
    assertEquals(6, contents(root).size());
  }

  private static Map<String, Object> contents(Object[] root) {
    Map<String, Object> contents = new HashMap<>();
    HashTrie.forEach(root, (key, value) -> assertNull(contents.put(key, value), "a key held twice: " + key));
    return contents;
  }
}

package dev.workspaces.engine.internal.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SortedKeys} is a sorted set: after thousands of random additions and removals (enough for
 * three levels of nodes, splits and emptied nodes) it holds, counts and walks exactly what a
 * {@link TreeSet} does, from any starting key. Keys share long prefixes and include characters of
 * 255 and above, where the 64-bit prefixes tie and the strings decide.
 */
class SortedKeysProperties {
  /** Keys with long shared prefixes (so prefixes tie), wide characters and the empty string. */
  private static Arbitrary<String> keys() {
    Arbitrary<String> ids = Arbitraries.strings().withChars("ab9\u00ff\u0100\u4e2d").ofMinLength(0).ofMaxLength(4);
    return Arbitraries.oneOf(
        ids.map(suffix -> "ws-" + suffix),
        ids.map(suffix -> "ws-abcdefgh" + suffix),
        ids);
  }

  /** A key and whether to add (true) or remove (false) it. */
  record Change(String key, boolean add) {}

  @Provide
  Arbitrary<List<Change>> changes() {
    Arbitrary<Change> change = net.jqwik.api.Combinators.combine(keys(), Arbitraries.of(true, true, false))
        .as(Change::new);
    return change.list().ofMinSize(0).ofMaxSize(4000);
  }

  @Property(tries = 60)
  void behavesAsATreeSet(@ForAll("changes") List<Change> changes, @ForAll("starts") List<String> starts) {
    SortedKeys keys = SortedKeys.EMPTY;
    TreeSet<String> expected = new TreeSet<>();
    for (Change change : changes) {
      SortedKeys before = keys;
      boolean changed = change.add() ? expected.add(change.key()) : expected.remove(change.key());
      keys = change.add() ? keys.plus(change.key()) : keys.minus(change.key());
      if (!changed) {
        assertSame(before, keys, "a change that changes nothing returns the same set");
      }
    }
    assertHolds(expected, keys);
    for (String start : starts) {
      assertEquals(ImmutableList.copyOf(expected.tailSet(start, true)), ImmutableList.copyOf(keys.from(start)),
          "keys from " + start);
    }
  }

  @Provide
  Arbitrary<List<String>> starts() {
    return keys().list().ofMaxSize(20);
  }

  @Property(tries = 2000)
  void aSmallerPrefixMeansASmallerString(@ForAll("anyKey") String a, @ForAll("anyKey") String b) {
    if (Long.compareUnsigned(SortedKeys.prefix(a), SortedKeys.prefix(b)) < 0) {
      assertTrue(a.compareTo(b) < 0, a + " < " + b);
    }
  }

  @Provide
  Arbitrary<String> anyKey() {
    return Arbitraries.oneOf(keys(), Arbitraries.strings().ofMaxLength(12));
  }

  @Example
  void anExhaustedWalkSaysSo() {
    var walk = SortedKeys.EMPTY.plus("a").from("b");
    assertFalse(walk.hasNext());
    org.junit.jupiter.api.Assertions.assertThrows(NoSuchElementException.class, walk::next);
  }

  @Property(tries = 30)
  void aMergedTreeTakesFurtherChangesLikeAnyOther(@ForAll("changes") List<Change> first,
      @ForAll("changes") List<Change> then) {
    TreeSet<String> expected = new TreeSet<>();
    SortedKeys added = SortedKeys.EMPTY;
    for (Change change : first) {
      if (change.add() && expected.add(change.key())) {
        added = added.plus(change.key());
      }
    }
    SortedKeys keys = merged(SortedKeys.EMPTY, added);
    for (Change change : then) {
      keys = change.add() ? keys.plus(change.key()) : keys.minus(change.key());
      if (change.add()) {
        expected.add(change.key());
      } else {
        expected.remove(change.key());
      }
    }
    assertHolds(expected, keys);
  }

  @Property(tries = 40)
  void toggleAddsWhatIsAbsentAndRemovesWhatIsPresent(@ForAll("changes") List<Change> changes,
      @ForAll("changes") List<Change> more) {
    TreeSet<String> expected = new TreeSet<>();
    SortedKeys keys = toggled(SortedKeys.EMPTY, changes, expected);
    assertHolds(expected, keys);
    SortedKeys merged = merged(keys, toggled(SortedKeys.EMPTY, more, expected));
    assertHolds(expected, merged); // a merge keeps the keys in exactly one of the two
  }

  /** Merges the keys of {@code changes} into {@code base}, as {@link BufferedKeys} does with its log. */
  private static SortedKeys merged(SortedKeys base, SortedKeys changes) {
    String[] keys = ImmutableList.copyOf(changes).toArray(String[]::new);
    long[] prefixes = java.util.Arrays.stream(keys).mapToLong(SortedKeys::prefix).toArray();
    return SortedKeys.merge(base, prefixes, keys);
  }

  /** Toggles each change's key in {@code keys} and in {@code expected} alike. */
  private static SortedKeys toggled(SortedKeys keys, List<Change> changes, TreeSet<String> expected) {
    for (Change change : changes) {
      keys = keys.toggle(change.key());
      if (!expected.remove(change.key())) {
        expected.add(change.key());
      }
    }
    return keys;
  }

  private static void assertHolds(TreeSet<String> expected, SortedKeys keys) {
    assertEquals(expected.size(), keys.size());
    assertEquals(ImmutableList.copyOf(expected), ImmutableList.copyOf(keys));
  }
}

package dev.workspaces.engine.internal.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link BufferedKeys} is a sorted set: over thousands of additions of absent keys and removals of
 * present ones (enough for many rebuilds of the base, some of them with keys added, removed and
 * added again in between, and reads in between that settle the log early) it holds, counts and walks
 * exactly what a {@link TreeSet} does, from any starting key, and two sets of the same keys are
 * equal however their changes were buffered.
 */
class BufferedKeysProperties {
  /** Keys with long shared prefixes (so 64-bit prefixes tie) and wide characters. */
  private static Arbitrary<String> keys() {
    Arbitrary<String> suffixes = Arbitraries.strings().withChars("ab9\u00ff\u0100\u4e2d").ofMinLength(0).ofMaxLength(5);
    return Arbitraries.oneOf(suffixes.map(suffix -> "ws-" + suffix), suffixes.map(suffix -> "ws-abcdefgh" + suffix));
  }

  /**
   * A key, whether it is to be removed (when present) rather than added (when absent), and whether
   * the set is read after the change (which settles its log early).
   */
  record Change(String key, boolean remove, boolean readAfter) {}

  @Provide
  Arbitrary<List<Change>> changes() {
    Arbitrary<Change> change = net.jqwik.api.Combinators.combine(keys(), Arbitraries.of(false, false, true),
        Arbitraries.integers().between(0, 99).map(n -> n == 0)).as(Change::new);
    return change.list().ofMinSize(0).ofMaxSize(5000);
  }

  @Provide
  Arbitrary<List<String>> starts() {
    return keys().list().ofMaxSize(20);
  }

  @Property(tries = 60)
  void behavesAsATreeSet(@ForAll("changes") List<Change> changes, @ForAll("starts") List<String> starts) {
    BufferedKeys keys = BufferedKeys.EMPTY;
    TreeSet<String> expected = new TreeSet<>();
    for (Change change : changes) {
      if (change.remove() && expected.remove(change.key())) {
        keys = keys.minusPresent(change.key());
      } else if (!change.remove() && expected.add(change.key())) {
        keys = keys.plusNew(change.key());
      }
      if (change.readAfter()) {
        assertEquals(ImmutableList.copyOf(expected), ImmutableList.copyOf(keys), "read between changes");
      }
    }
    assertEquals(expected.size(), keys.size());
    assertEquals(ImmutableList.copyOf(expected), ImmutableList.copyOf(keys));
    for (String start : starts) {
      assertEquals(ImmutableList.copyOf(expected.tailSet(start, true)), ImmutableList.copyOf(keys.from(start)),
          "keys from " + start);
    }
    BufferedKeys rebuilt = BufferedKeys.EMPTY;
    for (String key : expected.descendingSet()) {
      rebuilt = rebuilt.plusNew(key);
    }
    assertEquals(rebuilt, keys, "equal content, differently buffered");
    assertEquals(rebuilt.hashCode(), keys.hashCode());
  }

  @Example
  void aRemovedKeyComesBackAndManyChangesAreMergedIntoTheBase() {
    List<String> ids = new ArrayList<>();
    BufferedKeys keys = BufferedKeys.EMPTY;
    for (int i = 0; i < 3000; i++) {
      String id = String.format("ws-%05d", (i * 7919) % 3000);
      ids.add(id);
      keys = keys.plusNew(id);
    }
    BufferedKeys withoutOne = keys.minusPresent("ws-01234");
    assertEquals(2999, withoutOne.size());
    assertNotEquals(keys, withoutOne);
    assertEquals(keys, withoutOne.plusNew("ws-01234"));
    assertEquals(ImmutableList.copyOf(new TreeSet<>(ids)), ImmutableList.copyOf(keys));
    assertEquals(List.of("ws-02998", "ws-02999"), ImmutableList.copyOf(keys.from("ws-02998")));
    for (String id : ids) {
      keys = keys.minusPresent(id);
    }
    assertEquals(0, keys.size());
    assertEquals(List.of(), ImmutableList.copyOf(keys));
  }
}

package dev.workspaces.engine.internal.collect;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A persistent sorted set of ids for sets that grow large and change at random places, such as the
 * WorkSpaces of one directory. The ids live in a base tree ({@link SortedKeys}); a change is only
 * written down, in a log of the ids toggled since the base was last settled, so it costs O(1) and
 * reads nothing of the tree. The set is the ids in the base toggled by the log.
 *
 * <p>The log is settled into the base:
 * <ul>
 *   <li>when it outnumbers a quarter of the base (and {@value #MIN_CHANGES}): sorted, then merged
 *       in one walk over the base's leaves ({@link SortedKeys#merge(SortedKeys, long[], String[])}),
 *       O(log n) per change amortised, and all of it over arrays read in order;
 *   <li>when the set is first read: a short log ({@value #TOGGLED_ON_READ} ids or fewer) is toggled
 *       into the base one id at a time, a longer one merged. The result is kept, so further reads of
 *       this set and the sets later derived from it start from it.
 * </ul>
 * So the changes the engine makes as WorkSpaces come and go read no tree at all, which at 100k
 * WorkSpaces took the index off the cache-missing path it was on as a tree of changes.
 *
 * <p>The caller knows which ids are present: {@link #plusNew} takes an id not in the set and
 * {@link #minusPresent} one that is (the engine's index of WorkSpaces adds a WorkSpace when it is
 * first stored and removes it when it is deleted). Equality is by content ({@link SortedIds}),
 * whatever the split. Safe to share between threads: the settled tree is kept in a plain field, and
 * a race at worst settles the same log twice into equal immutable trees.
 */
@API(status = INTERNAL)
public final class BufferedKeys extends SortedIds {
  /**
   * How many ids of the base each logged change may stand for before a merge: the log is merged
   * once it outnumbers a quarter of the base. A merge rebuilds the base's leaves and sorts the
   * log, so a longer log makes the rebuild cheaper per change and the sort a little dearer.
   */
  static final int BASE_PER_CHANGE = 4;

  /** Changes kept before a merge, however small the base. */
  static final int MIN_CHANGES = 64;

  /** The longest log that a read settles by toggling its ids one at a time rather than merging. */
  static final int TOGGLED_ON_READ = 16;

  /** The empty set. */
  public static final BufferedKeys EMPTY = new BufferedKeys(SortedKeys.EMPTY, null, 0, 0);

  /** Ids per chunk of the log. */
  static final int CHUNK = 16;

  /**
   * Up to {@value #CHUNK} toggled ids with their {@link SortedKeys#prefix}es, oldest first, after
   * those of the chunk before. Only the newest chunk is ever partial; adding to it copies it. So a
   * merge reads the log a chunk of neighbouring array slots at a time, instead of one scattered
   * object per change (a chain of cache misses: it was a long pause at 100k WorkSpaces).
   */
  private record Chunk(long[] prefixes, String[] keys, @Nullable Chunk previous) {
    /** Returns {@code log} (null when empty) with {@code key} toggled last. */
    static Chunk append(@Nullable Chunk log, long prefix, String key) {
      if (log == null || log.keys.length == CHUNK) {
        return new Chunk(new long[] {prefix}, new String[] {key}, log);
      }
      int length = log.keys.length;
      long[] prefixes = Arrays.copyOf(log.prefixes, length + 1);
      String[] keys = Arrays.copyOf(log.keys, length + 1);
      prefixes[length] = prefix;
      keys[length] = key;
      return new Chunk(prefixes, keys, log.previous);
    }
  }

  /** One toggled id and its prefix, for sorting. */
  private record Toggle(long prefix, String key) {}

  /** The order of {@link SortedKeys}. */
  private static final Comparator<Toggle> ORDER =
      (a, b) -> SortedKeys.compare(a.prefix(), a.key(), b.prefix(), b.key());

  private final SortedKeys base;
  /** The newest chunk of the log of changes since {@link #base}, or null. */
  private final @Nullable Chunk changes;
  private final int changeCount;
  private final int size;
  /** The base with the log applied, once read; null before. */
  private @Nullable SortedKeys settled;

  private BufferedKeys(SortedKeys base, @Nullable Chunk changes, int changeCount, int size) {
    this.base = base;
    this.changes = changes;
    this.changeCount = changeCount;
    this.size = size;
    this.settled = changes == null ? base : null;
  }

  @Override
  public int size() {
    return size;
  }

  /** Returns a set that also holds {@code key}, which this set must not hold. */
  public BufferedKeys plusNew(String key) {
    return toggled(key, size + 1);
  }

  /** Returns a set without {@code key}, which this set must hold. */
  public BufferedKeys minusPresent(String key) {
    return toggled(key, size - 1);
  }

  private BufferedKeys toggled(String key, int nextSize) {
    SortedKeys known = settled;
    SortedKeys from = known != null ? known : base;
    Chunk log = Chunk.append(known != null ? null : changes, SortedKeys.prefix(key), key);
    int count = known != null ? 1 : changeCount + 1;
    if (count > Math.max(MIN_CHANGES, from.size() / BASE_PER_CHANGE)) {
      return new BufferedKeys(merged(from, log, count), null, 0, nextSize);
    }
    return new BufferedKeys(from, log, count, nextSize);
  }

  @Override
  public Iterator<String> from(String start) {
    return settled().from(start);
  }

  /** Returns the base with the log applied, settling it on the first call. */
  private SortedKeys settled() {
    SortedKeys known = settled;
    if (known == null) {
      known = changeCount <= TOGGLED_ON_READ ? toggledIn(base, changes) : merged(base, changes, changeCount);
      settled = known;
    }
    return known;
  }

  private static SortedKeys toggledIn(SortedKeys keys, @Nullable Chunk log) {
    for (Chunk chunk = log; chunk != null; chunk = chunk.previous()) {
      for (String key : chunk.keys()) {
        keys = keys.toggle(key);
      }
    }
    return keys;
  }

  /** Sorts the log's {@code count} changes, drops ids toggled an even number of times, and merges. */
  private static SortedKeys merged(SortedKeys keys, Chunk log, int count) {
    Toggle[] sorted = new Toggle[count];
    int at = 0;
    for (Chunk chunk = log; chunk != null; chunk = chunk.previous()) {
      for (int i = 0; i < chunk.keys().length; i++) {
        sorted[at++] = new Toggle(chunk.prefixes()[i], chunk.keys()[i]);
      }
    }
    Arrays.sort(sorted, ORDER);
    long[] prefixes = new long[count];
    String[] ids = new String[count];
    int kept = 0;
    for (int i = 0; i < count; ) {
      int same = i + 1;
      while (same < count && sorted[same].prefix() == sorted[i].prefix()
          && sorted[same].key().equals(sorted[i].key())) {
        same++;
      }
      if ((same - i) % 2 == 1) {
        prefixes[kept] = sorted[i].prefix();
        ids[kept++] = sorted[i].key();
      }
      i = same;
    }
    return SortedKeys.merge(keys, Arrays.copyOf(prefixes, kept), Arrays.copyOf(ids, kept));
  }
}

package dev.workspaces.engine.internal.collect;

import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * The persistent hash trie behind {@link IdMap}: string keys to values, changed by copying the
 * path from the root to one bucket and sharing everything else.
 *
 * <h2>Layout</h2>
 * Every node is a bare {@code Object[]}, so a lookup loads one array per level and nothing else:
 * <ul>
 *   <li>a <em>branch</em> has exactly {@value #WIDTH} slots, indexed by five bits of the key's hash
 *       (the lowest first), each null or a child node;
 *   <li>a <em>bucket</em> has an odd length, so it never looks like a branch: slot 0 unused, then
 *       key and value pairs, up to {@value #BUCKET_PAIRS} pairs (a fuller one splits into a
 *       branch; below all the hash bits, it holds every key that collides).
 * </ul>
 * A lookup compares keys by identity before it compares them by value, so a key that is the very
 * string the map stores costs no read of it. At 100k keys the path to a value is three branches
 * and a bucket (about 1.6 MB of arrays in all), where a trie of node objects and entry objects
 * (Vavr's, which this replaced) takes twice as many dependent loads and more than twice the memory.
 *
 * <h2>Contract</h2>
 * Static functions over roots; a root is never modified once returned. {@link #EMPTY} is the root
 * of the empty trie. Keys and values are never null. Iteration order is the trie's own and
 * depends on history; callers that expose an order sort first.
 */
final class HashTrie {
  /** The root of the empty trie: a bucket with no pairs. */
  static final @Nullable Object[] EMPTY = new Object[1];

  /** The length of a branch: one slot per value of five hash bits. */
  static final int WIDTH = 32;
  private static final int BITS = 5;
  private static final int MASK = WIDTH - 1;
  /** The most key and value pairs a bucket holds before it splits (unless no hash bits are left). */
  static final int BUCKET_PAIRS = 8;

  private HashTrie() {}

  /** Returns the value of {@code key}, or null. */
  static @Nullable Object get(@Nullable Object[] root, String key) {
    int hash = hash(key);
    @Nullable Object[] node = root;
    int shift = 0;
    while (node.length == WIDTH) {
      node = (@Nullable Object[]) node[(hash >>> shift) & MASK];
      if (node == null) {
        return null;
      }
      shift += BITS;
    }
    int at = indexOf(node, key);
    return at < 0 ? null : node[at + 1];
  }

  /** Returns a root in which {@code key} maps to {@code value}. */
  static @Nullable Object[] put(@Nullable Object[] root, String key, Object value) {
    return put(root, 0, key, hash(key), value);
  }

  /** Returns a root without {@code key}; the caller has checked that the trie holds it. */
  static @Nullable Object[] remove(@Nullable Object[] root, String key) {
    @Nullable Object[] next = remove(root, 0, key, hash(key));
    return next == null ? EMPTY : next;
  }

  /** Calls {@code action} with every key and value, in the trie's order. */
  static void forEach(@Nullable Object[] root, BiConsumer<String, Object> action) {
    every(root, (key, value) -> {
      action.accept(key, value);
      return true;
    });
  }

  /** Returns whether {@code test} holds for every key and value; stops at the first that fails. */
  static boolean every(@Nullable Object[] node, BiPredicate<String, Object> test) {
    if (node.length == WIDTH) {
      for (Object child : node) {
        if (child != null && !every((@Nullable Object[]) child, test)) {
          return false;
        }
      }
      return true;
    }
    for (int i = 1; i < node.length; i += 2) {
      if (!test.test((String) node[i], node[i + 1])) {
        return false;
      }
    }
    return true;
  }

  /** Returns how many levels deep the deepest bucket is (0 for a root bucket); for tests. */
  static int depth(@Nullable Object[] node) {
    if (node.length != WIDTH) {
      return 0;
    }
    int deepest = 0;
    for (Object child : node) {
      if (child != null) {
        deepest = Math.max(deepest, depth((@Nullable Object[]) child));
      }
    }
    return deepest + 1;
  }

  private static @Nullable Object[] put(@Nullable Object[] node, int shift, String key, int hash, Object value) {
    if (node.length == WIDTH) {
      int slot = (hash >>> shift) & MASK;
      @Nullable Object[] child = (@Nullable Object[]) node[slot];
      @Nullable Object[] copy = node.clone();
      copy[slot] = child == null ? new Object[] {null, key, value} : put(child, shift + BITS, key, hash, value);
      return copy;
    }
    int at = indexOf(node, key);
    if (at > 0) {
      @Nullable Object[] copy = node.clone();
      copy[at + 1] = value;
      return copy;
    }
    if (node.length / 2 < BUCKET_PAIRS || shift >= Integer.SIZE) {
      @Nullable Object[] copy = Arrays.copyOf(node, node.length + 2);
      copy[node.length] = key;
      copy[node.length + 1] = value;
      return copy;
    }
    @Nullable Object[] branch = new Object[WIDTH];
    for (int i = 1; i < node.length; i += 2) {
      branch = put(branch, shift, (String) node[i], hash((String) node[i]), node[i + 1]);
    }
    return put(branch, shift, key, hash, value);
  }

  private static @Nullable Object @Nullable [] remove(@Nullable Object[] node, int shift, String key, int hash) {
    if (node.length == WIDTH) {
      int slot = (hash >>> shift) & MASK;
      @Nullable Object[] copy = node.clone();
      copy[slot] = remove((@Nullable Object[]) node[slot], shift + BITS, key, hash);
      return collapse(copy);
    }
    if (node.length == 3) {
      return null;
    }
    int at = indexOf(node, key);
    @Nullable Object[] copy = new Object[node.length - 2];
    System.arraycopy(node, 0, copy, 0, at);
    System.arraycopy(node, at + 2, copy, at, node.length - at - 2);
    return copy;
  }

  /**
   * Returns {@code branch}, or null when it has no children, or its only child when that child is
   * a bucket (a bucket may hold any keys, so it can stand one level higher).
   */
  private static @Nullable Object @Nullable [] collapse(@Nullable Object[] branch) {
    @Nullable Object[] only = null;
    for (Object child : branch) {
      if (child != null) {
        if (only != null) {
          return branch;
        }
        only = (@Nullable Object[]) child;
      }
    }
    return only == null || only.length != WIDTH ? only : branch;
  }

  /** Returns the index of {@code key} in a bucket, or -1: by identity first, then by value. */
  private static int indexOf(@Nullable Object[] bucket, String key) {
    for (int i = 1; i < bucket.length; i += 2) {
      if (bucket[i] == key) {
        return i;
      }
    }
    int hash = key.hashCode();
    for (int i = 1; i < bucket.length; i += 2) {
      String stored = (String) bucket[i];
      if (stored.hashCode() == hash && stored.equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** Spreads the string hash over all 32 bits (murmur3's finaliser), since levels read 5 at a time. */
  static int hash(String key) {
    int h = key.hashCode();
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }
}

package dev.workspaces.engine.internal.collect;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * A persistent sorted set of ids (in {@link String#compareTo} order): a B+ tree of up to
 * {@value #WIDTH} keys per node whose changes copy one root-to-leaf path and share the rest.
 *
 * <p>Beside each key a node keeps an order-preserving 64-bit prefix of it ({@link #prefix}), so a
 * search compares longs held in the node and reads a key's characters only when two prefixes tie.
 * With ids like {@code ws-1a2b3c4d5} that keeps an insertion or removal among 100k keys to a few
 * cache misses per level, where a binary tree of strings pays two or three per level over
 * seventeen levels.
 *
 * <p>Every change is one {@link #toggle} descent; {@link #plus} and {@link #minus} keep its result
 * only when it changed the set their way (so a no-op costs a discarded path copy). Removals never
 * merge nodes: a node is dropped when it becomes empty, so the tree stays {@code O(log n)} deep in
 * the largest size it ever had.
 */
final class SortedKeys extends SortedIds {
  static final int WIDTH = 32;

  /**
   * The most keys {@link #merge} puts in a leaf: a tree that is only ever merged into is read in
   * long runs, and fewer, larger leaves mean fewer cache misses per merge. A later {@link #plus}
   * splits such a leaf in halves like any other.
   */
  static final int MERGED_LEAF = 4 * WIDTH;

  /** The empty set. */
  public static final SortedKeys EMPTY = new SortedKeys(null, 0);

  /** Keys and their prefixes, in order; the node's children when it is a branch (else null). */
  private record Node(long[] prefixes, String[] keys, Node @Nullable [] children) {
    boolean isLeaf() {
      return children == null;
    }

    int width() {
      return prefixes.length;
    }
  }

  private final @Nullable Node root;
  private final int size;

  private SortedKeys(@Nullable Node root, int size) {
    this.root = root;
    this.size = size;
  }

  @Override
  public int size() {
    return size;
  }

  /** Returns a set that also holds {@code key} (this set when it already does). */
  public SortedKeys plus(String key) {
    SortedKeys toggled = toggle(key);
    return toggled.size > size ? toggled : this;
  }

  /** Returns a set without {@code key} (this set when it does not hold it). */
  public SortedKeys minus(String key) {
    SortedKeys toggled = toggle(key);
    return toggled.size < size ? toggled : this;
  }

  /**
   * Returns a set that holds {@code key} when this one does not, and does not when this one does,
   * in one descent of the tree.
   */
  public SortedKeys toggle(String key) {
    long prefix = prefix(key);
    if (root == null) {
      return new SortedKeys(new Node(new long[] {prefix}, new String[] {key}, null), 1);
    }
    boolean[] added = new boolean[1];
    Node[] result = toggle(root, prefix, key, added);
    if (result.length == 0) {
      return EMPTY;
    }
    Node top = result.length == 1 ? result[0] : branch(result);
    while (!top.isLeaf() && top.width() == 1) {
      top = top.children[0];
    }
    return new SortedKeys(top, size + (added[0] ? 1 : -1));
  }

  /**
   * Returns the keys in exactly one of {@code base} and the given ones (their symmetric
   * difference), in one walk over the leaves of {@code base}: a leaf no change falls in is shared as
   * it is, the others are rebuilt, and the branches above are built afresh (O(n / {@value
   * #MERGED_LEAF}) plus the changed leaves). {@code keys} must be distinct and in {@link #compare}
   * order (which is {@link String#compareTo} order), with {@code prefixes[i] == prefix(keys[i])}.
   */
  static SortedKeys merge(SortedKeys base, long[] prefixes, String[] keys) {
    LeafMerge merge = new LeafMerge(new Flat(prefixes, keys));
    if (base.root != null) {
      merge.walk(base.root);
    }
    merge.finish();
    Node[] level = merge.leaves.toArray(Node[]::new);
    if (level.length == 0) {
      return EMPTY;
    }
    while (level.length > 1) {
      Node[] up = new Node[(level.length + WIDTH - 1) / WIDTH];
      for (int i = 0; i < up.length; i++) {
        up[i] = branch(Arrays.copyOfRange(level, i * WIDTH, Math.min(level.length, (i + 1) * WIDTH)));
      }
      level = up;
    }
    return new SortedKeys(level[0], merge.size);
  }

  /** Returns the branch over {@code children}, its keys their first keys. */
  private static Node branch(Node[] children) {
    long[] prefixes = new long[children.length];
    String[] keys = new String[children.length];
    for (int c = 0; c < children.length; c++) {
      prefixes[c] = children[c].prefixes[0];
      keys[c] = children[c].keys[0];
    }
    return new Node(prefixes, keys, children);
  }

  /** The leaves of a merge, in order, with its position among the changes. */
  private static final class LeafMerge {
    private final Flat changes;
    private final java.util.List<Node> leaves = new java.util.ArrayList<>();
    private int next;
    private int size;
    /** Where a changed leaf is merged before it is copied out at its final width. */
    private long[] scratchPrefixes = new long[0];
    private String[] scratchKeys = new String[0];

    LeafMerge(Flat changes) {
      this.changes = changes;
    }

    /** Emits the leaves under {@code node} with the changes that fall in them. */
    void walk(Node node) {
      if (!node.isLeaf()) {
        for (Node child : node.children) {
          walk(child);
        }
        return;
      }
      int last = node.width() - 1;
      int to = next;
      while (to < changes.size() && changes.compare(to, node, last) <= 0) {
        to++;
      }
      if (to == next) {
        leaves.add(node);
        size += node.width();
        return;
      }
      int most = node.width() + to - next;
      if (scratchKeys.length < most) {
        scratchPrefixes = new long[most];
        scratchKeys = new String[most];
      }
      long[] prefixes = scratchPrefixes;
      String[] keys = scratchKeys;
      int out = 0;
      for (int i = 0; i <= last; i++) {
        while (next < to && changes.compare(next, node, i) < 0) {
          prefixes[out] = changes.prefixes[next];
          keys[out++] = changes.keys[next++];
        }
        if (next < to && changes.compare(next, node, i) == 0) {
          next++; // in both: toggled out
        } else {
          prefixes[out] = node.prefixes[i];
          keys[out++] = node.keys[i];
        }
      }
      emit(prefixes, keys, 0, out);
    }

    /** Emits the changes after the last leaf. */
    void finish() {
      emit(changes.prefixes, changes.keys, next, changes.size());
      next = changes.size();
    }

    /**
     * Emits keys {@code from} to {@code to} (sorted) as leaves of at most {@value #MERGED_LEAF},
     * split evenly (none when there are none), copying them out of the given arrays.
     */
    private void emit(long[] prefixes, String[] keys, int from, int to) {
      int length = to - from;
      size += length;
      int count = (length + MERGED_LEAF - 1) / MERGED_LEAF;
      for (int i = 0; i < count; i++) {
        int start = from + (int) ((long) length * i / count);
        int end = from + (int) ((long) length * (i + 1) / count);
        leaves.add(new Node(Arrays.copyOfRange(prefixes, start, end), Arrays.copyOfRange(keys, start, end), null));
      }
    }
  }

  /** The sorted keys a merge applies, with their prefixes. */
  private record Flat(long[] prefixes, String[] keys) {
    int size() {
      return keys.length;
    }

    /** Compares key {@code i} here with key {@code j} of {@code node}, prefixes first. */
    int compare(int i, Node node, int j) {
      int order = Long.compareUnsigned(prefixes[i], node.prefixes[j]);
      return order != 0 ? order : compareTied(keys[i], node.keys[j]);
    }
  }

  @Override
  public Iterator<String> from(String start) {
    return new From(root, prefix(start), start);
  }

  /**
   * Toggles {@code key} under {@code node} (setting {@code added[0]} to whether it was inserted):
   * no node when {@code node} became empty, else its replacement, or two nodes when it split.
   */
  private static Node[] toggle(Node node, long prefix, String key, boolean[] added) {
    int at = search(node, prefix, key);
    if (node.isLeaf()) {
      added[0] = at < 0;
      if (at >= 0) {
        return node.width() == 1 ? new Node[0] : new Node[] {removeAt(node, at)};
      }
      return fit(insertAt(node, -at - 1, prefix, key, null));
    }
    int child = at >= 0 ? at : Math.max(0, -at - 2);
    Node[] changed = toggle(node.children[child], prefix, key, added);
    if (changed.length == 0) {
      return node.width() == 1 ? new Node[0] : new Node[] {removeAt(node, child)};
    }
    Node copy = replaceAt(node, child, changed[0], changed[0].keys[0] != node.keys[child]);
    if (changed.length == 1) {
      return new Node[] {copy};
    }
    Node right = changed[1];
    return fit(insertAt(copy, child + 1, right.prefixes[0], right.keys[0], right));
  }

  /** Binary search of a node's keys: the index of {@code key}, or {@code -(insertion point) - 1}. */
  private static int search(Node node, long prefix, String key) {
    long[] prefixes = node.prefixes;
    int low = 0;
    int high = prefixes.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = Long.compareUnsigned(prefixes[middle], prefix);
      if (order == 0) {
        order = compareTied(node.keys[middle], key); // only a tie reads the key itself
      }
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -(low + 1);
  }

  /**
   * Returns an order-preserving prefix: the first eight characters as bytes, stopping (and padding
   * with zeros) at the end of the string or at the first character of 255 or more, which counts
   * as 255. If {@code prefix(a) < prefix(b)} (unsigned) then {@code a < b}; equal prefixes say
   * nothing, and the strings themselves are compared.
   */
  static long prefix(String key) {
    long prefix = 0;
    for (int i = 0; i < 8; i++) {
      int unit = i < key.length() ? Math.min(key.charAt(i), 255) : 0;
      prefix |= (long) unit << (56 - 8 * i);
      if (i >= key.length() || unit == 255) {
        break;
      }
    }
    return prefix;
  }

  /**
   * Compares two keys with their {@link #prefix}es, in {@link String#compareTo} order: prefixes
   * first, so only a tie reads the keys themselves, and the same string (a removal's key) reads
   * neither.
   */
  static int compare(long prefixA, String a, long prefixB, String b) {
    int order = Long.compareUnsigned(prefixA, prefixB);
    return order != 0 ? order : compareTied(a, b);
  }

  /** Compares two keys whose prefixes tie; the same string (a removal's key) reads neither. */
  private static int compareTied(String a, String b) {
    return a == b ? 0 : a.compareTo(b);
  }

  private static Node insertAt(Node node, int index, long prefix, String key, @Nullable Node child) {
    int width = node.width();
    long[] prefixes = new long[width + 1];
    String[] keys = new String[width + 1];
    System.arraycopy(node.prefixes, 0, prefixes, 0, index);
    System.arraycopy(node.keys, 0, keys, 0, index);
    prefixes[index] = prefix;
    keys[index] = key;
    System.arraycopy(node.prefixes, index, prefixes, index + 1, width - index);
    System.arraycopy(node.keys, index, keys, index + 1, width - index);
    Node[] children = null;
    if (!node.isLeaf()) {
      children = new Node[width + 1];
      System.arraycopy(node.children, 0, children, 0, index);
      children[index] = child;
      System.arraycopy(node.children, index, children, index + 1, width - index);
    }
    return new Node(prefixes, keys, children);
  }

  private static Node removeAt(Node node, int index) {
    int width = node.width();
    long[] prefixes = new long[width - 1];
    String[] keys = new String[width - 1];
    System.arraycopy(node.prefixes, 0, prefixes, 0, index);
    System.arraycopy(node.keys, 0, keys, 0, index);
    System.arraycopy(node.prefixes, index + 1, prefixes, index, width - index - 1);
    System.arraycopy(node.keys, index + 1, keys, index, width - index - 1);
    Node[] children = null;
    if (!node.isLeaf()) {
      children = new Node[width - 1];
      System.arraycopy(node.children, 0, children, 0, index);
      System.arraycopy(node.children, index + 1, children, index, width - index - 1);
    }
    return new Node(prefixes, keys, children);
  }

  /**
   * Returns a copy of a branch whose child {@code index} is {@code child}. When the child's
   * smallest key changed ({@code newFirst}: an insertion before every key, or the removal of the
   * separator itself) the separator follows it, so a branch's keys stay its children's first keys.
   */
  private static Node replaceAt(Node node, int index, Node child, boolean newFirst) {
    Node[] children = node.children.clone();
    children[index] = child;
    if (!newFirst) {
      return new Node(node.prefixes, node.keys, children);
    }
    long[] prefixes = node.prefixes.clone();
    String[] keys = node.keys.clone();
    prefixes[index] = child.prefixes[0];
    keys[index] = child.keys[0];
    return new Node(prefixes, keys, children);
  }

  /** Returns {@code node} alone, or its two halves when it holds more than {@link #WIDTH}. */
  private static Node[] fit(Node node) {
    int width = node.width();
    if (width <= WIDTH) {
      return new Node[] {node};
    }
    int half = width / 2;
    return new Node[] {slice(node, 0, half), slice(node, half, width)};
  }

  private static Node slice(Node node, int from, int to) {
    return new Node(Arrays.copyOfRange(node.prefixes, from, to), Arrays.copyOfRange(node.keys, from, to),
        node.isLeaf() ? null : Arrays.copyOfRange(node.children, from, to));
  }

  /** An in-order walk that starts at the first key at or after a given one. */
  private static final class From implements Iterator<String> {
    private final Deque<Node> nodes = new ArrayDeque<>();
    private final Deque<Integer> positions = new ArrayDeque<>();

    From(@Nullable Node root, long prefix, String start) {
      Node node = root;
      while (node != null) {
        int at = search(node, prefix, start);
        if (node.isLeaf()) {
          nodes.push(node);
          positions.push(at >= 0 ? at : -at - 1);
          node = null;
        } else {
          int child = at >= 0 ? at : Math.max(0, -at - 2);
          nodes.push(node);
          positions.push(child);
          node = node.children[child];
        }
      }
      settle();
    }

    /** Moves past exhausted nodes to the next key, if any. */
    private void settle() {
      while (!nodes.isEmpty() && positions.peek() >= nodes.peek().width()) {
        nodes.pop();
        positions.pop();
        if (nodes.isEmpty()) {
          return;
        }
        int next = positions.pop() + 1;
        positions.push(next);
        if (next < nodes.peek().width()) {
          Node node = nodes.peek().children[next];
          while (!node.isLeaf()) {
            nodes.push(node);
            positions.push(0);
            node = node.children[0];
          }
          nodes.push(node);
          positions.push(0);
        }
      }
    }

    @Override
    public boolean hasNext() {
      return !nodes.isEmpty();
    }

    @Override
    public String next() {
      if (nodes.isEmpty()) {
        throw new NoSuchElementException();
      }
      int at = positions.pop();
      String key = nodes.peek().keys[at];
      positions.push(at + 1);
      settle();
      return key;
    }
  }
}

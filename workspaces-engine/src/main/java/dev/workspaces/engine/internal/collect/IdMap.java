package dev.workspaces.engine.internal.collect;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Iterators;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A persistent map from resource id (or another string key) to {@code V}: an immutable
 * {@link Map} whose {@link #plus} and {@link #minus} return changed copies that share almost all
 * of their structure with the original.
 *
 * <h2>Costs</h2>
 * Reads and writes go to a 32-way hash trie of bare arrays ({@link HashTrie}), so they stay a few
 * cache misses deep at any size; putting a value that is already there returns the same map.
 * Iteration is always in key order: a <em>listed</em> map ({@link #listed()}) also keeps its keys
 * in a persistent B+ tree ({@link SortedKeys}), updated only when a key comes or goes, so listings
 * page through it in O(log n + page); an <em>unlisted</em> map ({@link #unlisted()}) sorts its keys
 * when iterated, for maps that are only looked up in.
 *
 * <h2>Guarantees</h2>
 * Immutable, null-free (keys and values), and equal to any {@link Map} with the same entries;
 * whether a map is listed changes its costs, never its contents or its order.
 *
 * @param <V> the value type
 */
@API(status = INTERNAL)
public final class IdMap<V> extends AbstractMap<String, V> {
  private static final IdMap<?> EMPTY_LISTED = new IdMap<>(HashTrie.EMPTY, 0, SortedKeys.EMPTY);
  private static final IdMap<?> EMPTY_UNLISTED = new IdMap<>(HashTrie.EMPTY, 0, null);

  /** The entries: the root of a {@link HashTrie} whose values are all {@code V}. */
  private final @Nullable Object[] root;
  private final int size;
  /** The keys in order, for a listed map; null for an unlisted one. */
  private final @Nullable SortedKeys order;

  private IdMap(@Nullable Object[] root, int size, @Nullable SortedKeys order) {
    this.root = root;
    this.size = size;
    this.order = order;
  }

  /** Returns an empty map that keeps its keys sorted as they change (for maps paged through). */
  @SuppressWarnings("unchecked")
  public static <V> IdMap<V> listed() {
    return (IdMap<V>) EMPTY_LISTED;
  }

  /** Returns an empty map that sorts its keys only when iterated (for maps only looked up in). */
  @SuppressWarnings("unchecked")
  public static <V> IdMap<V> unlisted() {
    return (IdMap<V>) EMPTY_UNLISTED;
  }

  /** Returns a copy in which {@code key} maps to {@code value}. */
  public IdMap<V> plus(String key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Object old = HashTrie.get(root, key);
    if (old == value) {
      return this;
    }
    @Nullable Object[] next = HashTrie.put(root, key, value);
    return old != null ? new IdMap<>(next, size, order)
        : new IdMap<>(next, size + 1, order == null ? null : order.plus(key));
  }

  /** Returns a copy without {@code key} (this map when it has no such key). */
  public IdMap<V> minus(String key) {
    if (HashTrie.get(root, key) == null) {
      return this;
    }
    return new IdMap<>(HashTrie.remove(root, key), size - 1, order == null ? null : order.minus(key));
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable V get(Object key) {
    return key instanceof String id ? (V) HashTrie.get(root, id) : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String id && HashTrie.get(root, id) != null;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns the entries whose keys are at or after {@code start}, in key order: O(log n) to the
   * first for a listed map, then O(1) per entry.
   */
  public Iterator<Map.Entry<String, V>> entriesFrom(String start) {
    Iterator<String> keys = order != null ? order.from(start) : sortedKeys().tailSet(start, true).iterator();
    return Iterators.transform(keys, key -> new AbstractMap.SimpleImmutableEntry<>(key, get(key)));
  }

  private ImmutableSortedSet<String> sortedKeys() {
    ImmutableSortedSet.Builder<String> keys = ImmutableSortedSet.naturalOrder();
    HashTrie.forEach(root, (key, value) -> keys.add(key));
    return keys.build();
  }

  /** Returns a sorted copy (O(n); listings page with {@link #entriesFrom} instead). */
  public NavigableMap<String, V> sorted() {
    return ImmutableSortedMap.copyOf(this);
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, V>> iterator() {
        return Iterators.unmodifiableIterator(entriesFrom(""));
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    if (other instanceof IdMap<?> map) {
      return map.size == size
          && HashTrie.every(root, (key, value) -> value.equals(HashTrie.get(map.root, key)));
    }
    return super.equals(other);
  }

  /** Returns the {@link Map#hashCode()} of the entries, without sorting them. */
  @Override
  public int hashCode() {
    int[] hash = {0};
    HashTrie.forEach(root, (key, value) -> hash[0] += key.hashCode() ^ value.hashCode());
    return hash[0];
  }
}

package dev.workspaces.engine.internal.collect;

import com.google.common.collect.Iterators;
import java.util.Iterator;

/**
 * A persistent sorted set of ids, walked in {@link String#compareTo} order from any id and compared
 * by content: two sets holding the same ids are equal whatever their structure or class.
 */
abstract class SortedIds implements Iterable<String> {
  SortedIds() {}

  /** Returns how many ids the set holds. */
  public abstract int size();

  /** Returns the ids at or after {@code start}, in order. */
  public abstract Iterator<String> from(String start);

  /** Returns whether the set holds no id. */
  public boolean isEmpty() {
    return size() == 0;
  }

  /** Returns the ids in order. */
  @Override
  public Iterator<String> iterator() {
    return from("");
  }

  /** Returns whether {@code other} is a set with the same ids. */
  @Override
  public boolean equals(Object other) {
    return other instanceof SortedIds ids && ids.size() == size() && Iterators.elementsEqual(iterator(), ids.iterator());
  }

  @Override
  public int hashCode() {
    int hash = 0;
    for (String id : this) {
      hash += id.hashCode();
    }
    return hash;
  }

  @Override
  public String toString() {
    return Iterators.toString(iterator());
  }
}

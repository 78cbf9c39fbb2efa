package dev.workspaces.engine.state;

import com.google.common.collect.ImmutableList;
import dev.workspaces.model.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.StringJoiner;

/**
 * Everything one account owns in one region: one {@link ScopePart} per registered {@link Kind}, each
 * owning its maps and indexes. {@code get(Kinds.IP_GROUPS)} reads a kind; {@link #with} returns a copy
 * in which a kind holds another part, sharing every other part.
 *
 * <h2>Guarantees</h2>
 * Immutable and compared by value (part by part). A change copies one array of a slot per kind and
 * leaves the parts it does not change as they are.
 */
public final class ScopeState {
  /** A scope that holds nothing: every kind's empty part. */
  public static final ScopeState EMPTY = new ScopeState(emptyParts());

  /** The parts, each at its kind's slot. */
  private final ScopePart<?>[] parts;

  private ScopeState(ScopePart<?>[] parts) {
    this.parts = parts;
  }

  private static ScopePart<?>[] emptyParts() {
    List<Kind<?>> kinds = Kinds.all();
    ScopePart<?>[] parts = new ScopePart<?>[kinds.size()];
    for (Kind<?> kind : kinds) {
      parts[kind.slot()] = kind.empty();
    }
    return parts;
  }

  /** Returns what this scope holds of {@code kind}. */
  @SuppressWarnings("unchecked") // with(kind, part) stores only a kind's own part type at its slot
  public <S extends ScopePart<S>> S get(Kind<S> kind) {
    return (S) parts[kind.slot()];
  }

  /** Returns a copy in which {@code kind} holds {@code next} (this scope when it holds it already). */
  public <S extends ScopePart<S>> ScopeState with(Kind<S> kind, S next) {
    Objects.requireNonNull(next, "next");
    int slot = kind.slot();
    if (parts[slot] == next) {
      return this;
    }
    ScopePart<?>[] changed = parts.clone();
    changed[slot] = next;
    return new ScopeState(changed);
  }

  /**
   * Returns a copy without resource {@code resourceId} and whatever any kind keeps for it (its
   * index entries, tags, client properties): see {@link ScopePart#forget}.
   */
  public ScopeState forget(String resourceId) {
    ScopePart<?>[] changed = null;
    for (int slot = 0; slot < parts.length; slot++) {
      ScopePart<?> next = parts[slot].forget(resourceId);
      if (next != parts[slot]) {
        if (changed == null) {
          changed = parts.clone();
        }
        changed[slot] = next;
      }
    }
    return changed == null ? this : new ScopeState(changed);
  }

  /** Returns the tags of a resource of any kind, empty when it has none: see {@link ScopeTags#of}. */
  public ImmutableList<Tag> tagsOf(String resourceId) {
    return ScopeTags.of(this, resourceId);
  }

  /**
   * Returns the tags of every tagged resource, WorkSpaces included, by resource id in order: a copy
   * made on each call (O(n log n)), meant for dumps and checks. See {@link ScopeTags#all}.
   */
  public SortedMap<String, ImmutableList<Tag>> tags() {
    return ScopeTags.all(this);
  }

  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof ScopeState scope && Arrays.equals(parts, scope.parts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(parts);
  }

  @Override
  public String toString() {
    StringJoiner text = new StringJoiner(", ", "ScopeState[", "]");
    for (Kind<?> kind : Kinds.all()) {
      text.add(kind.name() + "=" + parts[kind.slot()]);
    }
    return text.toString();
  }
}

package dev.workspaces.engine.state;

/**
 * One kind of resource a scope holds, as a typed key: its name, its slot in every
 * {@link ScopeState}, and what an empty scope holds of it. {@code scope.get(Kinds.IP_GROUPS)} reads a
 * kind; {@link StateEditor#edit} changes it.
 *
 * <p>Made only by {@link Kinds}, once per kind; compared by identity.
 *
 * @param <S> what a scope holds of this kind
 */
public final class Kind<S extends ScopePart<S>> {
  private final String name;
  private final int slot;
  private final S empty;

  Kind(String name, int slot, S empty) {
    this.name = name;
    this.slot = slot;
    this.empty = empty;
  }

  /** Returns the kind's name, for messages. */
  public String name() {
    return name;
  }

  /** Returns the kind's slot in a {@link ScopeState}: its position among {@link Kinds#all()}. */
  int slot() {
    return slot;
  }

  /** Returns what a scope holds of this kind before it has any. */
  public S empty() {
    return empty;
  }

  @Override
  public String toString() {
    return name;
  }
}

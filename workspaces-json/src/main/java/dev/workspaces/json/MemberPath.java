package dev.workspaces.json;

import org.jspecify.annotations.Nullable;

/**
 * Where in a body the reader is, spelled with wire names: {@code Workspaces.1.WorkspaceProperties},
 * list elements counted from 1, map values by their key.
 *
 * <p>Immutable; each step allocates one small node, and the text is built only for a message.
 */
final class MemberPath {
  /** The top-level object. */
  static final MemberPath ROOT = new MemberPath(null, "");

  private final @Nullable MemberPath parent;
  private final String segment;

  private MemberPath(@Nullable MemberPath parent, String segment) {
    this.parent = parent;
    this.segment = segment;
  }

  /** Returns the path of the member {@code wireName} of the structure at this path. */
  MemberPath member(String wireName) {
    return new MemberPath(this, wireName);
  }

  /** Returns the path of element {@code oneBasedIndex} of the list at this path. */
  MemberPath element(int oneBasedIndex) {
    return new MemberPath(this, Integer.toString(oneBasedIndex));
  }

  /** Returns the path of the value under {@code key} of the map at this path. */
  MemberPath key(String key) {
    return new MemberPath(this, key);
  }

  /** Returns the path for a message: {@code 'A.1.B'}, or {@code the top level} for the root. */
  String describe() {
    return parent == null ? "the top level" : "'" + render() + "'";
  }

  @Override
  public String toString() {
    return render();
  }

  private String render() {
    if (parent == null) {
      return "";
    }
    String prefix = parent.render();
    return prefix.isEmpty() ? segment : prefix + "." + segment;
  }
}

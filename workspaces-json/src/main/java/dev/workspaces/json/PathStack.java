package dev.workspaces.json;

import java.util.Arrays;

/**
 * Where in a body the reader is, spelled with wire names: {@code Workspaces.1.WorkspaceProperties},
 * list elements counted from 1, map values by their key.
 *
 * <p>A mutable stack, so that following the reader costs two array writes per member and
 * nothing is allocated; the text is built only for a message. The reader pops only after a member
 * was read, so when an exception unwinds the stack still names the failing member. Not
 * thread-safe; one per reader.
 */
final class PathStack {
  private String[] names = new String[16];
  /** The 1-based element index of each list level; 0 for a member or map key level. */
  private int[] elements = new int[16];
  private int depth;

  /** Enters the member {@code wireName} of a structure, or the value under key {@code wireName} of a map. */
  void push(String wireName) {
    grow();
    names[depth] = wireName;
    elements[depth++] = 0;
  }

  /** Enters element {@code oneBasedIndex} of a list. */
  void pushElement(int oneBasedIndex) {
    grow();
    names[depth] = null;
    elements[depth++] = oneBasedIndex;
  }

  /** Leaves the innermost level. */
  void pop() {
    depth--;
  }

  /** Returns whether the reader is at the top-level object. */
  boolean isRoot() {
    return depth == 0;
  }

  /** Returns the path for a message: {@code 'A.1.B'}, or {@code the top level} for the root. */
  String describe() {
    return depth == 0 ? "the top level" : "'" + this + "'";
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      if (i > 0) {
        text.append('.');
      }
      if (names[i] != null) {
        text.append(names[i]);
      } else {
        text.append(elements[i]);
      }
    }
    return text.toString();
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      elements = Arrays.copyOf(elements, depth * 2);
    }
  }
}

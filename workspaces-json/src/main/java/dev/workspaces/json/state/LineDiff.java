package dev.workspaces.json.state;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line: only the changed lines, each hunk with a few lines of
 * context and a {@code @@ -line,count +line,count @@} head, as {@code diff -u} prints them.
 *
 * <p>The lines both texts share at their start and end are set aside first; the rest is matched by
 * a longest common subsequence when it is small enough ({@value #MATCHED_CELLS} cells), else shown as
 * removed then added.
 */
final class LineDiff {
  /** Lines of context around each change. */
  static final int CONTEXT = 3;
  /** The largest product of the two middles' line counts that is matched line by line. */
  private static final long MATCHED_CELLS = 4_000_000;

  private LineDiff() {}

  /** One line of the edit script: kept (' '), removed ('-') or added ('+'), with its line numbers. */
  private record Edit(char mark, String line, int expectedLine, int actualLine) {}

  /** Returns the unified diff from {@code expected} to {@code actual}; empty when they are equal. */
  static String of(String expected, String actual) {
    List<Edit> edits = edits(expected.split("\n", -1), actual.split("\n", -1));
    StringBuilder out = new StringBuilder();
    int index = 0;
    while (index < edits.size()) {
      if (edits.get(index).mark() == ' ') {
        index++;
        continue;
      }
      int start = Math.max(0, index - CONTEXT);
      int lastChange = index;
      for (int next = index + 1; next < edits.size() && next - lastChange <= 2 * CONTEXT; next++) {
        if (edits.get(next).mark() != ' ') {
          lastChange = next;
        }
      }
      int end = Math.min(edits.size(), lastChange + CONTEXT + 1);
      hunk(out, edits.subList(start, end));
      index = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<Edit> hunk) {
    int expectedCount = 0;
    int actualCount = 0;
    for (Edit edit : hunk) {
      expectedCount += edit.mark() == '+' ? 0 : 1;
      actualCount += edit.mark() == '-' ? 0 : 1;
    }
    out.append("@@ -").append(hunk.get(0).expectedLine()).append(',').append(expectedCount)
        .append(" +").append(hunk.get(0).actualLine()).append(',').append(actualCount).append(" @@\n");
    for (Edit edit : hunk) {
      out.append(edit.mark()).append(edit.line()).append('\n');
    }
  }

  private static List<Edit> edits(String[] a, String[] b) {
    int prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix
        && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
      suffix++;
    }
    List<Edit> edits = new ArrayList<>();
    for (int i = 0; i < prefix; i++) {
      edits.add(new Edit(' ', a[i], i + 1, i + 1));
    }
    middle(edits, a, b, prefix, a.length - suffix, b.length - suffix);
    for (int k = suffix; k > 0; k--) {
      edits.add(new Edit(' ', a[a.length - k], a.length - k + 1, b.length - k + 1));
    }
    return edits;
  }

  /** Appends the edits of {@code a[from, aEnd)} against {@code b[from, bEnd)}. */
  private static void middle(List<Edit> edits, String[] a, String[] b, int from, int aEnd, int bEnd) {
    int n = aEnd - from;
    int m = bEnd - from;
    if ((long) n * m > MATCHED_CELLS) {
      for (int i = from; i < aEnd; i++) {
        edits.add(new Edit('-', a[i], i + 1, from + 1));
      }
      for (int j = from; j < bEnd; j++) {
        edits.add(new Edit('+', b[j], aEnd + 1, j + 1));
      }
      return;
    }
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] = a[from + i].equals(b[from + j])
            ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[from + i].equals(b[from + j])) {
        edits.add(new Edit(' ', a[from + i], from + i + 1, from + j + 1));
        i++;
        j++;
      } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
        edits.add(new Edit('-', a[from + i], from + i + 1, from + j + 1));
        i++;
      } else {
        edits.add(new Edit('+', b[from + j], from + i + 1, from + j + 1));
        j++;
      }
    }
  }
}

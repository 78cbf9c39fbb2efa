package dev.workspaces.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A Markdown table with padded columns, so it reads well both raw and rendered. */
final class Table {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  Table(String... header) {
    columns = header.length;
    rows.add(header);
  }

  Table row(Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
    }
    String[] text = new String[columns];
    for (int i = 0; i < columns; i++) {
      text[i] = String.valueOf(cells[i]);
    }
    rows.add(text);
    return this;
  }

  String render() {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      line(out, rows.get(r), widths);
      if (r == 0) {
        String[] rule = new String[columns];
        for (int i = 0; i < columns; i++) {
          rule[i] = "-".repeat(Math.max(3, widths[i]));
        }
        line(out, rule, widths);
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    out.append('|');
    for (int i = 0; i < cells.length; i++) {
      out.append(' ').append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" |");
    }
    out.append('\n');
  }

  /** Returns {@code value} with thousands separators and no decimals: {@code 12,345}. */
  static String count(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** Returns {@code value} with one decimal: {@code 12.3}. */
  static String one(double value) {
    return String.format(Locale.ROOT, "%,.1f", value);
  }

  /** Returns a ratio with two decimals and an x: {@code 1.52x}. */
  static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2fx", value);
  }

  /** Returns ratios as {@link #ratio} writes them, comma-separated in the given order. */
  static String ratios(double[] values) {
    return Arrays.stream(values).mapToObj(Table::ratio).collect(Collectors.joining(", "));
  }

  /** Returns a JMH score with its error as a percentage: {@code 12,345 ± 3%}. */
  static String score(JmhRuns.Score score) {
    if (Double.isNaN(score.error())) {
      return count(score.value());
    }
    return count(score.value()) + " ± " + Math.round(100 * score.error() / score.value()) + "%";
  }
}

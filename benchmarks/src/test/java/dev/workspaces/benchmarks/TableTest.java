package dev.workspaces.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tables come out as aligned Markdown. */
class TableTest {
  @Test
  void rendersPaddedMarkdown() {
    String table = new Table("a", "long header").row("wide cell", 1).render();
    assertEquals("""
        | a         | long header |
        | --------- | ----------- |
        | wide cell | 1           |
        """, table);
  }

  @Test
  void formatsFigures() {
    assertEquals("12,346", Table.count(12_345.6));
    assertEquals("1.50x", Table.ratio(1.5));
    assertEquals("1,000 ± 5%", Table.score(new JmhRuns.Score(1000, 50)));
  }
}

package dev.workspaces.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every row of every precondition table has a pinned accepted and a pinned refused example in the
 * examples test of its table; a new table or row without them fails here.
 */
class EveryRowIsPinnedTest {

  /** A row and whether an example of it is accepted. */
  record Pinned(RefusalRule row, boolean accepted) {}

  /** The examples of every table's examples test. */
  private static final List<Supplier<Stream<Pinned>>> EXAMPLES = List.of(
      () -> WorkspaceRuleExamplesTest.examples().map(e -> new Pinned(e.row(), e.accepted())),
      () -> WorkspaceRequestRuleExamplesTest.examples().map(EveryRowIsPinnedTest::pinned),
      () -> CreateWorkspacesRuleExamplesTest.examples().map(EveryRowIsPinnedTest::pinned),
      () -> ModifyPropertiesRuleExamplesTest.examples().map(EveryRowIsPinnedTest::pinned),
      () -> DirectoryRuleExamplesTest.examples().map(EveryRowIsPinnedTest::pinned),
      () -> TagRuleExamplesTest.examples().map(EveryRowIsPinnedTest::pinned),
      () -> BundleRuleExamplesTest.examples().map(EveryRowIsPinnedTest::pinned),
      () -> ImageRuleExamplesTest.examples().map(e -> new Pinned(e.row(), e.accepted())),
      () -> IpGroupRuleExamplesTest.examples().map(e -> new Pinned(e.row(), e.accepted())),
      () -> ConnectionRuleExamplesTest.examples().map(e -> new Pinned(e.row(), e.accepted())),
      () -> ConnectionAliasRuleExamplesTest.examples().map(EveryRowIsPinnedTest::pinned),
      () -> AccountLinkRuleExamplesTest.examples().map(EveryRowIsPinnedTest::pinned),
      () -> PageTokenRuleExamplesTest.examples().map(EveryRowIsPinnedTest::pinned),
      () -> EngineRuleExamplesTest.examples().map(EveryRowIsPinnedTest::pinned));

  @Test
  void everyRowOfEveryTableHasAnAcceptedAndARefusedExample() {
    Set<Pinned> pinned = new HashSet<>();
    EXAMPLES.forEach(examples -> examples.get().forEach(pinned::add));
    List<String> missing = new ArrayList<>();
    for (RefusalRule row : PreconditionTable.allRows()) {
      if (!pinned.contains(new Pinned(row, true))) {
        missing.add(row.qualifiedName() + " has no accepted example");
      }
      if (!pinned.contains(new Pinned(row, false))) {
        missing.add(row.qualifiedName() + " has no refused example");
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyTableListsRowsAndEveryRowItsTable() {
    for (PreconditionTable table : PreconditionTable.values()) {
      assertTrue(!table.rows().isEmpty(), table + " has no rows");
      table.rows().forEach(row -> assertEquals(table, row.table(), row.qualifiedName()));
    }
  }

  private static Pinned pinned(RowExample example) {
    return new Pinned(example.row(), example.accepted());
  }
}

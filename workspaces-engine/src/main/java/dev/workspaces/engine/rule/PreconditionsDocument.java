package dev.workspaces.engine.rule;

import dev.workspaces.model.Operation;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders every precondition table and the transition table as the Markdown of
 * {@code docs/preconditions.md}, so the documentation is derived from the very tables the engine
 * consults.
 */
public final class PreconditionsDocument {
  private PreconditionsDocument() {}

  /** Returns the document; deterministic (tables and rows in declaration order, states in enum order). */
  public static String render() {
    StringBuilder out = new StringBuilder();
    out.append("# Preconditions and transitions\n\n")
        .append("Generated from the precondition tables of `dev.workspaces.engine.rule` (`PreconditionTable` lists them)\n")
        .append("and from `Transition` by `PreconditionsDocumentTest` (run it with `-Dworkspaces.writeDocs=true` to rewrite\n")
        .append("this file). Do not edit by hand: the test fails when this file and the tables differ.\n\n")
        .append("Every refusal the engine gives, of a whole request or of one item in `FailedRequests`, is one row\n")
        .append("below. A doc date is that of the documentation the row follows; rows marked \"our choice\" carry\n")
        .append("the date the choice was made.\n\n");
    for (PreconditionTable table : PreconditionTable.values()) {
      out.append("## ").append(table.title()).append(" (`").append(table.typeName()).append("`)\n\n");
      rows(out, table);
      out.append("\n").append(table.note()).append("\n");
    }
    transitions(out);
    return out.toString();
  }

  /**
   * Renders the rows of a precondition table: name, operations, the columns the rows give in
   * {@link RefusalRule#details()}, error code, doc date, rule.
   */
  private static void rows(StringBuilder out, PreconditionTable table) {
    List<String> details = List.copyOf(table.rows().get(0).details().keySet());
    out.append("| rule | operations | ");
    details.forEach(column -> out.append(column).append(" | "));
    out.append("error code | doc date | rule |\n| --- | --- | ");
    details.forEach(column -> out.append("--- | "));
    out.append("--- | --- | --- |\n");
    for (RefusalRule rule : table.rows()) {
      out.append("| ").append(rule.name()).append(" | ").append(operationNames(rule.operations()));
      details.forEach(column -> out.append(" | ").append(rule.details().get(column)));
      out.append(" | ").append(rule.errorCode().code())
          .append(" | ").append(rule.docDate())
          .append(" | ").append(rule.rule())
          .append(" |\n");
    }
  }

  private static void transitions(StringBuilder out) {
    out.append("## Asynchronous steps\n\n")
        .append("Steps complete only when virtual time is advanced (`Engine.advance`). A step whose duration\n")
        .append("reads \"with X\" is never scheduled by itself: it completes together with step X.\n\n")
        .append("| step | resource | from | to | realistic duration |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (Transition transition : Transition.values()) {
      out.append("| ").append(transition.name())
          .append(" | ").append(transition.kind())
          .append(" | ").append(transition.from())
          .append(" | ").append(transition.to().orElse("(removed)"))
          .append(" | ").append(transition.completedWith().map(driver -> "with " + driver.name())
              .orElse(transition.realisticDuration().toString()))
          .append(" |\n");
    }
  }

  /**
   * Returns the operations' names, "every operation" for a row that governs them all, or "none (a
   * simulation hook)" for a row of a hook.
   */
  private static String operationNames(Collection<Operation> operations) {
    if (operations.isEmpty()) {
      return "none (a simulation hook)";
    }
    if (operations.containsAll(EnumSet.allOf(Operation.class))) {
      return "every operation";
    }
    return operations.stream().map(Operation::operationName).collect(Collectors.joining(", "));
  }
}

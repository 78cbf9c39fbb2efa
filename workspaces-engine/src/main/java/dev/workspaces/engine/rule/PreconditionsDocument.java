package dev.workspaces.engine.rule;

import dev.workspaces.model.Operation;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Renders every precondition table and the transition table as the Markdown of
 * {@code docs/preconditions.md}, so the documentation is derived from the very tables the engine
 * consults.
 */
public final class PreconditionsDocument {
  private static final String IN_ORDER = "Checks run in table order within an operation; the first failing row answers.\n";

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
      out.append("\n").append(note(table)).append("\n");
    }
    transitions(out);
    return out.toString();
  }

  private static void rows(StringBuilder out, PreconditionTable table) {
    switch (table) {
      case WORKSPACE -> workspaceRules(out);
      case IMAGE -> ruleTable(out, List.of(ImageRule.values()), "image states",
          rule -> rule.imageStates().isEmpty() ? "any" : join(rule.imageStates()));
      case WORKSPACE_REQUEST, CREATE_WORKSPACES, DIRECTORY, TAG, BUNDLE, IP_GROUP, PAGE_TOKEN, ENGINE ->
          ruleTable(out, table.rows(), null, rule -> "");
    }
  }

  private static String note(PreconditionTable table) {
    return switch (table) {
      case WORKSPACE -> "In batch calls (Reboot, Rebuild, Start, Stop, Terminate) a refused item is reported in\n"
          + "`FailedRequests` with the row's error code and the call succeeds; other operations refuse the\n"
          + "whole request with that error. The other WorkSpace rows, such as an unknown WorkSpace, follow.\n";
      case WORKSPACE_REQUEST -> "In batch calls and CreateWorkspaces a row refuses one item; elsewhere the whole request.\n"
          + IN_ORDER;
      case CREATE_WORKSPACES -> "Each row refuses one item in `FailedRequests`; the call itself succeeds. "
          + "An item is checked against\nDIRECTORY_KNOWN, DIRECTORY_REGISTERED, `BundleRule.BUNDLE_EXISTS`, "
          + "the name rows, ONE_PER_USER,\n`WorkspaceRequestRule.PROPERTIES_VALID` and WORKSPACE_LIMIT, in this order.\n";
      case IMAGE -> "An image reports `Updates.UpdateAvailable` = true once " + ImageRule.UPDATE_AVAILABLE_AFTER.toDays()
          + " virtual days have passed since it became\nAVAILABLE; an updated image starts that count again. "
          + "Updatable operating systems: " + join(ImageRule.UPDATABLE_SYSTEMS) + ".\n" + IN_ORDER;
      case PAGE_TOKEN -> "A listing checks its NextToken after its other rows.\n";
      case ENGINE -> "Schema validation runs before any other row; an operation not simulated has no other row.\n";
      case DIRECTORY, TAG, BUNDLE, IP_GROUP -> IN_ORDER;
    };
  }

  private static void workspaceRules(StringBuilder out) {
    out.append("| action | operation | allowed states | running modes | moves to | error code | doc date | rule |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (WorkspaceRule rule : WorkspaceRule.values()) {
      out.append("| ").append(rule.name())
          .append(" | ").append(rule.operation().operationName())
          .append(" | ").append(join(rule.allowedStates()))
          .append(" | ").append(join(rule.runningModes()))
          .append(" | ").append(rule.resultState())
          .append(" | ").append(rule.errorCode().code())
          .append(" | ").append(rule.docDate())
          .append(" | ").append(rule.rule())
          .append(" |\n");
    }
  }

  /**
   * Renders the rows of a precondition table: name, operations, an extra column when
   * {@code extraHeader} is not null (its cells from {@code extraCell}), error code, doc date, rule.
   */
  private static <R extends RefusalRule> void ruleTable(StringBuilder out, List<R> rows,
      @Nullable String extraHeader, Function<R, String> extraCell) {
    boolean extra = extraHeader != null;
    out.append("| rule | operations | ").append(extra ? extraHeader + " | " : "").append("error code | doc date | rule |\n")
        .append("| --- | --- | ").append(extra ? "--- | " : "").append("--- | --- | --- |\n");
    for (R rule : rows) {
      out.append("| ").append(rule.name())
          .append(" | ").append(operationNames(rule.operations()))
          .append(extra ? " | " + extraCell.apply(rule) : "")
          .append(" | ").append(rule.errorCode().code())
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

  /** Returns the operations' names, or "every operation" for a row that governs them all. */
  private static String operationNames(Collection<Operation> operations) {
    if (operations.containsAll(EnumSet.allOf(Operation.class))) {
      return "every operation";
    }
    return operations.stream().map(Operation::operationName).collect(Collectors.joining(", "));
  }

  private static <E extends Enum<E>> String join(Collection<E> constants) {
    return constants.stream().sorted().map(Object::toString).collect(Collectors.joining(", "));
  }
}

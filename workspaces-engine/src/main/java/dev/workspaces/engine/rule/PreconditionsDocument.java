package dev.workspaces.engine.rule;

import dev.workspaces.model.Operation;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the precondition and transition tables as the Markdown of {@code docs/preconditions.md},
 * so the documentation is derived from the very tables the engine consults.
 */
public final class PreconditionsDocument {
  private PreconditionsDocument() {}

  /** Returns the document; deterministic (rows in declaration order, states in enum order). */
  public static String render() {
    StringBuilder out = new StringBuilder();
    out.append("# Preconditions and transitions\n\n")
        .append("Generated from `dev.workspaces.engine.rule.WorkspaceRule`, `ImageRule`, `IpGroupRule` and `Transition` by\n")
        .append("`PreconditionsDocumentTest` (run it with `-Dworkspaces.writeDocs=true` to rewrite this file).\n")
        .append("Do not edit by hand: the test fails when this file and the tables differ.\n\n");
    workspaceRules(out);
    imageRules(out);
    ipGroupRules(out);
    transitions(out);
    return out.toString();
  }

  private static void workspaceRules(StringBuilder out) {
    out.append("## Actions on a WorkSpace\n\n")
        .append("| action | operation | allowed states | running modes | moves to | refusal | doc date | rule |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (WorkspaceRule rule : WorkspaceRule.values()) {
      out.append("| ").append(rule.name())
          .append(" | ").append(rule.operation().operationName())
          .append(" | ").append(join(rule.allowedStates()))
          .append(" | ").append(join(rule.runningModes()))
          .append(" | ").append(rule.resultState())
          .append(" | ").append(rule.refusalCode())
          .append(" | ").append(rule.docDate())
          .append(" | ").append(rule.rule())
          .append(" |\n");
    }
    out.append("\nIn batch calls (Reboot, Rebuild, Start, Stop, Terminate) a refused item is reported in\n")
        .append("`FailedRequests` with the refusal code and the call succeeds; other operations refuse the\n")
        .append("whole request with that error. An unknown WorkSpace is `ResourceNotFoundException`.\n\n");
  }

  private static void imageRules(StringBuilder out) {
    out.append("## Images and bundles\n\n");
    ruleTable(out, ImageRule.values(), "image states",
        rule -> rule.imageStates().isEmpty() ? "any" : join(rule.imageStates()));
    out.append("\nAn image reports `Updates.UpdateAvailable` = true once ")
        .append(ImageRule.UPDATE_AVAILABLE_AFTER.toDays())
        .append(" virtual days have passed since it became\n")
        .append("AVAILABLE; an updated image starts that count again. Updatable operating systems: ")
        .append(join(ImageRule.UPDATABLE_SYSTEMS)).append(".\n")
        .append("Checks run in table order within an operation; the first failing row answers.\n\n");
  }

  private static void ipGroupRules(StringBuilder out) {
    out.append("## IP access control groups\n\n");
    ruleTable(out, IpGroupRule.values(), null, rule -> "");
    out.append("\nChecks run in table order within an operation; the first failing row answers.\n\n");
  }

  /**
   * Renders the rows of a precondition table: name, operations, an extra column when
   * {@code extraHeader} is not null (its cells from {@code extraCell}), refusal, doc date, rule.
   */
  private static <R extends Enum<R> & RefusalRule> void ruleTable(StringBuilder out, R[] rows, String extraHeader,
      Function<R, String> extraCell) {
    boolean extra = extraHeader != null;
    out.append("| rule | operations | ").append(extra ? extraHeader + " | " : "").append("refusal | doc date | rule |\n")
        .append("| --- | --- | ").append(extra ? "--- | " : "").append("--- | --- | --- |\n");
    for (R rule : rows) {
      out.append("| ").append(rule.name())
          .append(" | ").append(operationNames(rule.operations()))
          .append(extra ? " | " + extraCell.apply(rule) : "")
          .append(" | ").append(rule.refusal().code())
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

  private static String operationNames(Collection<Operation> operations) {
    return operations.stream().map(Operation::operationName).collect(Collectors.joining(", "));
  }

  private static <E extends Enum<E>> String join(Collection<E> constants) {
    return constants.stream().sorted().map(Object::toString).collect(Collectors.joining(", "));
  }
}

package dev.workspaces.engine.rule;

import dev.workspaces.model.WorkspaceState;
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
        .append("Generated from `dev.workspaces.engine.rule.WorkspaceRule` and `Transition` by\n")
        .append("`PreconditionsDocumentTest` (run it with `-Dworkspaces.writeDocs=true` to rewrite this file).\n")
        .append("Do not edit by hand: the test fails when this file and the tables differ.\n\n")
        .append("## Actions on a WorkSpace\n\n")
        .append("| action | operation | allowed states | running modes | moves to | refusal | doc date | rule |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (WorkspaceRule rule : WorkspaceRule.values()) {
      out.append("| ").append(rule.name())
          .append(" | ").append(rule.operation().operationName())
          .append(" | ").append(join(rule.allowedStates()))
          .append(" | ").append(rule.runningModes().stream().sorted().map(Object::toString).collect(Collectors.joining(", ")))
          .append(" | ").append(rule.resultState())
          .append(" | ").append(rule.refusalCode())
          .append(" | ").append(rule.docDate())
          .append(" | ").append(rule.rule())
          .append(" |\n");
    }
    out.append("\nIn batch calls (Reboot, Rebuild, Start, Stop, Terminate) a refused item is reported in\n")
        .append("`FailedRequests` with the refusal code and the call succeeds; other operations refuse the\n")
        .append("whole request with that error. An unknown WorkSpace is `ResourceNotFoundException`.\n\n")
        .append("## Asynchronous steps\n\n")
        .append("Steps complete only when virtual time is advanced (`Engine.advance`).\n\n")
        .append("| step | resource | from | to | realistic duration |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (Transition transition : Transition.values()) {
      out.append("| ").append(transition.name())
          .append(" | ").append(transition.kind())
          .append(" | ").append(transition.from())
          .append(" | ").append(transition.to().orElse("(removed)"))
          .append(" | ").append(transition.realisticDuration())
          .append(" |\n");
    }
    return out.toString();
  }

  private static String join(java.util.Set<WorkspaceState> states) {
    return states.stream().sorted().map(Object::toString).collect(Collectors.joining(", "));
  }
}

package dev.workspaces.engine.op;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.rule.WorkspaceRequestRule;
import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.engine.state.WorkspaceEntry;
import java.util.Optional;
import java.util.function.Function;

/**
 * The shared path of operations on one WorkSpace with request-level errors: find it (row
 * {@link WorkspaceRequestRule#WORKSPACE_EXISTS}), check its row of {@link WorkspaceRule}, then apply
 * the operation's own effect.
 */
final class SingleWorkspace {
  private SingleWorkspace() {}

  static Outcome apply(State state, StateEditor editor, String workspaceId, WorkspaceRule rule,
      Function<WorkspaceEntry, Outcome> effect) {
    Optional<WorkspaceEntry> entry = editor.read(Kinds.WORKSPACES).find(workspaceId);
    return refusal(entry, workspaceId, rule).map(refused -> refused.outcome(state))
        .orElseGet(() -> effect.apply(entry.get()));
  }

  /** Returns the refusal of {@code rule} for WorkSpace {@code workspaceId}, found as {@code entry}, if any. */
  static Optional<RuleRefusal> refusal(Optional<WorkspaceEntry> entry, String workspaceId, WorkspaceRule rule) {
    return RuleRefusal.first(
        () -> RuleRefusal.missing(entry, WorkspaceRequestRule.WORKSPACE_EXISTS, "WorkSpace", workspaceId),
        () -> rule.refusal(entry.get().state(), entry.get().runningMode())
            .map(message -> new RuleRefusal(rule, message, workspaceId)));
  }
}

package dev.workspaces.engine.op.workspace;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.WorkspaceRequestRule;
import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.engine.state.WorkspaceEntry;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The shared path of operations on one WorkSpace with request-level errors: find it (row
 * {@link WorkspaceRequestRule#WORKSPACE_EXISTS}), check its row of {@link WorkspaceRule}, then apply
 * the operation's own effect.
 */
@API(status = INTERNAL)
public final class SingleWorkspace {
  private SingleWorkspace() {}

  /**
   * Returns {@code effect} applied to WorkSpace {@code workspaceId} when rows WORKSPACE_EXISTS and
   * {@code rule} accept it, else the first refusal with {@code state} unchanged.
   */
  public static Outcome apply(State state, StateEditor editor, String workspaceId, WorkspaceRule rule,
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

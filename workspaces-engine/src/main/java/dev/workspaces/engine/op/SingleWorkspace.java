package dev.workspaces.engine.op;

import dev.workspaces.engine.Kinds;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.ServiceError;
import dev.workspaces.engine.State;
import dev.workspaces.engine.StateEditor;
import dev.workspaces.engine.WorkspaceEntry;
import dev.workspaces.engine.rule.WorkspaceRule;
import dev.workspaces.model.error.ErrorCode;
import java.util.Optional;
import java.util.function.Function;

/**
 * The shared path of operations on one WorkSpace with request-level errors: find it
 * (ResourceNotFoundException), check its row of {@link WorkspaceRule} (the row's refusal code), then
 * apply the operation's own effect.
 */
final class SingleWorkspace {
  private SingleWorkspace() {}

  static Outcome apply(State state, StateEditor editor, String workspaceId, WorkspaceRule rule,
      Function<WorkspaceEntry, Outcome> effect) {
    Optional<WorkspaceEntry> entry = editor.read(Kinds.WORKSPACES).find(workspaceId);
    if (entry.isEmpty()) {
      return Refusals.notFound(state, "WorkSpace", workspaceId);
    }
    Optional<String> refusal = rule.refusal(entry.get().state(), entry.get().runningMode());
    if (refusal.isPresent()) {
      ErrorCode code = ErrorCode.fromCode(rule.refusalCode()).orElse(ErrorCode.INVALID_RESOURCE_STATE_EXCEPTION);
      return Outcome.failure(state, ServiceError.of(code, refusal.get(), workspaceId));
    }
    return effect.apply(entry.get());
  }
}

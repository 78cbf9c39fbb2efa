package dev.workspaces.testing;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.rule.RefusalRule;
import dev.workspaces.engine.rule.WorkspaceEdges;
import dev.workspaces.engine.state.Kind;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopePart;
import dev.workspaces.engine.state.ScopeState;
import dev.workspaces.model.Operation;
import dev.workspaces.model.Structure;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.WorkspacesResponse;
import dev.workspaces.model.schema.StructureSchema;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The engine's invariants, checkable on any state, on any step between two states, and on any
 * refusal: the checks each resource kind ({@link Kinds}) states for itself in its {@link ScopePart},
 * run on every scope, and the rows refusals name. Each check throws {@link AssertionError} naming
 * the resource or row at fault.
 */
public final class EngineInvariants {
  private EngineInvariants() {}

  /**
   * Checks one state: each kind's {@link ScopePart#check}. Among them: well-formed unique WorkSpace
   * ids, a user index that points at WorkSpaces of that user, a directory and bundle index that lists
   * exactly the stored WorkSpaces under their own directory and bundle, a pending step on the
   * timeline for every WorkSpace in a transitional state, at most the configured number of tags per
   * resource, IP groups within their rule quota, and registered directories associated only with IP
   * groups of their scope, each once and within the quota.
   */
  public static void check(State state) {
    for (Map.Entry<Scope, ScopeState> scope : state.scopes().entrySet()) {
      for (Kind<?> kind : Kinds.all()) {
        scope.getValue().get(kind).check(state, scope.getKey(), scope.getValue());
      }
    }
  }

  /**
   * Checks one step from {@code before} to {@code after}: each kind's {@link ScopePart#checkStep}
   * in every scope of either state. Among them: a WorkSpace disappears only through TERMINATED (one
   * long advance may pass TERMINATING, TERMINATED and removal at once), a TERMINATED one never comes
   * back, a new one appears PENDING through a request, and every state change is an edge of the
   * documented tables (a request takes at most one precondition-table edge; a time advance takes
   * only timeline transitions).
   */
  public static void checkStep(State before, State after, boolean timeAdvanced) {
    SortedSet<Scope> scopes = new TreeSet<>(before.scopes().keySet());
    scopes.addAll(after.scopes().keySet());
    for (Scope scope : scopes) {
      for (Kind<?> kind : Kinds.all()) {
        checkStep(kind, scope, before.scope(scope), after.scope(scope), timeAdvanced);
      }
    }
  }

  private static <S extends ScopePart<S>> void checkStep(Kind<S> kind, Scope scope, ScopeState before,
      ScopeState after, boolean timeAdvanced) {
    after.get(kind).checkStep(scope, before.get(kind), timeAdvanced);
  }

  /**
   * Checks that every refusal in {@code outcome}, the outcome of {@code request}, names a consistent
   * row of a precondition table: the request's operation is among the row's operations and the error
   * code is the row's. For a response that reports refused items in {@code FailedRequests}, the outcome
   * names one row per item, in order, and each item carries its row's error code.
   */
  public static void checkRefusals(WorkspacesRequest request, Outcome outcome) {
    Operation operation = request.operation();
    outcome.error().ifPresent(error -> {
      require(error.rule().operations().contains(operation),
          operation + " refused by " + error.rule().qualifiedName() + ", a row of other operations: " + error);
      require(error.code() == error.rule().errorCode(), "the error code is not its row's: " + error);
    });
    List<String> codes = outcome.response().map(EngineInvariants::failedRequestCodes).orElse(List.of());
    List<RefusalRule> rows = outcome.itemRefusals();
    require(codes.size() == rows.size(), operation + " reports " + codes.size() + " refused items but names "
        + rows.size() + " rows: " + rows);
    for (int i = 0; i < rows.size(); i++) {
      RefusalRule row = rows.get(i);
      require(row.operations().contains(operation),
          operation + " item " + i + " refused by " + row.qualifiedName() + ", a row of other operations");
      require(row.itemErrorCode().equals(codes.get(i)),
          operation + " item " + i + " carries " + codes.get(i) + " but its row " + row.qualifiedName() + " says "
              + row.itemErrorCode());
    }
  }

  /** Returns the {@code ErrorCode} of each {@code FailedRequests} item of {@code response}, read through its schema. */
  private static List<String> failedRequestCodes(WorkspacesResponse response) {
    Object items = raw(response.schema(), response, "FailedRequests");
    if (items == null) {
      return List.of();
    }
    return ((List<?>) items).stream().map(Structure.class::cast)
        .map(item -> (String) raw(item.schema(), item, "ErrorCode")).toList();
  }

  private static <T, B> Object raw(StructureSchema<T, B> schema, Object value, String wireName) {
    return schema.member(wireName).map(member -> member.get(schema.cast(value))).orElse(null);
  }

  /** Returns whether one step may move a WorkSpace from {@code from} to {@code to}; see {@link WorkspaceEdges}. */
  public static boolean documented(WorkspaceState from, WorkspaceState to, boolean timeAdvanced) {
    return WorkspaceEdges.documented(from, to, timeAdvanced);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}

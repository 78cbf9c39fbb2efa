package dev.workspaces.testing;

import com.google.common.collect.Lists;
import dev.workspaces.engine.BufferedKeys;
import dev.workspaces.engine.IdMap;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Quota;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.ScopeState;
import dev.workspaces.engine.State;
import dev.workspaces.engine.WorkspaceEntry;
import dev.workspaces.engine.rule.RefusalRule;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.engine.rule.WorkspaceEdges;
import dev.workspaces.model.Operation;
import dev.workspaces.model.Structure;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.WorkspaceState;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.WorkspacesResponse;
import dev.workspaces.model.schema.StructureSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The engine's invariants, checkable on any state, on any step between two states, and on any
 * refusal. Each check throws {@link AssertionError} naming the resource or row at fault.
 */
public final class EngineInvariants {
  private static final Pattern WORKSPACE_ID = Pattern.compile("^ws-[0-9a-z]{8,63}$");

  private EngineInvariants() {}

  /**
   * Checks one state: well-formed unique WorkSpace ids, a user index that points at WorkSpaces of
   * that user, a directory and bundle index that lists exactly the stored WorkSpaces under their
   * own directory and bundle, at most the configured number of tags per resource, a pending
   * step on the timeline for every WorkSpace in a transitional state, IP groups within their rule
   * quota, and registered directories associated only with IP groups of their scope, each once and
   * within the quota.
   */
  public static void check(State state) {
    for (Map.Entry<Scope, ScopeState> scope : state.scopes().entrySet()) {
      ScopeState owned = scope.getValue();
      owned.workspaces().forEach((id, entry) -> checkWorkspace(state, scope.getKey(), id, entry));
      owned.workspaceByUser().holdings().forEach(holding -> {
        WorkspaceEntry entry = owned.workspaces().get(holding.workspaceId());
        require(entry != null, scope.getKey() + ": user index " + holding + " points at a missing WorkSpace");
        require(holding.userName().equals(entry.details().userName().orElse("").toLowerCase(java.util.Locale.ROOT))
            && holding.directoryId().equals(entry.details().directoryId().orElse("")),
            scope.getKey() + ": user index " + holding + " points at a WorkSpace of another user");
      });
      checkIndex(scope.getKey(), owned);
      checkIpGroups(state, scope.getKey(), owned);
      owned.tags().forEach((id, tags) -> require(tags.size() <= state.config().maxTagsPerResource(),
          scope.getKey() + ": " + id + " carries " + tags.size() + " tags"));
    }
  }

  private static void checkIpGroups(State state, Scope scope, ScopeState owned) {
    owned.ipGroups().forEach((id, group) -> require(
        group.userRules().size() <= state.config().quota(Quota.RULES_PER_IP_GROUP),
        scope + ": IP group " + id + " holds " + group.userRules().size() + " rules"));
    owned.directories().forEach((id, entry) -> {
      List<String> groups = entry.directory().ipGroupIds();
      if (entry.state() == WorkspaceDirectoryState.DEREGISTERED) {
        return;
      }
      require(groups.stream().allMatch(owned.ipGroups()::containsKey),
          scope + ": directory " + id + " is associated with a missing IP group: " + groups);
      require(groups.stream().distinct().count() == groups.size()
          && groups.size() <= state.config().quota(Quota.IP_GROUPS_PER_DIRECTORY),
          scope + ": directory " + id + " lists IP groups twice or too many: " + groups);
    });
  }

  private static void checkIndex(Scope scope, ScopeState owned) {
    Map<String, List<String>> byDirectory = new TreeMap<>();
    Map<String, List<String>> byBundle = new TreeMap<>();
    owned.workspaces().forEach((id, entry) -> {
      byDirectory.computeIfAbsent(entry.details().directoryId().orElse(""), key -> new ArrayList<>()).add(id);
      byBundle.computeIfAbsent(entry.details().bundleId().orElse(""), key -> new ArrayList<>()).add(id);
    });
    require(byDirectory.equals(listed(owned.workspaceIndex().byDirectory())),
        scope + ": the directory index does not list the stored WorkSpaces");
    require(byBundle.equals(listed(owned.workspaceIndex().byBundle())),
        scope + ": the bundle index does not list the stored WorkSpaces");
  }

  private static Map<String, List<String>> listed(IdMap<BufferedKeys> index) {
    Map<String, List<String>> listed = new TreeMap<>();
    index.forEach((key, ids) -> listed.put(key, Lists.newArrayList(ids)));
    return listed;
  }

  private static void checkWorkspace(State state, Scope scope, String id, WorkspaceEntry entry) {
    require(WORKSPACE_ID.matcher(id).matches(), scope + ": malformed WorkSpace id " + id);
    require(id.equals(entry.id()), scope + ": " + id + " stored under another id");
    boolean transitional = Transition.leaving(entry.state()).isPresent();
    require(!transitional || entry.pendingStep().map(state.timeline()::containsKey).orElse(false),
        scope + ": " + id + " is " + entry.state() + " with no step on the timeline");
  }

  /**
   * Checks one step from {@code before} to {@code after}: a WorkSpace disappears only through
   * TERMINATED (one long advance may pass TERMINATING, TERMINATED and removal at once), a
   * TERMINATED one never comes back, and every state change is an edge of the documented tables
   * (a request takes at most one precondition-table edge; a time advance takes only timeline
   * transitions).
   */
  public static void checkStep(State before, State after, boolean timeAdvanced) {
    for (Map.Entry<Scope, ScopeState> scope : before.scopes().entrySet()) {
      ScopeState next = after.scope(scope.getKey());
      scope.getValue().workspaces().forEach((id, old) -> {
        WorkspaceEntry now = next.workspaces().get(id);
        if (now == null) {
          boolean viaTerminated = old.state() == WorkspaceState.TERMINATED
              || (timeAdvanced && WorkspaceEdges.reachableByTime(old.state()).contains(WorkspaceState.TERMINATED));
          require(viaTerminated, scope.getKey() + ": " + id + " disappeared from " + old.state()
              + (timeAdvanced ? " by time" : " by a request"));
          return;
        }
        require(old.state() != WorkspaceState.TERMINATED || now.state() == WorkspaceState.TERMINATED,
            scope.getKey() + ": " + id + " came back from TERMINATED as " + now.state());
        require(documented(old.state(), now.state(), timeAdvanced),
            scope.getKey() + ": " + id + " moved " + old.state() + " -> " + now.state()
                + (timeAdvanced ? " by time" : " by a request"));
      });
    }
    for (Map.Entry<Scope, ScopeState> scope : after.scopes().entrySet()) {
      scope.getValue().workspaces().forEach((id, entry) -> {
        boolean isNew = !before.scope(scope.getKey()).workspaces().containsKey(id);
        require(!isNew || (!timeAdvanced && entry.state() == WorkspaceState.PENDING),
            scope.getKey() + ": " + id + " appeared in " + entry.state());
      });
    }
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
      require(row.errorCode().code().equals(codes.get(i)),
          operation + " item " + i + " carries " + codes.get(i) + " but its row " + row.qualifiedName() + " says "
              + row.errorCode().code());
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

package dev.workspaces.engine.state;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.Iterables;
import com.google.common.collect.Lists;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.internal.collect.BufferedKeys;
import dev.workspaces.engine.internal.collect.IdMap;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.engine.rule.WorkspaceEdges;
import dev.workspaces.model.WorkspaceState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One scope's WorkSpaces: the entries by id and the two indexes kept in step with them. They are
 * one kind because a new or removed entry changes both indexes: the operations here keep the three
 * in step. The user index differs from the entries in one documented way: a TERMINATED WorkSpace,
 * still stored, no longer holds its user ({@link #released}).
 *
 * @param entries WorkSpaces by id, unlisted: listings page through the index, whose per-directory
 *     lists merged are every id in order
 * @param byUser the WorkSpace each user holds, by directory
 * @param index WorkSpace ids by directory and by bundle
 */
public record ScopeWorkspaces(IdMap<WorkspaceEntry> entries, UserIndex byUser, WorkspaceIndex index)
    implements ScopePart<ScopeWorkspaces> {
  /** A scope without WorkSpaces. */
  public static final ScopeWorkspaces EMPTY =
      new ScopeWorkspaces(IdMap.unlisted(), UserIndex.EMPTY, WorkspaceIndex.EMPTY);
  private static final Pattern WORKSPACE_ID = Pattern.compile("^ws-[0-9a-z]{8,63}$");

  /** Returns the WorkSpace with {@code id}, if stored. */
  public Optional<WorkspaceEntry> find(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /**
   * Returns these WorkSpaces with {@code entry} stored, replacing the one with its id (and indexing
   * a new one).
   */
  public ScopeWorkspaces plus(WorkspaceEntry entry) {
    IdMap<WorkspaceEntry> next = entries.plus(entry.id(), entry);
    if (next == entries) {
      return this;
    }
    return new ScopeWorkspaces(next, byUser, next.size() == entries.size() ? index : index.plus(entry));
  }

  /** Returns these WorkSpaces with {@code userName} holding {@code workspaceId} in {@code directoryId}. */
  public ScopeWorkspaces withUser(String directoryId, String userName, String workspaceId) {
    return new ScopeWorkspaces(entries, byUser.plus(directoryId, userName, workspaceId), index);
  }

  /** Returns these WorkSpaces with {@code workspace}'s user released if it holds {@code workspace}. */
  public ScopeWorkspaces released(WorkspaceEntry workspace) {
    return withByUser(byUser.released(workspace));
  }

  /** Returns these WorkSpaces with {@code from}'s user holding {@code to} if it held {@code from}. */
  public ScopeWorkspaces handedOver(WorkspaceEntry from, String to) {
    return withByUser(byUser.handedOver(from, to));
  }

  private ScopeWorkspaces withByUser(UserIndex next) {
    return next == byUser ? this : new ScopeWorkspaces(entries, next, index);
  }

  /** Returns the first WorkSpace (by id) in {@code directoryId} that is not TERMINATED, if any. */
  public Optional<String> firstLiveInDirectory(String directoryId) {
    return firstLive(index.inDirectory(directoryId));
  }

  /** Returns the first WorkSpace (by id) launched from {@code bundleId} that is not TERMINATED, if any. */
  public Optional<String> firstLiveOnBundle(String bundleId) {
    return firstLive(index.onBundle(bundleId));
  }

  private Optional<String> firstLive(Iterable<String> ids) {
    for (String id : ids) {
      WorkspaceEntry entry = entries.get(id);
      if (entry != null && entry.state() != WorkspaceState.TERMINATED) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  /**
   * Moves a WorkSpace to {@code target} in {@code editor}'s scope: cancels its running step and, when
   * {@code target} is left by a step timed on its own, schedules that step. (A step completed with
   * another, such as the return from SUSPENDED, is the caller's to link: see
   * {@link Transition#completedWith()}.)
   */
  @API(status = INTERNAL)
  public static WorkspaceEntry move(StateEditor editor, WorkspaceEntry entry, WorkspaceState target) {
    editor.cancel(entry.pendingStep());
    Optional<TimelineKey> step = Transition.leaving(target).filter(Transition::timed)
        .map(t -> editor.schedule(entry.id(), t));
    WorkspaceEntry moved = entry.moved(target, step);
    editor.edit(Kinds.WORKSPACES, workspaces -> workspaces.plus(moved));
    return moved;
  }

  /** Removes the WorkSpace with its index and user-index entries (its tags go with its entry). */
  @Override
  public ScopeWorkspaces forget(String resourceId) {
    WorkspaceEntry entry = entries.get(resourceId);
    if (entry == null) {
      return this;
    }
    return new ScopeWorkspaces(entries.minus(resourceId), byUser.released(entry), index.minus(entry));
  }

  @Override
  public boolean taggable(String resourceId) {
    return entries.containsKey(resourceId);
  }

  @Override
  public void dump(ScopeState scope, DumpSections out) {
    out.list("Workspaces", Iterables.transform(entries.values(), WorkspaceEntry::workspace));
  }

  /**
   * Checks well-formed ids, each stored under its own; a pending step on the timeline for every
   * WorkSpace in a transitional state; a user index that points at WorkSpaces of that user; and an
   * index by directory and bundle that lists exactly the stored WorkSpaces under their own.
   */
  @Override
  public void check(State state, Scope scope, ScopeState owned) {
    entries.forEach((id, entry) -> {
      ScopePart.require(WORKSPACE_ID.matcher(id).matches(), scope + ": malformed WorkSpace id " + id);
      ScopePart.require(id.equals(entry.id()), scope + ": " + id + " stored under another id");
      boolean transitional = Transition.leaving(entry.state()).isPresent();
      ScopePart.require(!transitional || entry.pendingStep().map(state.timeline()::containsKey).orElse(false),
          scope + ": " + id + " is " + entry.state() + " with no step on the timeline");
    });
    byUser.holdings().forEach(holding -> {
      WorkspaceEntry entry = entries.get(holding.workspaceId());
      ScopePart.require(entry != null, scope + ": user index " + holding + " points at a missing WorkSpace");
      ScopePart.require(holding.userName().equals(entry.details().userName().orElse("").toLowerCase(Locale.ROOT))
          && holding.directoryId().equals(entry.details().directoryId().orElse("")),
          scope + ": user index " + holding + " points at a WorkSpace of another user");
    });
    checkIndex(scope);
  }

  private void checkIndex(Scope scope) {
    Map<String, List<String>> inDirectory = new TreeMap<>();
    Map<String, List<String>> onBundle = new TreeMap<>();
    entries.forEach((id, entry) -> {
      inDirectory.computeIfAbsent(entry.details().directoryId().orElse(""), key -> new ArrayList<>()).add(id);
      onBundle.computeIfAbsent(entry.details().bundleId().orElse(""), key -> new ArrayList<>()).add(id);
    });
    ScopePart.require(inDirectory.equals(listed(index.byDirectory())),
        scope + ": the directory index does not list the stored WorkSpaces");
    ScopePart.require(onBundle.equals(listed(index.byBundle())),
        scope + ": the bundle index does not list the stored WorkSpaces");
  }

  private static Map<String, List<String>> listed(IdMap<BufferedKeys> index) {
    Map<String, List<String>> listed = new TreeMap<>();
    index.forEach((key, ids) -> listed.put(key, Lists.newArrayList(ids)));
    return listed;
  }

  /**
   * Checks that a WorkSpace disappears only through TERMINATED (one long advance may pass
   * TERMINATING, TERMINATED and removal at once), that a TERMINATED one never comes back, that a
   * new one appears PENDING through a request, and that every state change is an edge of the
   * documented tables ({@link WorkspaceEdges}).
   */
  @Override
  public void checkStep(Scope scope, ScopeWorkspaces before, boolean timeAdvanced) {
    String by = timeAdvanced ? " by time" : " by a request";
    before.entries.forEach((id, old) -> {
      WorkspaceEntry now = entries.get(id);
      if (now == null) {
        boolean viaTerminated = old.state() == WorkspaceState.TERMINATED
            || (timeAdvanced && WorkspaceEdges.reachableByTime(old.state()).contains(WorkspaceState.TERMINATED));
        ScopePart.require(viaTerminated, scope + ": " + id + " disappeared from " + old.state() + by);
        return;
      }
      ScopePart.require(old.state() != WorkspaceState.TERMINATED || now.state() == WorkspaceState.TERMINATED,
          scope + ": " + id + " came back from TERMINATED as " + now.state());
      ScopePart.require(WorkspaceEdges.documented(old.state(), now.state(), timeAdvanced),
          scope + ": " + id + " moved " + old.state() + " -> " + now.state() + by);
    });
    entries.forEach((id, entry) -> ScopePart.require(
        before.entries.containsKey(id) || (!timeAdvanced && entry.state() == WorkspaceState.PENDING),
        scope + ": " + id + " appeared in " + entry.state()));
  }
}

package dev.workspaces.engine.state;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.Iterables;
import dev.workspaces.engine.internal.collect.IdMap;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.model.WorkspaceDirectoryState;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One scope's registered (or registering, or deregistered) directories. A directory's client
 * properties and tags are kinds of their own ({@link ScopeClientProperties}, {@link ScopeTags}),
 * attached by its id, and go when the directory is removed.
 *
 * @param entries directories by id, listed (DescribeWorkspaceDirectories pages through them)
 */
public record ScopeDirectories(IdMap<DirectoryEntry> entries) implements ScopePart<ScopeDirectories> {
  /** A scope without directories. */
  public static final ScopeDirectories EMPTY = new ScopeDirectories(IdMap.listed());

  /** Returns the directory with {@code id}, if stored. */
  public Optional<DirectoryEntry> find(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /**
   * Returns the directory with {@code id} if it counts as registered: stored in any state but
   * DEREGISTERED, which a directory is in only while it lingers before it disappears.
   */
  public Optional<DirectoryEntry> registered(String id) {
    return find(id).filter(entry -> entry.state() != WorkspaceDirectoryState.DEREGISTERED);
  }

  /** Returns these directories with {@code entry} stored, replacing the one with its id. */
  public ScopeDirectories plus(DirectoryEntry entry) {
    IdMap<DirectoryEntry> next = entries.plus(entry.id(), entry);
    return next == entries ? this : new ScopeDirectories(next);
  }

  /**
   * Moves a directory to {@code target} in {@code editor}'s scope, scheduling the step that leaves it
   * if there is one.
   */
  @API(status = INTERNAL)
  public static DirectoryEntry move(StateEditor editor, DirectoryEntry entry, WorkspaceDirectoryState target) {
    editor.cancel(entry.pendingStep());
    Optional<TimelineKey> step = Transition.leaving(target).map(t -> editor.schedule(entry.id(), t));
    DirectoryEntry moved = entry
        .withDirectory(entry.directory().toBuilder().state(target).build())
        .withPendingStep(step);
    editor.edit(Kinds.DIRECTORIES, directories -> directories.plus(moved));
    return moved;
  }

  @Override
  public ScopeDirectories forget(String resourceId) {
    IdMap<DirectoryEntry> next = entries.minus(resourceId);
    return next == entries ? this : new ScopeDirectories(next);
  }

  /** A DEREGISTERED directory is only lingering before it disappears, and no longer counts. */
  @Override
  public boolean taggable(String resourceId) {
    DirectoryEntry entry = entries.get(resourceId);
    return entry != null && entry.state() != WorkspaceDirectoryState.DEREGISTERED;
  }

  @Override
  public void dump(ScopeState scope, DumpSections out) {
    out.list("Directories", Iterables.transform(entries.values(), DirectoryEntry::directory));
  }
}

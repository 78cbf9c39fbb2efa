package dev.workspaces.engine.state;

import com.google.common.collect.Iterators;
import dev.workspaces.engine.internal.collect.BufferedKeys;
import dev.workspaces.engine.internal.collect.IdMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * One scope's WorkSpace ids by directory and by bundle, so that listing the WorkSpaces of one
 * directory or bundle, or asking whether there are any, costs O(log n) instead of a scan. Neither
 * attribute changes after a WorkSpace is created; {@link ScopeWorkspaces} keeps the index in step as
 * WorkSpaces come and go, adding an id when the WorkSpace is first stored and removing it when the
 * WorkSpace is deleted (the preconditions of {@link BufferedKeys}).
 *
 * @param byDirectory the ids of the WorkSpaces in each directory
 * @param byBundle the ids of the WorkSpaces launched from each bundle
 */
public record WorkspaceIndex(IdMap<BufferedKeys> byDirectory, IdMap<BufferedKeys> byBundle) {
  /** The index of a scope without WorkSpaces. */
  public static final WorkspaceIndex EMPTY = new WorkspaceIndex(IdMap.unlisted(), IdMap.unlisted());

  /** Returns the ids of the WorkSpaces in {@code directoryId}, in order. */
  public BufferedKeys inDirectory(String directoryId) {
    return byDirectory.getOrDefault(directoryId, BufferedKeys.EMPTY);
  }

  /** Returns the ids of the WorkSpaces launched from {@code bundleId}, in order. */
  public BufferedKeys onBundle(String bundleId) {
    return byBundle.getOrDefault(bundleId, BufferedKeys.EMPTY);
  }

  /**
   * Returns the ids of every WorkSpace at or after {@code start}, in order: the directories' lists
   * merged, so the scope keeps no third ordered list of its WorkSpaces (O(d log n) to the first id
   * for d directories, then O(log d) per id).
   */
  public Iterator<String> idsFrom(String start) {
    List<Iterator<String>> lists = new ArrayList<>();
    byDirectory.values().forEach(ids -> lists.add(ids.from(start)));
    return Iterators.mergeSorted(lists, Comparator.<String>naturalOrder());
  }

  /** Returns the index with {@code entry} added. */
  public WorkspaceIndex plus(WorkspaceEntry entry) {
    return new WorkspaceIndex(
        add(byDirectory, entry.details().directoryId().orElse(""), entry.id()),
        add(byBundle, entry.details().bundleId().orElse(""), entry.id()));
  }

  /** Returns the index without {@code entry}. */
  public WorkspaceIndex minus(WorkspaceEntry entry) {
    return new WorkspaceIndex(
        remove(byDirectory, entry.details().directoryId().orElse(""), entry.id()),
        remove(byBundle, entry.details().bundleId().orElse(""), entry.id()));
  }

  private static IdMap<BufferedKeys> add(IdMap<BufferedKeys> index, String key, String id) {
    return index.plus(key, index.getOrDefault(key, BufferedKeys.EMPTY).plusNew(id));
  }

  private static IdMap<BufferedKeys> remove(IdMap<BufferedKeys> index, String key, String id) {
    BufferedKeys ids = index.getOrDefault(key, BufferedKeys.EMPTY).minusPresent(id);
    return ids.isEmpty() ? index.minus(key) : index.plus(key, ids);
  }
}

package dev.workspaces.engine.state;

import dev.workspaces.engine.internal.collect.IdMap;
import dev.workspaces.model.WorkspaceBundle;
import java.util.Optional;

/**
 * One scope's own bundles (Amazon's public ones are a constant catalogue, not part of any scope).
 *
 * @param entries bundles by id, listed (DescribeWorkspaceBundles pages through them)
 */
public record ScopeBundles(IdMap<WorkspaceBundle> entries) implements ScopePart<ScopeBundles> {
  /** A scope without bundles of its own. */
  public static final ScopeBundles EMPTY = new ScopeBundles(IdMap.listed());

  /** Returns the bundle with {@code id}, if the scope owns it. */
  public Optional<WorkspaceBundle> find(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** Returns these bundles with {@code bundle} stored, replacing the one with its id. */
  public ScopeBundles plus(WorkspaceBundle bundle) {
    IdMap<WorkspaceBundle> next = entries.plus(bundle.bundleId().orElseThrow(), bundle);
    return next == entries ? this : new ScopeBundles(next);
  }

  @Override
  public ScopeBundles forget(String resourceId) {
    IdMap<WorkspaceBundle> next = entries.minus(resourceId);
    return next == entries ? this : new ScopeBundles(next);
  }

  @Override
  public boolean taggable(String resourceId) {
    return entries.containsKey(resourceId);
  }

  @Override
  public void dump(ScopeState scope, DumpSections out) {
    out.list("Bundles", entries.values());
  }
}

package dev.workspaces.engine.state;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Maps;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.internal.collect.IdMap;
import dev.workspaces.engine.rule.Transition;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One scope's connection aliases: its own, the index of those other accounts share with it, and
 * the connection strings its account has reserved in the region. An alias lives in its owner's
 * scope, association and shares included; a scope it is shared with holds only an index entry
 * naming the owner's scope, kept in step by UpdateConnectionAliasPermission.
 *
 * @param entries the scope's own aliases by id, listed
 * @param sharedWithMe alias id to the owner's scope for each alias shared with this one, unlisted
 * @param reserved every connection string the account has created an alias for in the region, even
 *     if the alias is deleted since: the string stays the account's
 */
public record ScopeConnectionAliases(IdMap<AliasEntry> entries, IdMap<Scope> sharedWithMe,
    ImmutableSortedSet<String> reserved) implements ScopePart<ScopeConnectionAliases> {
  /** A scope without aliases. */
  public static final ScopeConnectionAliases EMPTY =
      new ScopeConnectionAliases(IdMap.listed(), IdMap.unlisted(), ImmutableSortedSet.of());

  /** Returns the alias with {@code id} that the scope owns, if any. */
  public Optional<AliasEntry> find(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** Returns these aliases with {@code entry} stored (replacing the one with its id) and its string reserved. */
  public ScopeConnectionAliases plus(AliasEntry entry) {
    ImmutableSortedSet<String> strings = reserved.contains(entry.connectionString()) ? reserved
        : ImmutableSortedSet.<String>naturalOrder().addAll(reserved).add(entry.connectionString()).build();
    return new ScopeConnectionAliases(entries.plus(entry.id(), entry), sharedWithMe, strings);
  }

  /** Returns these aliases with alias {@code aliasId} of {@code owner} shared with this scope. */
  public ScopeConnectionAliases shared(String aliasId, Scope owner) {
    return new ScopeConnectionAliases(entries, sharedWithMe.plus(aliasId, owner), reserved);
  }

  /** Returns these aliases with alias {@code aliasId} no longer shared with this scope. */
  public ScopeConnectionAliases unshared(String aliasId) {
    IdMap<Scope> next = sharedWithMe.minus(aliasId);
    return next == sharedWithMe ? this : new ScopeConnectionAliases(entries, next, reserved);
  }

  /** Stores {@code entry} in {@code owner}'s scope through {@code editor}. */
  @API(status = INTERNAL)
  public static void store(StateEditor editor, Scope owner, AliasEntry entry) {
    editor.edit(owner, Kinds.CONNECTION_ALIASES, aliases -> aliases.plus(entry));
  }

  /**
   * Stores {@code entry} in {@code owner}'s scope with {@code step} scheduled as its running step
   * (replacing any other); returns the stored entry.
   */
  @API(status = INTERNAL)
  public static AliasEntry schedule(StateEditor editor, Scope owner, AliasEntry entry, Transition step) {
    editor.cancel(entry.pendingStep());
    AliasEntry scheduled = entry.withPendingStep(Optional.of(editor.schedule(owner, entry.id(), step)));
    store(editor, owner, scheduled);
    return scheduled;
  }

  /**
   * Releases every association the editor's account made between an alias (its own or one shared
   * with it) and directory {@code directoryId}: the association is gone at once, and the alias can
   * be associated again. Deregistering a directory does this.
   */
  @API(status = INTERNAL)
  public static void release(StateEditor editor, String directoryId) {
    String account = editor.scopeId().accountId();
    ScopeConnectionAliases mine = editor.read(Kinds.CONNECTION_ALIASES);
    for (AliasEntry entry : mine.entries.values()) {
      releaseOne(editor, editor.scopeId(), entry, account, directoryId);
    }
    for (Map.Entry<String, Scope> shared : mine.sharedWithMe.entrySet()) {
      editor.read(shared.getValue(), Kinds.CONNECTION_ALIASES).find(shared.getKey())
          .ifPresent(entry -> releaseOne(editor, shared.getValue(), entry, account, directoryId));
    }
  }

  private static void releaseOne(StateEditor editor, Scope owner, AliasEntry entry, String account, String directoryId) {
    if (entry.associatedBy(account, directoryId)) {
      editor.cancel(entry.pendingStep());
      store(editor, owner, entry.withAssociation(Optional.empty()).withPendingStep(Optional.empty()));
    }
  }

  /** Removes an own alias; its connection string stays reserved (the shares other scopes index are theirs). */
  @Override
  public ScopeConnectionAliases forget(String resourceId) {
    IdMap<AliasEntry> next = entries.minus(resourceId);
    return next == entries ? this : new ScopeConnectionAliases(next, sharedWithMe, reserved);
  }

  /** Own aliases only: an alias shared with the scope is not its to tag. */
  @Override
  public boolean taggable(String resourceId) {
    return entries.containsKey(resourceId);
  }

  @Override
  public void dump(ScopeState scope, DumpSections out) {
    out.list("ConnectionAliases", Iterables.transform(entries.values(), AliasEntry::alias));
    out.textByResource("ConnectionAliasSharedWith", Maps.transformValues(
        Maps.filterValues(entries, entry -> !entry.sharedWith().isEmpty()),
        entry -> String.join(",", entry.sharedWith())));
    out.textByResource("ConnectionAliasesSharedWithMe", Maps.transformValues(sharedWithMe, Scope::toString));
  }

  @Override
  public void check(State state, Scope scope, ScopeState owned) {
    ConnectionAliasInvariants.check(state, scope, this);
  }
}

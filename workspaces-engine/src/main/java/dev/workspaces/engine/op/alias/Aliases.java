package dev.workspaces.engine.op.alias;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ConnectionAliasRule;
import dev.workspaces.engine.state.AliasEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeConnectionAliases;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.ConnectionAliasState;
import java.util.Optional;

/** What the connection alias handlers share: finding an alias the caller sees, and the rows every handler checks. */
final class Aliases {
  /** The page size of the alias listings when the request names none. */
  static final int PAGE_SIZE = 25;

  private Aliases() {}

  /** An alias as one caller sees it: the entry and the scope that owns it. */
  record Visible(Scope owner, AliasEntry entry) {
    /** Returns whether {@code caller} owns the alias. */
    boolean ownedBy(Scope caller) {
      return owner.equals(caller);
    }
  }

  /** Returns alias {@code id} if the editor's scope owns it or it is shared with that scope. */
  static Optional<Visible> visible(StateEditor editor, String id) {
    ScopeConnectionAliases mine = editor.read(Kinds.CONNECTION_ALIASES);
    Optional<AliasEntry> own = mine.find(id);
    if (own.isPresent()) {
      return Optional.of(new Visible(editor.scopeId(), own.get()));
    }
    Scope owner = mine.sharedWithMe().get(id);
    return owner == null ? Optional.empty()
        : editor.read(owner, Kinds.CONNECTION_ALIASES).find(id).map(entry -> new Visible(owner, entry));
  }

  /** Returns a refusal by {@link ConnectionAliasRule#ALIAS_VISIBLE} when the caller does not see the alias. */
  static Optional<RuleRefusal> missing(Optional<Visible> alias, String id) {
    return RuleRefusal.when(alias.isEmpty(), ConnectionAliasRule.ALIAS_VISIBLE, id,
        () -> "The connection alias " + id + " does not exist in this account and region, and is not shared with it.");
  }

  /** Returns a refusal by {@link ConnectionAliasRule#OWNER_ONLY} when {@code caller} does not own the alias. */
  static Optional<RuleRefusal> notOwner(Visible alias, Scope caller) {
    return RuleRefusal.when(!alias.ownedBy(caller), ConnectionAliasRule.OWNER_ONLY, alias.entry().id(),
        () -> "The connection alias " + alias.entry().id() + " belongs to account " + alias.entry().owner()
            + "; only its owner may do this.");
  }

  /** Returns a refusal by {@link ConnectionAliasRule#ALIAS_CREATED} unless the alias is CREATED. */
  static Optional<RuleRefusal> notCreated(Visible alias) {
    return RuleRefusal.when(alias.entry().state() != ConnectionAliasState.CREATED, ConnectionAliasRule.ALIAS_CREATED,
        alias.entry().id(), () -> "The connection alias " + alias.entry().id() + " is " + alias.entry().state()
            + "; it must be CREATED.");
  }
}

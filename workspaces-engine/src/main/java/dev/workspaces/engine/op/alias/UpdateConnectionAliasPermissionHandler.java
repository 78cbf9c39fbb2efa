package dev.workspaces.engine.op.alias;

import com.google.common.collect.ImmutableSortedSet;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.ConnectionAliasRule;
import dev.workspaces.engine.state.AliasEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeConnectionAliases;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.ConnectionAliasPermission;
import dev.workspaces.model.request.UpdateConnectionAliasPermissionRequest;
import dev.workspaces.model.response.UpdateConnectionAliasPermissionResult;
import java.util.Optional;
import java.util.TreeSet;

/**
 * UpdateConnectionAliasPermission: AllowAssociation true shares one of the caller's aliases with
 * another account of the same region, false unshares it. The shared account then sees the alias in
 * DescribeConnectionAliases and may associate it with its own directory; the share is recorded on
 * the alias and in the shared account's index, kept in step here. Sharing twice, or unsharing an
 * account the alias is not shared with, changes nothing and succeeds.
 *
 * <p>Refusals, in table order: {@link ConnectionAliasRule#ALIAS_VISIBLE},
 * {@link ConnectionAliasRule#OWNER_ONLY}, {@link ConnectionAliasRule#ALIAS_CREATED},
 * {@link ConnectionAliasRule#SHARE_NOT_SELF} and {@link ConnectionAliasRule#REVOKE_UNASSOCIATED}.
 */
final class UpdateConnectionAliasPermissionHandler implements Handler<UpdateConnectionAliasPermissionRequest> {
  @Override
  public Outcome handle(State state, Scope scope, UpdateConnectionAliasPermissionRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String id = request.aliasId().orElseThrow();
    ConnectionAliasPermission permission = request.connectionAliasPermission().orElseThrow();
    String account = permission.sharedAccountId().orElseThrow();
    boolean share = permission.allowAssociation().orElseThrow();
    Optional<Aliases.Visible> alias = Aliases.visible(editor, id);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> Aliases.missing(alias, id),
        () -> Aliases.notOwner(alias.get(), scope),
        () -> Aliases.notCreated(alias.get()),
        () -> RuleRefusal.when(account.equals(scope.accountId()), ConnectionAliasRule.SHARE_NOT_SELF, id,
            () -> "The connection alias " + id + " belongs to account " + account + "; it cannot be shared with its owner."),
        () -> RuleRefusal.when(!share && alias.get().entry().association()
                .flatMap(association -> association.associatedAccountId()).equals(Optional.of(account)),
            ConnectionAliasRule.REVOKE_UNASSOCIATED, id, () -> "Account " + account + " has the connection alias "
                + id + " associated with a directory; it must disassociate it before the permission is revoked."));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    AliasEntry entry = alias.get().entry();
    TreeSet<String> accounts = new TreeSet<>(entry.sharedWith());
    Scope shared = Scope.of(account, scope.region());
    if (share) {
      accounts.add(account);
      editor.edit(shared, Kinds.CONNECTION_ALIASES, aliases -> aliases.shared(id, scope));
    } else if (accounts.remove(account)) {
      editor.edit(shared, Kinds.CONNECTION_ALIASES, aliases -> aliases.unshared(id));
    }
    ScopeConnectionAliases.store(editor, scope, entry.withSharedWith(ImmutableSortedSet.copyOf(accounts)));
    return Outcome.success(editor.state(), UpdateConnectionAliasPermissionResult.builder().build());
  }
}

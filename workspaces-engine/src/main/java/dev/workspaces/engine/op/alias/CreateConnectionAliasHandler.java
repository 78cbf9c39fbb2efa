package dev.workspaces.engine.op.alias;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Quota;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.Handler;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.op.tag.TagLists;
import dev.workspaces.engine.rule.ConnectionAliasRule;
import dev.workspaces.engine.rule.Transition;
import dev.workspaces.engine.state.AliasEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeConnectionAliases;
import dev.workspaces.engine.state.ScopeTags;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.request.CreateConnectionAliasRequest;
import dev.workspaces.model.response.CreateConnectionAliasResult;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CreateConnectionAlias: a new alias, CREATING until its ALIAS_CREATING step makes it CREATED, with
 * its tags; its connection string becomes the account's for good.
 *
 * <p>Refusals, in table order: {@link ConnectionAliasRule#CONNECTION_STRING_FQDN},
 * {@link ConnectionAliasRule#CONNECTION_STRING_FREE}, {@link ConnectionAliasRule#ALIAS_LIMIT} and
 * {@link ConnectionAliasRule#TAG_LIMIT}.
 */
final class CreateConnectionAliasHandler implements Handler<CreateConnectionAliasRequest> {
  private static final Pattern LABEL = Pattern.compile("[0-9a-zA-Z]([0-9a-zA-Z-]*[0-9a-zA-Z])?");

  @Override
  public Outcome handle(State state, Scope scope, CreateConnectionAliasRequest request) {
    StateEditor editor = new StateEditor(state, scope);
    String string = request.connectionString().orElseThrow();
    int limit = editor.config().quota(Quota.CONNECTION_ALIASES_PER_SCOPE);
    ScopeConnectionAliases aliases = editor.read(Kinds.CONNECTION_ALIASES);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> RuleRefusal.when(!qualified(string), ConnectionAliasRule.CONNECTION_STRING_FQDN, string,
            () -> "The connection string " + string + " is not a fully qualified domain name."),
        () -> taken(state, scope, aliases, string),
        () -> RuleRefusal.when(aliases.entries().size() >= limit, ConnectionAliasRule.ALIAS_LIMIT, string,
            () -> "The account has reached its limit of " + limit + " connection aliases in this region; "
                + string + " cannot be added."),
        () -> TagLists.tagLimit(editor, ConnectionAliasRule.TAG_LIMIT, string, request.tags()));
    if (refusal.isPresent()) {
      return refusal.get().outcome(state);
    }
    String id = editor.newId("wsca-", 9, false, aliases.entries()::containsKey);
    ScopeConnectionAliases.schedule(editor, scope, AliasEntry.creating(id, string, scope.accountId()),
        Transition.ALIAS_CREATING);
    ScopeTags.put(editor, id, TagLists.initialTags(request.tags()));
    return Outcome.success(editor.state(), CreateConnectionAliasResult.builder().aliasId(id).build());
  }

  private static boolean qualified(String string) {
    String[] labels = string.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.length() > 63 || !LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  private static Optional<RuleRefusal> taken(State state, Scope scope, ScopeConnectionAliases aliases, String string) {
    Optional<String> existing = aliases.entries().values().stream()
        .filter(entry -> entry.connectionString().equalsIgnoreCase(string)).map(AliasEntry::id).findFirst();
    if (existing.isPresent()) {
      return Optional.of(new RuleRefusal(ConnectionAliasRule.CONNECTION_STRING_FREE, "The connection string " + string
          + " is already the alias " + existing.get() + " of this account in this region.", string));
    }
    return state.scopes().entrySet().stream()
        .filter(owned -> !owned.getKey().accountId().equals(scope.accountId()))
        .filter(owned -> owned.getValue().get(Kinds.CONNECTION_ALIASES).reserved().stream()
            .anyMatch(reserved -> reserved.equalsIgnoreCase(string)))
        .findFirst()
        .map(owned -> new RuleRefusal(ConnectionAliasRule.CONNECTION_STRING_FREE, "The connection string " + string
            + " is reserved for another account.", string));
  }
}

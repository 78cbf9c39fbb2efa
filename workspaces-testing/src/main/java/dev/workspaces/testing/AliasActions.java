package dev.workspaces.testing;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.ScopeConnectionAliases;
import dev.workspaces.model.ConnectionAliasPermission;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.AssociateConnectionAliasRequest;
import dev.workspaces.model.request.CreateConnectionAliasRequest;
import dev.workspaces.model.request.DeleteConnectionAliasRequest;
import dev.workspaces.model.request.DescribeConnectionAliasPermissionsRequest;
import dev.workspaces.model.request.DescribeConnectionAliasesRequest;
import dev.workspaces.model.request.DisassociateConnectionAliasRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.UpdateConnectionAliasPermissionRequest;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Transformer;

/**
 * The connection alias actions of the kit's state-based tests: aliases of the action chains' scopes
 * and of a peer, an account of the first scope's region that aliases can be shared with, on
 * connection strings from a small set (so that some are taken or reserved, some malformed), and
 * the association, sharing, deletion and listing of the aliases a scope sees (or of an unknown id).
 */
final class AliasActions {
  /** The second account in the first scope's region: the account aliases of the first are shared with. */
  static final Scope PEER = Scope.of(EngineActions.SCOPES.get(1).accountId(), EngineActions.SCOPES.get(0).region());
  private static final List<Scope> SCOPES = List.of(EngineActions.SCOPES.get(0), EngineActions.SCOPES.get(1), PEER);
  private static final List<String> ACCOUNTS = SCOPES.stream().map(Scope::accountId).distinct().toList();

  private AliasActions() {}

  /** One alias request of one scope, or a directory registration in the peer scope. */
  static Arbitrary<Transformer<State>> aliases(State state) {
    List<Arbitrary<Transformer<State>>> choices = new ArrayList<>();
    choices.add(Arbitraries.of(EngineActions.DIRECTORIES).map(directory -> EngineActions.request(PEER,
        RegisterWorkspaceDirectoryRequest.builder().directoryId(directory).build())));
    for (Scope scope : SCOPES) {
      choices.add(Arbitraries.of("desk.example.com", "failover.example.com", "desk.example.org", "localhost")
          .map(string -> EngineActions.request(scope,
              CreateConnectionAliasRequest.builder().connectionString(string).build())));
      Arbitrary<WorkspacesRequest> onAlias = Combinators.combine(Arbitraries.of(seen(state, scope)),
          Arbitraries.of(EngineActions.DIRECTORIES), Arbitraries.of(ACCOUNTS), Arbitraries.integers().between(0, 7))
          .as((id, directory, account, kind) -> switch (kind) {
            case 0, 1 -> AssociateConnectionAliasRequest.builder().aliasId(id).resourceId(directory).build();
            case 2 -> DisassociateConnectionAliasRequest.builder().aliasId(id).build();
            case 3, 4 -> UpdateConnectionAliasPermissionRequest.builder().aliasId(id).connectionAliasPermission(
                ConnectionAliasPermission.builder().sharedAccountId(account).allowAssociation(kind == 3).build()).build();
            case 5 -> DeleteConnectionAliasRequest.builder().aliasId(id).build();
            case 6 -> DescribeConnectionAliasPermissionsRequest.builder().aliasId(id).build();
            default -> DescribeConnectionAliasesRequest.builder().resourceId(directory).build();
          });
      choices.add(onAlias.map(request -> EngineActions.request(scope, request)));
    }
    return Arbitraries.oneOf(choices);
  }

  /** The ids of the aliases {@code scope} owns or is shared with, and one unknown id. */
  private static List<String> seen(State state, Scope scope) {
    ScopeConnectionAliases aliases = state.scope(scope).get(Kinds.CONNECTION_ALIASES);
    List<String> ids = new ArrayList<>(aliases.entries().keySet());
    ids.addAll(aliases.sharedWithMe().keySet());
    ids.add("wsca-000000000");
    return ids;
  }
}

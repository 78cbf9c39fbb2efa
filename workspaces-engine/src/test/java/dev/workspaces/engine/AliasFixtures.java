package dev.workspaces.engine;

import dev.workspaces.engine.state.AliasEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.ConnectionAliasPermission;
import dev.workspaces.model.request.AssociateConnectionAliasRequest;
import dev.workspaces.model.request.CreateConnectionAliasRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.UpdateConnectionAliasPermissionRequest;
import java.time.Duration;

/**
 * A fixed world for the connection alias tests: {@link #OWNER} owns a free alias, one associated with
 * its directory, one shared with {@link #SHARED} and associated by it, and one still CREATING;
 * {@link #STRANGER} owns an alias of its own, so its connection string is reserved.
 */
public final class AliasFixtures {
  /** The account that owns the aliases. */
  public static final Scope OWNER = Fixtures.SCOPE;
  /** The same account in another region. */
  public static final Scope OWNER_WEST = Scope.of(OWNER.accountId(), "us-west-2");
  /** An account one alias is shared with. */
  public static final Scope SHARED = Scope.of("222222222222", OWNER.region());
  /** An account no alias of the owner is shared with. */
  public static final Scope STRANGER = Scope.of("333333333333", OWNER.region());
  /** The owner's REGISTERED directory. */
  public static final String DIRECTORY = Fixtures.DIRECTORY;
  /** The owner's directory still REGISTERING. */
  public static final String REGISTERING = "d-2222222222";
  /** The shared account's REGISTERED directory. */
  public static final String SHARED_DIRECTORY = "d-3333333333";
  /** The world described above. */
  public static final State WORLD = world();

  private AliasFixtures() {}

  private static State world() {
    State state = Fixtures.withDirectory(State.initial(20));
    state = ImageFixtures.accepted(state, SHARED,
        RegisterWorkspaceDirectoryRequest.builder().directoryId(SHARED_DIRECTORY).build()).state();
    for (String name : new String[] {"free", "used", "shared"}) {
      state = ImageFixtures.accepted(state, OWNER, create(name + ".example.com")).state();
    }
    state = ImageFixtures.accepted(state, STRANGER, create("taken.example.com")).state();
    state = Engine.advance(state, Duration.ofMinutes(1));
    String shared = alias(state, OWNER, "shared.example.com");
    state = ImageFixtures.accepted(state, OWNER, share(shared, SHARED.accountId(), true)).state();
    state = ImageFixtures.accepted(state, SHARED, associate(shared, SHARED_DIRECTORY)).state();
    state = ImageFixtures.accepted(state, OWNER, associate(alias(state, OWNER, "used.example.com"), DIRECTORY)).state();
    state = Engine.advance(state, Duration.ofMinutes(1));
    state = ImageFixtures.accepted(state, OWNER, create("new.example.com")).state();
    return ImageFixtures.accepted(state, OWNER,
        RegisterWorkspaceDirectoryRequest.builder().directoryId(REGISTERING).build()).state();
  }

  /** Returns the id of the alias {@code scope} owns for {@code connectionString}. */
  public static String alias(State state, Scope scope, String connectionString) {
    return state.scope(scope).get(Kinds.CONNECTION_ALIASES).entries().values().stream()
        .filter(entry -> entry.connectionString().equals(connectionString))
        .map(AliasEntry::id).findFirst().orElseThrow();
  }

  /** Returns the id of the owner's alias for {@code name}.example.com in {@link #WORLD}. */
  public static String alias(String name) {
    return alias(WORLD, OWNER, name + ".example.com");
  }

  /** Returns a create request for {@code connectionString}. */
  public static CreateConnectionAliasRequest create(String connectionString) {
    return CreateConnectionAliasRequest.builder().connectionString(connectionString).build();
  }

  /** Returns a request that shares ({@code allow}) or unshares alias {@code id} with {@code account}. */
  public static UpdateConnectionAliasPermissionRequest share(String id, String account, boolean allow) {
    return UpdateConnectionAliasPermissionRequest.builder().aliasId(id).connectionAliasPermission(
        ConnectionAliasPermission.builder().sharedAccountId(account).allowAssociation(allow).build()).build();
  }

  /** Returns a request that associates alias {@code id} with {@code directory}. */
  public static AssociateConnectionAliasRequest associate(String id, String directory) {
    return AssociateConnectionAliasRequest.builder().aliasId(id).resourceId(directory).build();
  }
}

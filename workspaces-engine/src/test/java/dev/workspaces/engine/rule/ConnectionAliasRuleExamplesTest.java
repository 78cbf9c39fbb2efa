package dev.workspaces.engine.rule;

import static dev.workspaces.engine.AliasFixtures.DIRECTORY;
import static dev.workspaces.engine.AliasFixtures.OWNER;
import static dev.workspaces.engine.AliasFixtures.OWNER_WEST;
import static dev.workspaces.engine.AliasFixtures.REGISTERING;
import static dev.workspaces.engine.AliasFixtures.SHARED;
import static dev.workspaces.engine.AliasFixtures.STRANGER;
import static dev.workspaces.engine.AliasFixtures.WORLD;
import static dev.workspaces.engine.AliasFixtures.alias;
import static dev.workspaces.engine.AliasFixtures.associate;
import static dev.workspaces.engine.AliasFixtures.create;
import static dev.workspaces.engine.AliasFixtures.share;

import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.Quota;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.CreateConnectionAliasRequest;
import dev.workspaces.model.request.DeleteConnectionAliasRequest;
import dev.workspaces.model.request.DescribeConnectionAliasPermissionsRequest;
import dev.workspaces.model.request.DescribeConnectionAliasesRequest;
import dev.workspaces.model.request.DisassociateConnectionAliasRequest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pinned accepted and one pinned refused example per row of {@link ConnectionAliasRule}, against
 * the fixed two-account world of {@link dev.workspaces.engine.AliasFixtures}, and a refused page token
 * for each alias listing.
 */
class ConnectionAliasRuleExamplesTest {
  private static final String UNKNOWN = "wsca-unknown00";
  private static final String FREE = alias("free");
  private static final String USED = alias("used");
  private static final String SHARED_ALIAS = alias("shared");
  private static final String NEW = alias("new");
  private static final String TOKEN = "not-ours";

  static Stream<RowExample> examples() {
    State full = WORLD.withConfig(WORLD.config().withQuota(Quota.CONNECTION_ALIASES_PER_SCOPE,
        WORLD.scope(OWNER).get(Kinds.CONNECTION_ALIASES).entries().size()));
    return Stream.of(
        ok(ConnectionAliasRule.CONNECTION_STRING_FQDN, create("desktop.example.org")),
        no(ConnectionAliasRule.CONNECTION_STRING_FQDN, create("localhost"), "localhost"),
        no(ConnectionAliasRule.CONNECTION_STRING_FQDN, create("-desk.example.org"), "-desk.example.org"),
        no(ConnectionAliasRule.CONNECTION_STRING_FQDN, create("desk..example.org"), "desk..example.org"),
        ok(ConnectionAliasRule.CONNECTION_STRING_FREE, create("desktop.example.org")),
        RowExample.ok(ConnectionAliasRule.CONNECTION_STRING_FREE, WORLD, OWNER_WEST, create("free.example.com")),
        no(ConnectionAliasRule.CONNECTION_STRING_FREE, create("free.example.com"), FREE),
        no(ConnectionAliasRule.CONNECTION_STRING_FREE, create("TAKEN.example.com"), "TAKEN.example.com"),
        RowExample.no(ConnectionAliasRule.CONNECTION_STRING_FREE, WORLD, SHARED, create("free.example.com"),
            "another account"),
        ok(ConnectionAliasRule.ALIAS_LIMIT, create("desktop.example.org")),
        RowExample.no(ConnectionAliasRule.ALIAS_LIMIT, full, OWNER, create("desktop.example.org"), "limit of"),
        ok(ConnectionAliasRule.TAG_LIMIT, CreateConnectionAliasRequest.builder().connectionString("desktop.example.org")
            .tags(ImageFixtures.tags(50)).build()),
        no(ConnectionAliasRule.TAG_LIMIT, CreateConnectionAliasRequest.builder().connectionString("desktop.example.org")
            .tags(ImageFixtures.tags(51)).build(), "desktop.example.org"),
        ok(ConnectionAliasRule.ALIAS_VISIBLE, permissions(FREE)),
        RowExample.ok(ConnectionAliasRule.ALIAS_VISIBLE, WORLD, SHARED, disassociate(SHARED_ALIAS)),
        no(ConnectionAliasRule.ALIAS_VISIBLE, delete(UNKNOWN), UNKNOWN),
        RowExample.no(ConnectionAliasRule.ALIAS_VISIBLE, WORLD, STRANGER,
            associate(FREE, "d-4444444444"), FREE),
        ok(ConnectionAliasRule.OWNER_ONLY, permissions(SHARED_ALIAS)),
        RowExample.no(ConnectionAliasRule.OWNER_ONLY, WORLD, SHARED, permissions(SHARED_ALIAS), OWNER.accountId()),
        RowExample.no(ConnectionAliasRule.OWNER_ONLY, WORLD, SHARED, delete(SHARED_ALIAS), SHARED_ALIAS),
        ok(ConnectionAliasRule.ALIAS_CREATED, delete(FREE)),
        no(ConnectionAliasRule.ALIAS_CREATED, delete(NEW), "CREATING"),
        no(ConnectionAliasRule.ALIAS_CREATED, associate(NEW, DIRECTORY), NEW),
        ok(ConnectionAliasRule.SHARE_NOT_SELF, share(FREE, SHARED.accountId(), true)),
        no(ConnectionAliasRule.SHARE_NOT_SELF, share(FREE, OWNER.accountId(), true), OWNER.accountId()),
        ok(ConnectionAliasRule.REVOKE_UNASSOCIATED, share(FREE, SHARED.accountId(), false)),
        no(ConnectionAliasRule.REVOKE_UNASSOCIATED, share(SHARED_ALIAS, SHARED.accountId(), false), SHARED.accountId()),
        ok(ConnectionAliasRule.DIRECTORY_REGISTERED, associate(FREE, DIRECTORY)),
        no(ConnectionAliasRule.DIRECTORY_REGISTERED, associate(FREE, "d-9999999999"), "d-9999999999"),
        RowExample.no(ConnectionAliasRule.DIRECTORY_REGISTERED, WORLD, SHARED, associate(SHARED_ALIAS, DIRECTORY),
            DIRECTORY),
        ok(ConnectionAliasRule.DIRECTORY_STATE, associate(FREE, DIRECTORY)),
        no(ConnectionAliasRule.DIRECTORY_STATE, associate(FREE, REGISTERING), "REGISTERING"),
        ok(ConnectionAliasRule.ALIAS_UNASSOCIATED, associate(FREE, DIRECTORY)),
        no(ConnectionAliasRule.ALIAS_UNASSOCIATED, associate(USED, DIRECTORY), USED),
        ok(ConnectionAliasRule.ALIAS_ASSOCIATED, disassociate(USED)),
        no(ConnectionAliasRule.ALIAS_ASSOCIATED, disassociate(FREE), "not associated"),
        RowExample.ok(ConnectionAliasRule.ASSOCIATED_BY_CALLER, WORLD, SHARED, disassociate(SHARED_ALIAS)),
        no(ConnectionAliasRule.ASSOCIATED_BY_CALLER, disassociate(SHARED_ALIAS), SHARED.accountId()),
        ok(ConnectionAliasRule.DELETE_UNUSED, delete(FREE)),
        no(ConnectionAliasRule.DELETE_UNUSED, delete(USED), USED),
        no(ConnectionAliasRule.DELETE_UNUSED, delete(SHARED_ALIAS), SHARED.accountId()),
        ok(PageTokenRule.ISSUED, DescribeConnectionAliasesRequest.builder().limit(1).build()),
        no(PageTokenRule.ISSUED, DescribeConnectionAliasesRequest.builder().nextToken(TOKEN).build(), TOKEN),
        no(PageTokenRule.ISSUED, DescribeConnectionAliasPermissionsRequest.builder().aliasId(SHARED_ALIAS)
            .nextToken(TOKEN).build(), TOKEN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRowDecidesTheOutcome(RowExample example) {
    example.check();
  }

  private static RowExample ok(RefusalRule row, WorkspacesRequest request) {
    return RowExample.ok(row, WORLD, OWNER, request);
  }

  private static RowExample no(RefusalRule row, WorkspacesRequest request, String named) {
    return RowExample.no(row, WORLD, OWNER, request, named);
  }

  private static DeleteConnectionAliasRequest delete(String id) {
    return DeleteConnectionAliasRequest.builder().aliasId(id).build();
  }

  private static DisassociateConnectionAliasRequest disassociate(String id) {
    return DisassociateConnectionAliasRequest.builder().aliasId(id).build();
  }

  private static DescribeConnectionAliasPermissionsRequest permissions(String id) {
    return DescribeConnectionAliasPermissionsRequest.builder().aliasId(id).build();
  }
}

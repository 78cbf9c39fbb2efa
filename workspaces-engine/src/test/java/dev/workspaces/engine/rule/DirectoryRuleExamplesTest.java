package dev.workspaces.engine.rule;

import static dev.workspaces.engine.Fixtures.DIRECTORY;
import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.rule.RowExample.no;
import static dev.workspaces.engine.rule.RowExample.noPastValidation;
import static dev.workspaces.engine.rule.RowExample.ok;

import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.CatalogueDirectory;
import dev.workspaces.engine.catalogue.DirectoryCatalogue;
import dev.workspaces.model.ClientProperties;
import dev.workspaces.model.DescribeWorkspaceDirectoriesFilter;
import dev.workspaces.model.ReconnectEnum;
import dev.workspaces.model.Tenancy;
import dev.workspaces.model.WorkspaceDirectoryType;
import dev.workspaces.model.request.DeregisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.DescribeClientPropertiesRequest;
import dev.workspaces.model.request.DescribeWorkspaceDirectoriesRequest;
import dev.workspaces.model.request.ModifyClientPropertiesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One pinned accepted and one pinned refused example per row of {@link DirectoryRule}. */
class DirectoryRuleExamplesTest {
  private static final String FRESH = "d-3333333333";
  private static final String REGISTERING = "d-2222222222";
  private static final String INACTIVE = "d-4444444444";
  private static final String ONE_ZONE = "d-5555555555";
  private static final String EMPTY = "d-6666666666";
  private static final State WORLD = world();

  static State world() {
    CatalogueDirectory model = CatalogueDirectory.simpleAd(INACTIVE, SCOPE.region());
    State state = Fixtures.withDirectory(State.initial(7));
    state = state.withCatalogue(state.catalogue()
        .with(new CatalogueDirectory(INACTIVE, model.name(), model.alias(), model.type(), model.subnets(),
            model.dnsIpAddresses(), false))
        .with(new CatalogueDirectory(ONE_ZONE, "corp.example.com", "corp", WorkspaceDirectoryType.SIMPLE_AD,
            ImmutableList.of(new CatalogueDirectory.Subnet("subnet-1111aaaa", "us-west-2a"),
                new CatalogueDirectory.Subnet("subnet-2222bbbb", "us-west-2a")),
            ImmutableList.of("10.0.0.10"), true)));
    state = Fixtures.accepted(state, Fixtures.create("ana")).state();
    state = Fixtures.accepted(state, register(EMPTY).build()).state();
    state = Engine.advance(state, Duration.ofMinutes(1));
    return Fixtures.accepted(state, register(REGISTERING).build()).state();
  }

  static Stream<RowExample> examples() {
    return Stream.of(
        ok(DirectoryRule.DIRECTORY_ID_GIVEN, WORLD, SCOPE, register(FRESH).build()),
        no(DirectoryRule.DIRECTORY_ID_GIVEN, WORLD, SCOPE, RegisterWorkspaceDirectoryRequest.builder().build(),
            "DirectoryId"),
        ok(DirectoryRule.CATALOGUE_KNOWN, WORLD, SCOPE, register(FRESH).build()),
        no(DirectoryRule.CATALOGUE_KNOWN, WORLD.withCatalogue(DirectoryCatalogue.strictCatalogue()), SCOPE, register(FRESH).build(), FRESH),
        ok(DirectoryRule.CATALOGUE_ACTIVE, WORLD, SCOPE, register(FRESH).build()),
        no(DirectoryRule.CATALOGUE_ACTIVE, WORLD, SCOPE, register(INACTIVE).build(), INACTIVE),
        ok(DirectoryRule.NOT_REGISTERED, WORLD, SCOPE, register(FRESH).build()),
        no(DirectoryRule.NOT_REGISTERED, WORLD, SCOPE, register(DIRECTORY).build(), DIRECTORY),
        ok(DirectoryRule.SUBNETS_IN_SEPARATE_ZONES, WORLD, SCOPE,
            register(ONE_ZONE).subnetIds(List.of("subnet-1111aaaa")).build()),
        no(DirectoryRule.SUBNETS_IN_SEPARATE_ZONES, WORLD, SCOPE,
            register(ONE_ZONE).subnetIds(List.of("subnet-1111aaaa", "subnet-2222bbbb")).build(), "us-west-2a"),
        ok(DirectoryRule.TENANCY_NEEDS_BYOL, WORLD, SCOPE, register(FRESH).tenancy(Tenancy.SHARED).build()),
        no(DirectoryRule.TENANCY_NEEDS_BYOL, WORLD, SCOPE, register(FRESH).tenancy(Tenancy.DEDICATED).build(), "BYOL"),
        ok(DirectoryRule.TAG_LIMIT, WORLD, SCOPE, register(FRESH).tags(ImageFixtures.tags(50)).build()),
        no(DirectoryRule.TAG_LIMIT, WORLD, SCOPE, register(FRESH).tags(ImageFixtures.tags(51)).build(), FRESH),
        ok(DirectoryRule.REGISTERED, WORLD, SCOPE, describeClientProperties(DIRECTORY)),
        no(DirectoryRule.REGISTERED, WORLD, SCOPE, describeClientProperties(FRESH), FRESH),
        ok(DirectoryRule.DEREGISTER_WITHOUT_WORKSPACES, WORLD, SCOPE, deregister(EMPTY)),
        no(DirectoryRule.DEREGISTER_WITHOUT_WORKSPACES, WORLD, SCOPE, deregister(DIRECTORY), DIRECTORY),
        ok(DirectoryRule.DEREGISTER_REGISTERED, WORLD, SCOPE, deregister(EMPTY)),
        no(DirectoryRule.DEREGISTER_REGISTERED, WORLD, SCOPE, deregister(REGISTERING), "REGISTERING"),
        ok(DirectoryRule.SETTINGS_REGISTERED, WORLD, SCOPE, modifyClientProperties(DIRECTORY)),
        no(DirectoryRule.SETTINGS_REGISTERED, WORLD, SCOPE, modifyClientProperties(REGISTERING), "REGISTERING"),
        ok(DirectoryRule.FILTER_NAME_KNOWN, WORLD, SCOPE, DescribeWorkspaceDirectoriesRequest.builder()
            .addFilter(DescribeWorkspaceDirectoriesFilter.builder().name("WORKSPACE_TYPE").values(List.of("PERSONAL"))
                .build()).build()),
        noPastValidation(DirectoryRule.FILTER_NAME_KNOWN, WORLD, SCOPE, DescribeWorkspaceDirectoriesRequest.builder()
            .addFilter(DescribeWorkspaceDirectoriesFilter.builder().name("SOMETHING_NEW").values(List.of("x"))
                .build()).build(), "SOMETHING_NEW"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRowDecidesTheOutcome(RowExample example) {
    example.check();
  }

  private static RegisterWorkspaceDirectoryRequest.Builder register(String id) {
    return RegisterWorkspaceDirectoryRequest.builder().directoryId(id);
  }

  private static DeregisterWorkspaceDirectoryRequest deregister(String id) {
    return DeregisterWorkspaceDirectoryRequest.builder().directoryId(id).build();
  }

  private static DescribeClientPropertiesRequest describeClientProperties(String id) {
    return DescribeClientPropertiesRequest.builder().resourceIds(List.of(id)).build();
  }

  private static ModifyClientPropertiesRequest modifyClientProperties(String id) {
    return ModifyClientPropertiesRequest.builder().resourceId(id)
        .clientProperties(ClientProperties.builder().reconnectEnabled(ReconnectEnum.DISABLED).build()).build();
  }
}

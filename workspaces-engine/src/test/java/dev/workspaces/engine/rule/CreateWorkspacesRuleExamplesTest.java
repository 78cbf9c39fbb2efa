package dev.workspaces.engine.rule;

import static dev.workspaces.engine.Fixtures.DIRECTORY;
import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.rule.RowExample.no;
import static dev.workspaces.engine.rule.RowExample.ok;

import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.ImageFixtures;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pinned accepted and one pinned refused example per row of {@link CreateWorkspacesRule}: a
 * refused item is reported in {@code FailedRequests} while the call succeeds.
 */
class CreateWorkspacesRuleExamplesTest {
  private static final String REGISTERING = "d-2222222222";
  private static final String UNDEFINED = "[UNDEFINED]";
  private static final State WORLD = world();

  static State world() {
    State state = Fixtures.withDirectory(State.initial(6));
    state = Fixtures.accepted(state, Fixtures.create("taken")).state();
    return Fixtures.accepted(state, RegisterWorkspaceDirectoryRequest.builder().directoryId(REGISTERING).build())
        .state();
  }

  static Stream<RowExample> examples() {
    State full = WORLD.withConfig(WORLD.config().withMaxWorkspacesPerScope(WORLD.scope(SCOPE).get(Kinds.WORKSPACES).entries().size()));
    return Stream.of(
        ok(CreateWorkspacesRule.DIRECTORY_KNOWN, WORLD, SCOPE, create(item(DIRECTORY, "ana"))),
        no(CreateWorkspacesRule.DIRECTORY_KNOWN, WORLD, SCOPE, create(item("d-9999999999", "ana")),
            "The specified directory could not be found in the specified region."),
        ok(CreateWorkspacesRule.DIRECTORY_REGISTERED, WORLD, SCOPE, create(item(DIRECTORY, "ana"))),
        no(CreateWorkspacesRule.DIRECTORY_REGISTERED, WORLD, SCOPE, create(item(REGISTERING, "ana")), "REGISTERING"),
        ok(CreateWorkspacesRule.NAME_FOR_UNDEFINED_USER, WORLD, SCOPE,
            create(item(DIRECTORY, UNDEFINED).workspaceName("kiosk"))),
        no(CreateWorkspacesRule.NAME_FOR_UNDEFINED_USER, WORLD, SCOPE, create(item(DIRECTORY, UNDEFINED)),
            "WorkspaceName is required"),
        ok(CreateWorkspacesRule.NAME_ONLY_FOR_UNDEFINED_USER, WORLD, SCOPE, create(item(DIRECTORY, "ana"))),
        no(CreateWorkspacesRule.NAME_ONLY_FOR_UNDEFINED_USER, WORLD, SCOPE,
            create(item(DIRECTORY, "ana").workspaceName("kiosk")), "WorkspaceName can be given only"),
        ok(CreateWorkspacesRule.ONE_PER_USER, WORLD, SCOPE, create(item(DIRECTORY, "ana"))),
        no(CreateWorkspacesRule.ONE_PER_USER, WORLD, SCOPE, create(item(DIRECTORY, "taken")),
            "A WorkSpace already exists for the specified user."),
        ok(CreateWorkspacesRule.TAG_LIMIT, WORLD, SCOPE, create(item(DIRECTORY, "ana").tags(ImageFixtures.tags(50)))),
        no(CreateWorkspacesRule.TAG_LIMIT, WORLD, SCOPE, create(item(DIRECTORY, "ana").tags(ImageFixtures.tags(51))),
            "51 tags"),
        ok(CreateWorkspacesRule.WORKSPACE_LIMIT, WORLD, SCOPE, create(item(DIRECTORY, "ana"))),
        no(CreateWorkspacesRule.WORKSPACE_LIMIT, full, SCOPE, create(item(DIRECTORY, "ana")),
            "limit of " + WORLD.scope(SCOPE).get(Kinds.WORKSPACES).entries().size()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theRowDecidesTheOutcome(RowExample example) {
    example.check();
  }

  static WorkspaceRequest.Builder item(String directory, String user) {
    return WorkspaceRequest.builder().directoryId(directory).userName(user).bundleId(AmazonBundles.STANDARD_WINDOWS);
  }

  static CreateWorkspacesRequest create(WorkspaceRequest.Builder item) {
    return CreateWorkspacesRequest.builder().addWorkspace(item.build()).build();
  }
}

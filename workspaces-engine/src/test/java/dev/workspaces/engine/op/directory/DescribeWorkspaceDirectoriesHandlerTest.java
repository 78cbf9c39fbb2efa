package dev.workspaces.engine.op.directory;

import static dev.workspaces.engine.Fixtures.assertRefused;
import static dev.workspaces.engine.op.directory.DirectoryHandlersTest.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.model.DescribeWorkspaceDirectoriesFilter;
import dev.workspaces.model.DescribeWorkspaceDirectoriesFilterName;
import dev.workspaces.model.UserIdentityType;
import dev.workspaces.model.WorkspaceDirectory;
import dev.workspaces.model.WorkspaceType;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.DescribeWorkspaceDirectoriesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.response.DescribeWorkspaceDirectoriesResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** DescribeWorkspaceDirectories, through {@link Engine#apply}. */
class DescribeWorkspaceDirectoriesHandlerTest {
  private static final Scope SCOPE = Scope.DEFAULT;
  private static final State START = State.initial(42);

  @Test
  void anEmptyScopeListsNothing() {
    DescribeWorkspaceDirectoriesResult result = describe(START, DescribeWorkspaceDirectoriesRequest.builder().build());

    assertEquals(List.of(), result.directories());
    assertEquals(Optional.empty(), result.nextToken());
  }

  @Test
  void directoriesAreListedByIdWhateverTheRegistrationOrder() {
    State state = registerAll(START, "d-3000000000", "d-1000000000", "d-2000000000");

    assertEquals(List.of("d-1000000000", "d-2000000000", "d-3000000000"),
        ids(describe(state, DescribeWorkspaceDirectoriesRequest.builder().build())));
  }

  @Test
  void directoryIdsSelectKnownDirectoriesAndSkipUnknownOnes() {
    State state = registerAll(START, "d-1000000000", "d-2000000000", "d-3000000000");

    DescribeWorkspaceDirectoriesResult result = describe(state, DescribeWorkspaceDirectoriesRequest.builder()
        .directoryIds(List.of("d-3000000000", "d-9999999999", "d-1000000000")).build());

    assertEquals(List.of("d-1000000000", "d-3000000000"), ids(result));
  }

  @Test
  void workspaceDirectoryNamesSelectByTheGivenName() {
    State state = apply(START, register("d-1000000000").workspaceDirectoryName("Sales").build()).state();
    state = apply(state, register("d-2000000000").workspaceDirectoryName("Finance").build()).state();
    state = apply(state, register("d-3000000000").build()).state();

    DescribeWorkspaceDirectoriesResult result = describe(state, DescribeWorkspaceDirectoriesRequest.builder()
        .workspaceDirectoryNames(List.of("Finance", "Nobody")).build());

    assertEquals(List.of("d-2000000000"), ids(result));
  }

  @Test
  void userIdentityTypeFilterMatchesAnyListedValue() {
    State state = apply(START, register("d-1000000000").build()).state();
    state = apply(state, register("d-2000000000").userIdentityType(UserIdentityType.CUSTOMER_MANAGED).build()).state();

    assertEquals(List.of("d-2000000000"), ids(describe(state, filtered(
        DescribeWorkspaceDirectoriesFilterName.USER_IDENTITY_TYPE, "CUSTOMER_MANAGED"))));
    assertEquals(List.of("d-1000000000", "d-2000000000"), ids(describe(state, filtered(
        DescribeWorkspaceDirectoriesFilterName.USER_IDENTITY_TYPE, "CUSTOMER_MANAGED", "AWS_DIRECTORY_SERVICE"))));
  }

  @Test
  void workspaceTypeFilterMatchesTheRegisteredType() {
    State state = apply(START, register("d-1000000000").build()).state();
    state = apply(state, register("d-2000000000").workspaceType(WorkspaceType.POOLS).build()).state();

    assertEquals(List.of("d-2000000000"), ids(describe(state, filtered(
        DescribeWorkspaceDirectoriesFilterName.WORKSPACE_TYPE, "POOLS"))));
    assertEquals(List.of("d-1000000000"), ids(describe(state, filtered(
        DescribeWorkspaceDirectoriesFilterName.WORKSPACE_TYPE, "PERSONAL"))));
  }

  @Test
  void filtersCombineWithIdsByAnd() {
    State state = apply(START, register("d-1000000000").build()).state();
    state = apply(state, register("d-2000000000").workspaceType(WorkspaceType.POOLS).build()).state();

    DescribeWorkspaceDirectoriesRequest request = filtered(DescribeWorkspaceDirectoriesFilterName.WORKSPACE_TYPE, "POOLS")
        .toBuilder().directoryIds(List.of("d-1000000000")).build();

    assertEquals(List.of(), ids(describe(state, request)));
  }

  @Test
  void limitAndNextTokenWalkEveryDirectoryOnce() {
    State state = START;
    for (int i = 0; i < 7; i++) {
      state = apply(state, register("d-" + i + "000000000").build()).state();
    }
    List<String> seen = new ArrayList<>();
    Optional<String> token = Optional.empty();
    int pages = 0;
    do {
      DescribeWorkspaceDirectoriesResult page = describe(state, DescribeWorkspaceDirectoriesRequest.builder()
          .limit(3).nextToken(token).build());
      assertTrue(page.directories().size() <= 3);
      seen.addAll(ids(page));
      token = page.nextToken();
      pages++;
    } while (token.isPresent());

    assertEquals(3, pages);
    assertEquals(ids(describe(state, DescribeWorkspaceDirectoriesRequest.builder().build())), seen);
    assertEquals(7, seen.size());
  }

  @Test
  void theDefaultPageHoldsTwentyFive() {
    State state = START;
    for (int i = 0; i < 26; i++) {
      state = apply(state, register(String.format("d-%010d", i)).build()).state();
    }

    DescribeWorkspaceDirectoriesResult first = describe(state, DescribeWorkspaceDirectoriesRequest.builder().build());

    assertEquals(25, first.directories().size());
    assertTrue(first.nextToken().isPresent());
  }

  @Test
  void aForeignNextTokenIsRefused() {
    State state = apply(START, register("d-1000000000").build()).state();

    Outcome outcome = apply(state, DescribeWorkspaceDirectoriesRequest.builder().nextToken("not-ours").build());

    assertRefused(outcome, state, ErrorCode.INVALID_PARAMETER_VALUES_EXCEPTION, "NextToken", "not-ours");
  }

  @Test
  void aLimitAboveTwentyFiveFailsSchemaValidation() {
    assertRefused(apply(START, DescribeWorkspaceDirectoriesRequest.builder().limit(26).build()), START,
        ErrorCode.VALIDATION_EXCEPTION, "limit");
  }

  @Test
  void anotherScopeListsOnlyItsOwnDirectories() {
    State state = apply(START, register("d-1000000000").build()).state();
    Scope other = Scope.of("210987654321", SCOPE.region());
    state = Engine.apply(state, other, register("d-2000000000").build()).state();

    assertEquals(List.of("d-1000000000"), ids(describe(state, DescribeWorkspaceDirectoriesRequest.builder().build())));
    assertEquals(List.of("d-2000000000"), ids(Engine.apply(state, other,
        DescribeWorkspaceDirectoriesRequest.builder().build()).responseAs(DescribeWorkspaceDirectoriesResult.class)));
  }

  // ---- helpers ----

  private static State registerAll(State state, String... ids) {
    for (String id : ids) {
      state = apply(state, RegisterWorkspaceDirectoryRequest.builder().directoryId(id).build()).state();
    }
    return state;
  }

  private static DescribeWorkspaceDirectoriesRequest filtered(DescribeWorkspaceDirectoriesFilterName name,
      String... values) {
    return DescribeWorkspaceDirectoriesRequest.builder().filters(List.of(DescribeWorkspaceDirectoriesFilter.builder()
        .name(name).values(List.of(values)).build())).build();
  }

  private static Outcome apply(State state, WorkspacesRequest request) {
    return Engine.apply(state, SCOPE, request);
  }

  private static DescribeWorkspaceDirectoriesResult describe(State state, DescribeWorkspaceDirectoriesRequest request) {
    return apply(state, request).responseAs(DescribeWorkspaceDirectoriesResult.class);
  }

  private static List<String> ids(DescribeWorkspaceDirectoriesResult result) {
    return result.directories().stream().map(WorkspaceDirectory::directoryId).map(Optional::orElseThrow).toList();
  }
}

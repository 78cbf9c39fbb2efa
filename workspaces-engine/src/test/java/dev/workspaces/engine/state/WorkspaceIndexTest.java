package dev.workspaces.engine.state;

import static dev.workspaces.engine.Fixtures.DIRECTORY;
import static dev.workspaces.engine.Fixtures.SCOPE;
import static dev.workspaces.engine.Fixtures.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Fixtures;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.error.ErrorCode;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.DeregisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import dev.workspaces.model.response.DescribeWorkspacesResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The directory and bundle index: DescribeWorkspaces by DirectoryId or BundleId pages through
 * exactly the matching WorkSpaces in id order, and the index forgets a WorkSpace once it is gone,
 * which is what DeregisterWorkspaceDirectory checks.
 */
class WorkspaceIndexTest {
  private static final String OTHER = "d-0987654321";

  /** Three WorkSpaces on Windows in {@link Fixtures#DIRECTORY}, two on Linux in {@link #OTHER}. */
  private static State twoDirectories() {
    State state = Fixtures.withDirectory(State.initial(5));
    state = Engine.advance(accepted(state, RegisterWorkspaceDirectoryRequest.builder().directoryId(OTHER).build())
        .state(), Duration.ofMinutes(1));
    CreateWorkspacesRequest.Builder create = CreateWorkspacesRequest.builder();
    for (int i = 0; i < 5; i++) {
      create.addWorkspace(WorkspaceRequest.builder().directoryId(i < 3 ? DIRECTORY : OTHER).userName("u" + i)
          .bundleId(i < 3 ? AmazonBundles.STANDARD_WINDOWS : AmazonBundles.STANDARD_LINUX).build());
    }
    return Engine.advance(accepted(state, create.build()).state(), Duration.ofMinutes(30));
  }

  private static List<String> idsWhere(State state, java.util.function.Predicate<WorkspaceEntry> filter) {
    return state.scope(SCOPE).get(Kinds.WORKSPACES).entries().values().stream().filter(filter).map(WorkspaceEntry::id).toList();
  }

  /** Pages through DescribeWorkspaces two at a time; returns every id seen, in order. */
  private static List<String> pages(State state, Consumer<DescribeWorkspacesRequest.Builder> filter) {
    List<String> seen = new ArrayList<>();
    Optional<String> token = Optional.empty();
    do {
      DescribeWorkspacesRequest.Builder request = DescribeWorkspacesRequest.builder().limit(2).nextToken(token);
      filter.accept(request);
      DescribeWorkspacesResult page = accepted(state, request.build()).responseAs(DescribeWorkspacesResult.class);
      page.workspaces().forEach(workspace -> seen.add(workspace.workspaceId().orElseThrow()));
      token = page.nextToken();
    } while (token.isPresent());
    return seen;
  }

  @Test
  void directoryAndBundleFiltersPageThroughExactlyTheirWorkspaces() {
    State state = twoDirectories();
    List<String> inOther = idsWhere(state, entry -> entry.details().directoryId().orElseThrow().equals(OTHER));
    List<String> inDirectory = idsWhere(state, entry -> entry.details().directoryId().orElseThrow().equals(DIRECTORY));
    assertEquals(2, inOther.size());
    assertEquals(3, inDirectory.size());
    assertEquals(inDirectory, pages(state, request -> request.directoryId(DIRECTORY)));
    assertEquals(inOther, pages(state, request -> request.directoryId(OTHER)));
    assertEquals(inOther, pages(state, request -> request.bundleId(AmazonBundles.STANDARD_LINUX)));
    assertEquals(inDirectory, pages(state, request -> request.bundleId(AmazonBundles.STANDARD_WINDOWS)));
    assertEquals(List.of(), pages(state, request -> request.directoryId("d-5555555555")));
    List<String> all = new ArrayList<>(state.scope(SCOPE).get(Kinds.WORKSPACES).entries().keySet());
    assertEquals(all.stream().sorted().toList(), all);
    assertEquals(all, pages(state, request -> { }), "both directories' lists merged, in id order");
    assertEquals(ImmutableList.copyOf(state.scope(SCOPE).get(Kinds.WORKSPACES).index().inDirectory(OTHER)), inOther);
  }

  @Test
  void theIndexForgetsTerminatedWorkspacesAndDeregistrationWaitsForThem() {
    State state = twoDirectories();
    List<String> inOther = ImmutableList.copyOf(state.scope(SCOPE).get(Kinds.WORKSPACES).index().inDirectory(OTHER));
    Outcome refused = Engine.apply(state, SCOPE, DeregisterWorkspaceDirectoryRequest.builder().directoryId(OTHER).build());
    assertEquals(ErrorCode.OPERATION_NOT_SUPPORTED_EXCEPTION, refused.error().orElseThrow().code());
    assertTrue(refused.error().orElseThrow().message().contains(inOther.get(0)));
    assertEquals(state, refused.state());

    TerminateWorkspacesRequest.Builder terminate = TerminateWorkspacesRequest.builder();
    inOther.forEach(id -> terminate.addTerminateWorkspaceRequest(TerminateRequest.builder().workspaceId(id).build()));
    state = Engine.advance(accepted(state, terminate.build()).state(), Duration.ofDays(2));

    assertFalse(state.scope(SCOPE).get(Kinds.WORKSPACES).entries().keySet().stream().anyMatch(inOther::contains));
    assertEquals(List.of(), ImmutableList.copyOf(state.scope(SCOPE).get(Kinds.WORKSPACES).index().inDirectory(OTHER)));
    assertEquals(List.of(), ImmutableList.copyOf(state.scope(SCOPE).get(Kinds.WORKSPACES).index().onBundle(AmazonBundles.STANDARD_LINUX)));
    assertEquals(3, state.scope(SCOPE).get(Kinds.WORKSPACES).index().inDirectory(DIRECTORY).size());
    accepted(state, DeregisterWorkspaceDirectoryRequest.builder().directoryId(OTHER).build());
  }
}

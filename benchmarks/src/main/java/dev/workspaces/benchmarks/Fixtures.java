package dev.workspaces.benchmarks;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.EngineConfig;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.catalogue.AmazonBundles;
import dev.workspaces.model.RunningMode;
import dev.workspaces.model.Tag;
import dev.workspaces.model.WorkspaceProperties;
import dev.workspaces.model.WorkspaceRequest;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.request.RegisterWorkspaceDirectoryRequest;
import dev.workspaces.model.response.CreateWorkspacesResult;
import dev.workspaces.model.response.DescribeWorkspacesResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The states and payloads every benchmark starts from, built through the public engine API only,
 * so they hold exactly what a client could have put there.
 *
 * <p>A populated state has {@link #DIRECTORIES} registered directories and one user per WorkSpace
 * ({@code user-000000}, {@code user-000001}, ...), spread over the directories in turn; WorkSpaces
 * are created by CreateWorkspaces calls of {@link #BATCH} items, each with two tags and explicit
 * properties, then time is advanced until all are AVAILABLE.
 */
public final class Fixtures {
  /** The account and region every fixture lives in. */
  public static final Scope SCOPE = Scope.DEFAULT;
  /** How many directories a populated state registers. */
  public static final int DIRECTORIES = 4;
  /** The most items one CreateWorkspaces call may carry. */
  public static final int BATCH = 25;

  private static final Duration SETTLE = Duration.ofHours(1);

  private Fixtures() {}

  /** Returns the id of directory {@code index}: {@code d-9000000000}, {@code d-9000000001}, ... */
  public static String directoryId(int index) {
    return String.format("d-9%09x", index);
  }

  /** Returns the user name of WorkSpace number {@code ordinal}. */
  public static String userName(long ordinal) {
    return String.format("user-%06d", ordinal);
  }

  /** Returns a state of {@code config} with the directories registered and nothing else. */
  public static State withDirectories(EngineConfig config) {
    State state = State.initial(42, config);
    for (int i = 0; i < DIRECTORIES; i++) {
      state = apply(state, RegisterWorkspaceDirectoryRequest.builder().directoryId(directoryId(i)).build());
    }
    return Engine.advance(state, SETTLE);
  }

  /** Returns a state of {@code config} holding {@code count} AVAILABLE WorkSpaces. */
  public static State populated(int count, EngineConfig config) {
    State state = withDirectories(config);
    for (int first = 0; first < count; first += BATCH) {
      int size = Math.min(BATCH, count - first);
      CreateWorkspacesRequest request = createRequest(first, size);
      Outcome outcome = Engine.apply(state, SCOPE, request);
      CreateWorkspacesResult result = outcome.responseAs(CreateWorkspacesResult.class);
      if (!result.failedRequests().isEmpty()) {
        throw new IllegalStateException("fixture creation refused: " + result.failedRequests().get(0));
      }
      state = outcome.state();
    }
    return Engine.advance(state, SETTLE);
  }

  /** Returns a CreateWorkspaces request for users {@code first} to {@code first + size - 1}. */
  public static CreateWorkspacesRequest createRequest(long first, int size) {
    List<WorkspaceRequest> items = new ArrayList<>(size);
    for (long ordinal = first; ordinal < first + size; ordinal++) {
      items.add(item(ordinal));
    }
    return CreateWorkspacesRequest.builder().workspaces(items).build();
  }

  /** Returns the CreateWorkspaces item of user {@code ordinal}: two tags, AUTO_STOP after an hour. */
  public static WorkspaceRequest item(long ordinal) {
    return WorkspaceRequest.builder()
        .directoryId(directoryId((int) (ordinal % DIRECTORIES)))
        .userName(userName(ordinal))
        .bundleId(AmazonBundles.STANDARD_WINDOWS)
        .userVolumeEncryptionEnabled(false)
        .rootVolumeEncryptionEnabled(false)
        .workspaceProperties(WorkspaceProperties.builder()
            .runningMode(RunningMode.AUTO_STOP)
            .runningModeAutoStopTimeoutInMinutes(60)
            .rootVolumeSizeGib(80)
            .userVolumeSizeGib(50)
            .build())
        .addTag(Tag.builder().key("team").value("team-" + (ordinal % 17)).build())
        .addTag(Tag.builder().key("cost-centre").value("cc-" + (ordinal % 101)).build())
        .build();
  }

  /** Returns the first page of DescribeWorkspaces (25 WorkSpaces) of a populated state. */
  public static DescribeWorkspacesResult describePage() {
    State state = populated(BATCH, EngineConfig.realistic());
    return Engine.apply(state, SCOPE, DescribeWorkspacesRequest.builder().build())
        .responseAs(DescribeWorkspacesResult.class);
  }

  /** Applies a request that must succeed; fixture building stops loudly otherwise. */
  public static State apply(State state, WorkspacesRequest request) {
    Outcome outcome = Engine.apply(state, SCOPE, request);
    if (!outcome.isSuccess()) {
      throw new IllegalStateException("fixture request refused: " + outcome.error().orElseThrow());
    }
    return outcome.state();
  }
}

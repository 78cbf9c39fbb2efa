package dev.workspaces.benchmarks;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.EngineConfig;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.WorkspaceEntry;
import dev.workspaces.model.RebootRequest;
import dev.workspaces.model.Tag;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.CreateWorkspacesRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.request.RebootWorkspacesRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/**
 * The engine's requests one at a time, on states of 1k and 100k WorkSpaces, to see which of them
 * slow down with size (not part of the default suite: {@code run.sh only=engine-ops}).
 *
 * <p>Every call applies one request to the same stored state and drops the result, which the
 * persistent state makes possible: nothing accumulates, and each call pays for one lookup or one
 * path copy in each map it touches. WorkSpaces are visited in a shuffled order, so the larger
 * state is read from all over the heap as a real one would be. {@code lookup} is the bare map
 * read, for scale.
 */
@org.openjdk.jmh.annotations.State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineOperationsBenchmark {
  @Param({"1000", "100000"})
  public int workspaces;

  private State state;
  private String[] ids;
  private CreateWorkspacesRequest[] creates;
  private int next;

  @Setup
  public void build() {
    state = Fixtures.populated(workspaces, EngineConfig.instant());
    List<String> shuffled = new ArrayList<>(state.scope(Fixtures.SCOPE).get(Kinds.WORKSPACES).entries().keySet());
    Collections.shuffle(shuffled, new Random(11));
    ids = shuffled.toArray(String[]::new);
    creates = new CreateWorkspacesRequest[1000];
    for (int i = 0; i < creates.length; i++) {
      creates[i] = Fixtures.createRequest(workspaces + i, 1);
    }
  }

  private String nextId() {
    next = next + 1 == ids.length ? 0 : next + 1;
    return ids[next];
  }

  private Outcome apply(WorkspacesRequest request) {
    return Engine.apply(state, Fixtures.SCOPE, request);
  }

  @Benchmark
  public WorkspaceEntry lookup() {
    return state.scope(Fixtures.SCOPE).get(Kinds.WORKSPACES).entries().get(nextId());
  }

  @Benchmark
  public Outcome describeById() {
    return apply(DescribeWorkspacesRequest.builder().addWorkspaceId(nextId()).build());
  }

  @Benchmark
  public Outcome reboot() {
    return apply(RebootWorkspacesRequest.builder()
        .addRebootWorkspaceRequest(RebootRequest.builder().workspaceId(nextId()).build()).build());
  }

  @Benchmark
  public Outcome createTags() {
    return apply(CreateTagsRequest.builder().resourceId(nextId())
        .addTag(Tag.builder().key("team").value("team-x").build()).build());
  }

  @Benchmark
  public Outcome terminate() {
    return apply(TerminateWorkspacesRequest.builder()
        .addTerminateWorkspaceRequest(TerminateRequest.builder().workspaceId(nextId()).build()).build());
  }

  @Benchmark
  public Outcome createOne() {
    next = next + 1 == creates.length ? 0 : next + 1;
    return apply(creates[next]);
  }
}

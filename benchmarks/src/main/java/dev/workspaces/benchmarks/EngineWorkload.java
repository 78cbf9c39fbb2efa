package dev.workspaces.benchmarks;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.EngineConfig;
import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.State;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.model.RebootRequest;
import dev.workspaces.model.StartRequest;
import dev.workspaces.model.StopRequest;
import dev.workspaces.model.Tag;
import dev.workspaces.model.TerminateRequest;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.WorkspacesResponse;
import dev.workspaces.model.request.CreateTagsRequest;
import dev.workspaces.model.request.DescribeWorkspacesRequest;
import dev.workspaces.model.request.RebootWorkspacesRequest;
import dev.workspaces.model.request.StartWorkspacesRequest;
import dev.workspaces.model.request.StopWorkspacesRequest;
import dev.workspaces.model.request.TerminateWorkspacesRequest;
import dev.workspaces.model.response.CreateWorkspacesResult;
import dev.workspaces.model.response.DescribeWorkspacesResult;
import dev.workspaces.model.response.RebootWorkspacesResult;
import dev.workspaces.model.response.StartWorkspacesResult;
import dev.workspaces.model.response.StopWorkspacesResult;
import dev.workspaces.model.response.TerminateWorkspacesResult;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * The mixed lifecycle workload of the engine benchmark, on a state of constant size.
 *
 * <p>One {@link #cycle()} makes {@value #REQUESTS_PER_CYCLE} requests and two time advances:
 * CreateWorkspaces (one new user), TerminateWorkspaces (the oldest WorkSpace), DescribeWorkspaces
 * by id, RebootWorkspaces and StopWorkspaces (two other WorkSpaces), an advance, StartWorkspaces
 * (the stopped one), CreateTags (the rebooted one), and a second advance. The engine runs with
 * {@link EngineConfig#instant()}, so each advance completes every step in flight: after a cycle
 * every WorkSpace is AVAILABLE again, the timeline is empty and the count is back to the starting
 * size. WorkSpaces are picked by a seeded random source, so the same size gives the same run.
 *
 * <p>Not thread-safe: one workload belongs to one benchmark thread.
 */
public final class EngineWorkload {
  /** How many API requests one cycle makes. */
  public static final int REQUESTS_PER_CYCLE = 7;

  private final String[] ids;
  /** How many slots (from the first) the requests pick from; creation and termination use all. */
  private final int hot;
  private final SplittableRandom random = new SplittableRandom(7);
  private State state;
  private long nextUser;
  private int oldest;

  private EngineWorkload(State state, String[] ids, int hot) {
    this.state = state;
    this.ids = ids;
    this.hot = hot;
    this.nextUser = ids.length;
  }

  /** Returns a workload over {@code size} AVAILABLE WorkSpaces (at least 3), picked from all. */
  public static EngineWorkload of(int size) {
    return of(size, size);
  }

  /**
   * Returns a workload over {@code size} AVAILABLE WorkSpaces whose describe, reboot, stop, start
   * and tag requests pick among {@code hot} of them only (at least 3); creation and termination
   * still go through all, so the state keeps its size and its churn.
   */
  public static EngineWorkload of(int size, int hot) {
    if (hot < 3 || hot > size) {
      throw new IllegalArgumentException("the workload needs 3 to " + size + " WorkSpaces to pick from: " + hot);
    }
    State state = Fixtures.populated(size, EngineConfig.instant());
    String[] ids = state.scope(Fixtures.SCOPE).get(Kinds.WORKSPACES).entries().keySet().toArray(String[]::new);
    return new EngineWorkload(state, ids, hot);
  }

  /** Returns the current state. */
  public State state() {
    return state;
  }

  /**
   * Runs one cycle; returns how many requests or items were refused (0 unless the engine's rules
   * changed under the workload; the tests check it, the benchmark only consumes it).
   */
  public int cycle() {
    int refused = 0;
    int slot = oldest;
    oldest = (oldest + 1) % ids.length;
    Outcome created = apply(Fixtures.createRequest(nextUser++, 1));
    refused += refusals(created);
    String fresh = created.responseAs(CreateWorkspacesResult.class).pendingRequests().get(0)
        .workspaceId().orElseThrow();
    refused += refusals(apply(TerminateWorkspacesRequest.builder()
        .addTerminateWorkspaceRequest(TerminateRequest.builder().workspaceId(ids[slot]).build()).build()));
    ids[slot] = fresh;
    int described = pickOtherThan(slot, -1);
    refused += refusals(apply(DescribeWorkspacesRequest.builder().addWorkspaceId(ids[described]).build()));
    int rebooted = pickOtherThan(slot, -1);
    int stopped = pickOtherThan(slot, rebooted);
    refused += refusals(apply(RebootWorkspacesRequest.builder()
        .addRebootWorkspaceRequest(RebootRequest.builder().workspaceId(ids[rebooted]).build()).build()));
    refused += refusals(apply(StopWorkspacesRequest.builder()
        .addStopWorkspaceRequest(StopRequest.builder().workspaceId(ids[stopped]).build()).build()));
    state = Engine.advance(state, Duration.ZERO);
    refused += refusals(apply(StartWorkspacesRequest.builder()
        .addStartWorkspaceRequest(StartRequest.builder().workspaceId(ids[stopped]).build()).build()));
    refused += refusals(apply(CreateTagsRequest.builder().resourceId(ids[rebooted])
        .addTag(Tag.builder().key("team").value("team-" + (nextUser % 17)).build()).build()));
    state = Engine.advance(state, Duration.ZERO);
    return refused;
  }

  private Outcome apply(WorkspacesRequest request) {
    Outcome outcome = Engine.apply(state, Fixtures.SCOPE, request);
    state = outcome.state();
    return outcome;
  }

  /** Returns a random slot among the hot ones that is neither {@code a} nor {@code b}. */
  private int pickOtherThan(int a, int b) {
    int slot;
    do {
      slot = random.nextInt(hot);
    } while (slot == a || slot == b);
    return slot;
  }

  private static int refusals(Outcome outcome) {
    if (!outcome.isSuccess()) {
      return 1;
    }
    WorkspacesResponse response = outcome.response().orElseThrow();
    if (response instanceof CreateWorkspacesResult r) {
      return r.failedRequests().size();
    } else if (response instanceof TerminateWorkspacesResult r) {
      return r.failedRequests().size();
    } else if (response instanceof RebootWorkspacesResult r) {
      return r.failedRequests().size();
    } else if (response instanceof StopWorkspacesResult r) {
      return r.failedRequests().size();
    } else if (response instanceof StartWorkspacesResult r) {
      return r.failedRequests().size();
    } else if (response instanceof DescribeWorkspacesResult r) {
      return r.workspaces().size() == 1 ? 0 : 1;
    }
    return 0;
  }
}

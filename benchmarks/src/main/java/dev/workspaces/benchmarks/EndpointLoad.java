package dev.workspaces.benchmarks;

import dev.workspaces.engine.EngineConfig;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.server.ClockMode;
import dev.workspaces.server.ServerConfig;
import dev.workspaces.server.WorkspacesServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Requests per second and latency of DescribeWorkspaces by id against a server on 127.0.0.1, from
 * keep-alive connections ({@link KeepAliveClient}): our {@link WorkspacesServer} ({@link #start()})
 * or a moto server ({@link #against(MotoServer)}).
 *
 * <p>Our server runs in this process with a manual clock; both servers hold {@value #WORKSPACES}
 * AVAILABLE WorkSpaces. Each connection asks for one WorkSpace at a time, in a fixed order over all
 * of them, and waits for the reply before sending the next (no pipelining). A run warms up for a
 * while, then measures until the time or the request budget is used up, whichever comes first;
 * latency is from writing a request to having read its whole reply.
 */
public final class EndpointLoad implements AutoCloseable {
  /** How many WorkSpaces the server holds. */
  public static final int WORKSPACES = 1000;
  /** How long any party waits for the others before the run is abandoned. */
  private static final long BARRIER_TIMEOUT_SECONDS = 300;

  /** Stops the server. */
  private final Runnable stop;
  private final int port;
  private final byte[][] requests;

  private EndpointLoad(Runnable stop, int port, byte[][] requests) {
    this.stop = stop;
    this.port = port;
    this.requests = requests;
  }

  /** Starts our server on a free loopback port holding {@value #WORKSPACES} WorkSpaces. */
  public static EndpointLoad start() throws IOException {
    WorkspacesServer server = WorkspacesServer.start(ServerConfig.defaults()
        .withHost("127.0.0.1").withPort(0).withClockMode(ClockMode.MANUAL));
    server.replace(ignored -> Fixtures.populated(WORKSPACES, EngineConfig.realistic()));
    List<String> ids = new ArrayList<>(server.snapshot().scope(Fixtures.SCOPE).get(Kinds.WORKSPACES).entries().keySet());
    return new EndpointLoad(server::close, server.port(), describeRequests(server.port(), ids, ""));
  }

  /** Returns a load on {@code moto}'s WorkSpaces; closing it stops moto. */
  public static EndpointLoad against(MotoServer moto) {
    return new EndpointLoad(moto::close, moto.port(),
        describeRequests(moto.port(), moto.workspaceIds(), moto.authorizationHeader("workspaces")));
  }

  private static byte[][] describeRequests(int port, List<String> ids, String headers) {
    byte[][] requests = new byte[ids.size()][];
    for (int i = 0; i < ids.size(); i++) {
      requests[i] = KeepAliveClient.request(port, "WorkspacesService.DescribeWorkspaces",
          "{\"WorkspaceIds\":[\"" + ids.get(i) + "\"]}", headers);
    }
    return requests;
  }

  /**
   * Warms up for {@code warmup}, then measures for at most {@code measure} and at most
   * {@code maxRequests} requests in all, over {@code connections} connections.
   */
  public EndpointResult run(int connections, Duration warmup, Duration measure, int maxRequests) {
    CyclicBarrier start = new CyclicBarrier(connections + 1);
    CyclicBarrier end = new CyclicBarrier(connections + 1);
    AtomicLong errors = new AtomicLong();
    AtomicReference<Exception> failure = new AtomicReference<>();
    long[][] latencies = new long[connections][];
    int[] counts = new int[connections];
    List<Thread> threads = new ArrayList<>();
    int share = Math.max(1, maxRequests / connections);
    for (int c = 0; c < connections; c++) {
      int index = c;
      latencies[c] = new long[share];
      Thread thread = new Thread(() -> {
        try (KeepAliveClient client = new KeepAliveClient(port)) {
          int next = index * 397;
          long warmEnd = System.nanoTime() + warmup.toNanos();
          while (System.nanoTime() < warmEnd) {
            client.exchange(requests[next++ % requests.length]);
          }
          await(start);
          long stop = System.nanoTime() + measure.toNanos();
          int n = 0;
          for (long now = System.nanoTime(); n < share && now < stop; ) {
            int status = client.exchange(requests[next++ % requests.length]);
            long after = System.nanoTime();
            latencies[index][n++] = after - now;
            if (status != 200) {
              errors.incrementAndGet();
            }
            now = after;
          }
          counts[index] = n;
          await(end);
        } catch (IOException | RuntimeException e) {
          failure.compareAndSet(null, e);
          start.reset(); // wakes the other parties with BrokenBarrierException
          end.reset();
        }
      }, "load-" + c);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    long began;
    long elapsed;
    try {
      start.await(BARRIER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      began = System.nanoTime();
      end.await(BARRIER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      elapsed = System.nanoTime() - began;
    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
      threads.forEach(Thread::interrupt);
      throw new IllegalStateException("the load run failed", failure.get() != null ? failure.get() : e);
    }
    long total = Arrays.stream(counts).asLongStream().sum();
    long[] all = new long[(int) total];
    int at = 0;
    for (int c = 0; c < connections; c++) {
      System.arraycopy(latencies[c], 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    return new EndpointResult(connections, total, elapsed / 1e9, total / (elapsed / 1e9),
        percentile(all, 0.50) / 1e3, percentile(all, 0.99) / 1e3, errors.get());
  }

  private static long percentile(long[] sorted, double fraction) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
  }

  /** Waits at {@code barrier} inside a load thread; a broken barrier ends the thread. */
  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(BARRIER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
      throw new IllegalStateException("the load run was abandoned", e);
    }
  }

  @Override
  public void close() {
    stop.run();
  }

  /**
   * One measured run.
   *
   * @param connections the keep-alive connections used at once
   * @param requests the requests answered while measuring
   * @param seconds how long measuring took
   * @param requestsPerSecond requests divided by seconds
   * @param p50Micros the median latency, in microseconds
   * @param p99Micros the 99th percentile latency, in microseconds
   * @param errors replies whose status was not 200 (expected 0)
   */
  public record EndpointResult(int connections, long requests, double seconds, double requestsPerSecond,
      double p50Micros, double p99Micros, long errors) {}
}

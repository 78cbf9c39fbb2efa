package dev.workspaces.benchmarks;

import dev.workspaces.engine.EngineConfig;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.server.ClockMode;
import dev.workspaces.server.EndpointReply;
import dev.workspaces.server.ServerConfig;
import dev.workspaces.server.WorkspacesEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The endpoint's own share of a DescribeWorkspaces-by-id request, without a socket: the same
 * request as {@link EndpointLoad} sends, handed to {@link WorkspacesEndpoint#handle}. Set against
 * the load figures, it tells how much of each request goes to the JDK's HTTP server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EndpointBenchmark {
  private WorkspacesEndpoint endpoint;
  private byte[][] bodies;
  private Function<String, String> headers;
  private int next;

  @Setup
  public void build() {
    endpoint = WorkspacesEndpoint.create(ServerConfig.defaults().withPort(0).withClockMode(ClockMode.MANUAL));
    endpoint.replace(ignored -> Fixtures.populated(EndpointLoad.WORKSPACES, EngineConfig.realistic()));
    bodies = endpoint.snapshot().scope(Fixtures.SCOPE).get(Kinds.WORKSPACES).entries().keySet().stream()
        .map(id -> ("{\"WorkspaceIds\":[\"" + id + "\"]}").getBytes(StandardCharsets.UTF_8))
        .toArray(byte[][]::new);
    Map<String, String> map = Map.of(
        "x-amz-target", "WorkspacesService.DescribeWorkspaces",
        "content-type", "application/x-amz-json-1.1");
    headers = name -> map.get(name.toLowerCase(java.util.Locale.ROOT));
  }

  @Benchmark
  public EndpointReply describeById() {
    next = (next + 1) % bodies.length;
    return endpoint.handle("POST", "/", headers, bodies[next]);
  }
}

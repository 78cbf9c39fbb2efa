package dev.workspaces.benchmarks;

import dev.workspaces.engine.EngineConfig;
import dev.workspaces.engine.State;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.server.ClockMode;
import dev.workspaces.server.EndpointReply;
import dev.workspaces.server.ServerConfig;
import dev.workspaces.server.WorkspacesEndpoint;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.openjdk.jol.info.GraphLayout;

/**
 * Bytes retained per stored WorkSpace: JOL's total size of every object reachable from a state
 * with N WorkSpaces and from one with 2N, the difference divided by N. Whatever does not grow
 * with the WorkSpaces (configuration, catalogue, directories, shared constants) cancels out.
 *
 * <p>States are built two ways from the same requests ({@link Fixtures#createRequest}), each
 * ending with time advanced until every WorkSpace is AVAILABLE: {@code engine}, requests applied
 * to the engine as values (strings such as directory and bundle ids then come from the fixture,
 * partly shared); {@code endpoint}, the same requests encoded and sent through
 * {@link WorkspacesEndpoint#handle}, as a server receives them (every string freshly decoded).
 */
public final class MemoryFootprint {
  private static final Map<String, IntFunction<State>> BUILDERS = new LinkedHashMap<>();

  static {
    BUILDERS.put("engine", n -> Fixtures.populated(n, EngineConfig.realistic()));
    BUILDERS.put("endpoint", MemoryFootprint::throughEndpoint);
  }

  private MemoryFootprint() {}

  /** Measures with {@code n} and {@code 2n} WorkSpaces, for each way of building the states. */
  public static Map<String, MemoryResult> measure(int n) {
    Map<String, MemoryResult> results = new LinkedHashMap<>();
    BUILDERS.forEach((name, builder) -> results.put(name, measure(n, builder)));
    return results;
  }

  private static MemoryResult measure(int n, IntFunction<State> builder) {
    GraphLayout small = GraphLayout.parseInstance(builder.apply(n));
    GraphLayout large = GraphLayout.parseInstance(builder.apply(2 * n));
    Map<String, Double> bytesByClass = new HashMap<>();
    for (Class<?> type : large.getClasses()) {
      long bytes = large.getClassSizes().count(type) - small.getClassSizes().count(type);
      if (bytes > 0) {
        bytesByClass.put(type.getName(), (double) bytes / n);
      }
    }
    return new MemoryResult(n, small.totalSize(), large.totalSize(),
        (double) (large.totalSize() - small.totalSize()) / n,
        (double) (large.totalCount() - small.totalCount()) / n, bytesByClass);
  }

  /** Returns a state built by sending the fixture's CreateWorkspaces calls through an endpoint. */
  private static State throughEndpoint(int n) {
    WorkspacesEndpoint endpoint = WorkspacesEndpoint.create(
        ServerConfig.defaults().withPort(0).withClockMode(ClockMode.MANUAL));
    endpoint.replace(ignored -> Fixtures.withDirectories(EngineConfig.realistic()));
    for (int first = 0; first < n; first += Fixtures.BATCH) {
      byte[] body = WorkspacesJson.encode(Fixtures.createRequest(first, Math.min(Fixtures.BATCH, n - first)));
      EndpointReply reply = endpoint.handle("POST", "/", MemoryFootprint::createHeader, body);
      if (reply.status() != 200) {
        throw new IllegalStateException(
            "fixture creation refused: " + new String(reply.body(), StandardCharsets.UTF_8));
      }
    }
    return endpoint.advance(Duration.ofHours(1));
  }

  private static String createHeader(String name) {
    return name.toLowerCase(Locale.ROOT).equals("x-amz-target") ? "WorkspacesService.CreateWorkspaces" : null;
  }

  /**
   * One measurement.
   *
   * @param n the smaller state's WorkSpace count
   * @param bytesAtN total bytes reachable from the smaller state
   * @param bytesAt2N total bytes reachable from the larger state
   * @param bytesPerWorkspace the growth per WorkSpace
   * @param objectsPerWorkspace objects added per WorkSpace
   * @param bytesByClass the growth per WorkSpace of each class that grows
   */
  public record MemoryResult(int n, long bytesAtN, long bytesAt2N, double bytesPerWorkspace,
      double objectsPerWorkspace, Map<String, Double> bytesByClass) {}
}

package dev.workspaces.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The four parts of the suite, each run and rendered as a Markdown section with its goal:
 * engine scaling, codec against the AWS SDK, endpoint against moto, memory per WorkSpace.
 */
final class Parts {
  /** moto's stated figure for a raw keep-alive client on a 2-core machine, used where moto is not installed. */
  static final double MOTO_REQUESTS_PER_SECOND = 700;

  private final JmhRuns jmh;
  private final JmhRuns engineRuns;
  private final int engineRounds;
  private final JmhRuns codecRuns;
  private final int codecRounds;

  /**
   * @param jmh the settings of every JMH run but the engine's
   * @param engineRuns the engine's, which needs more: its code reaches full speed only after about
   *     10 seconds on 2 cores, and at 100k WorkSpaces young collections copy most of the state, so
   *     single iterations vary by a third
   * @param engineRounds how many times the engine part runs its three sizes in turn
   * @param codecRuns the codec's settings per round
   * @param codecRounds how many times the codec part runs all its benchmarks in turn
   */
  Parts(JmhRuns jmh, JmhRuns engineRuns, int engineRounds, JmhRuns codecRuns, int codecRounds) {
    this.jmh = jmh;
    this.engineRuns = engineRuns;
    this.engineRounds = engineRounds;
    this.codecRuns = codecRuns;
    this.codecRounds = codecRounds;
  }

  /**
   * Runs {@code benchmarks} {@code count} times in turn, each round's JMH output in its own folder
   * ({@code prefix-N}): a slow spell of a shared machine then lands on some rounds of every
   * benchmark rather than on all of one, and ratios are judged round by round.
   */
  private static List<JmhRuns.Scores> rounds(JmhRuns runs, int count, String prefix, Class<?> benchmarks,
      String... jvmArgs) {
    List<JmhRuns.Scores> rounds = new ArrayList<>();
    for (int round = 1; round <= count; round++) {
      rounds.add(runs.withOutput(runs.output().resolve(prefix + "-" + round)).run(benchmarks, jvmArgs));
    }
    return rounds;
  }

  /** Returns "1 round" or "N rounds". */
  private static String roundCount(int count) {
    return count == 1 ? "1 round" : count + " rounds";
  }

  /** Returns {@code numerator / denominator} in each round, lowest first. */
  private static double[] ratios(List<JmhRuns.Scores> rounds, String numerator, String denominator) {
    return rounds.stream().mapToDouble(scores -> scores.get(numerator).value() / scores.get(denominator).value())
        .sorted().toArray();
  }

  /** Returns the median of sorted {@code values}. */
  private static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** Returns the mean over rounds of benchmark {@code name}. */
  private static double mean(List<JmhRuns.Scores> rounds, String name) {
    return rounds.stream().mapToDouble(scores -> scores.get(name).value()).average().orElseThrow();
  }

  Section engine() {
    List<JmhRuns.Scores> rounds = rounds(engineRuns, engineRounds, "engine-round", EngineBenchmark.class,
        "-Xms3g", "-Xmx3g");
    String[] sizes = {"1000", "10000", "100000"};
    double[] mean = new double[sizes.length];
    Table table = new Table("WorkSpaces", "cycles/s (mean of rounds)", "lowest to highest round", "requests/s",
        "1k / this");
    for (int i = 0; i < sizes.length; i++) {
      String name = "mixedCycle@" + sizes[i];
      DoubleSummaryStatistics byRound = rounds.stream().mapToDouble(scores -> scores.get(name).value())
          .summaryStatistics();
      mean[i] = byRound.getAverage();
      table.row(Table.count(Integer.parseInt(sizes[i])), Table.count(mean[i]),
          Table.count(byRound.getMin()) + " to " + Table.count(byRound.getMax()),
          Table.count(mean[i] * EngineWorkload.REQUESTS_PER_CYCLE), Table.ratio(mean[0] / mean[i]));
    }
    double[] ratios = ratios(rounds, "mixedCycle@1000", "mixedCycle@100000");
    double median = median(ratios);
    String markdown = "## Engine: mixed lifecycle workload\n\n"
        + roundCount(engineRounds) + ", each a JMH run of the three sizes in turn (" + engineRuns.describe()
        + "), so that a slow spell of a shared machine falls on every size alike; 3 GiB heap, G1."
        + " One cycle = CreateWorkspaces, TerminateWorkspaces, DescribeWorkspaces by id, RebootWorkspaces,"
        + " StopWorkspaces, advance, StartWorkspaces, CreateTags, advance (EngineConfig.instant(); the size"
        + " stays constant).\n\n"
        + table.render()
        + "\n1k / 100k in each round, lowest first: " + Table.ratios(ratios)
        + "; median " + Table.ratio(median) + ".\n";
    return Section.of(markdown, new Section.Goal("engine", "100k within 1.5x of 1k",
        "median over rounds of 1k / 100k = " + Table.ratio(median), median <= 1.5));
  }

  /** The engine workload with its requests aimed at a hot set of 1,000 WorkSpaces, at 1k and 100k. */
  Section engineHotSet() {
    JmhRuns.Scores scores = engineRuns.run(EngineHotSetBenchmark.class, "-Xms3g", "-Xmx3g");
    Table table = new Table("WorkSpaces", "cycles/s", "1k / this");
    JmhRuns.Score base = scores.get("mixedCycle@1000");
    for (String size : new String[] {"1000", "100000"}) {
      JmhRuns.Score score = scores.get("mixedCycle@" + size);
      table.row(Table.count(Integer.parseInt(size)), Table.score(score), Table.ratio(base.value() / score.value()));
    }
    return Section.of("## Engine workload on a hot set of " + EngineHotSetBenchmark.HOT
        + " WorkSpaces (EngineHotSetBenchmark)\n\nJMH: " + engineRuns.describe() + ", 3 GiB heap, G1. The"
        + " engine part's cycle, with describe, reboot, stop, start and tag aimed at 1,000 WorkSpaces;"
        + " creation and termination still go through the whole state.\n\n" + table.render());
  }

  /** Per-request costs at 1k and 100k WorkSpaces, to see which requests slow down with size. */
  Section engineOperations() {
    return sizeComparison(jmh.run(EngineOperationsBenchmark.class, "-Xms3g", "-Xmx3g"),
        "## Engine requests one at a time (EngineOperationsBenchmark)\n\n", "request",
        new String[] {"lookup", "describeById", "reboot", "createTags", "terminate", "createOne"});
  }

  /** The map probe: one read or replacement in maps of 1k and 100k WorkSpace ids. */
  Section maps() {
    return sizeComparison(jmh.run(MapProbeBenchmark.class),
        "## Persistent maps of WorkSpace ids (MapProbeBenchmark)\n\n", "map operation",
        new String[] {"tree_get", "hashTree_get", "hamt_get", "idMap_get", "mutable_get", "tree_replace",
            "hashTree_replace", "hamt_replace", "idMap_replace", "tree_insert", "listed_insert", "unlisted_insert"});
  }

  private static Section sizeComparison(JmhRuns.Scores scores, String title, String what, String[] names) {
    Table table = new Table(what, "ns at 1k", "ns at 100k", "100k / 1k");
    for (String name : names) {
      double small = 1e9 / scores.get(name + "@1000").value();
      double large = 1e9 / scores.get(name + "@100000").value();
      table.row(name, Table.one(small), Table.one(large), Table.ratio(large / small));
    }
    return Section.of(title + table.render());
  }

  Section codec() {
    List<JmhRuns.Scores> rounds = rounds(codecRuns, codecRounds, "codec-round", CodecBenchmark.class);
    Table table = new Table("payload (25 items)", "ours ops/s", "AWS SDK ops/s", "jackson floor ops/s",
        "ours / SDK", "ours / SDK by round", "ours / floor");
    double worst = Double.MAX_VALUE;
    for (String[] row : new String[][] {
        {"DescribeWorkspaces response encode", "response_encode_ours", "response_encode"},
        {"DescribeWorkspaces response decode", "response_decode_ours", "response_decode"},
        {"CreateWorkspaces request encode", "request_encode_ours", "request_encode"},
        {"CreateWorkspaces request decode", "request_decode_ours", "request_decode"},
        {"CreateWorkspaces request decode + validation (server path)", "request_decode_oursValidated",
            "request_decode"}}) {
      boolean validated = row[1].endsWith("Validated");
      double[] bySdk = ratios(rounds, row[1], row[2] + "_sdk");
      if (!validated) {
        worst = Math.min(worst, median(bySdk));
      }
      table.row(row[0], Table.count(mean(rounds, row[1])), validated ? "-" : Table.count(mean(rounds, row[2] + "_sdk")),
          validated ? "-" : Table.count(mean(rounds, row[2] + "_jackson")), Table.ratio(median(bySdk)),
          Table.ratios(bySdk),
          Table.ratio(median(ratios(rounds, row[1], row[2] + "_jackson"))));
    }
    String markdown = "## Codec: ours vs the AWS SDK for Java v2 (2.40.2) vs bare jackson-core\n\n"
        + roundCount(codecRounds) + " of every benchmark in turn (" + codecRuns.describe() + "); ops/s are means"
        + " of rounds, ratios the median round (by round: lowest first). Response decode and request encode"
        + " are the SDK client's own paths; response encode and request decode run the SDK's generic"
        + " protocol marshaller and unmarshaller on the same objects. Ours decodes without validation, as"
        + " the SDK does; the last row is the server's path.\n\n" + table.render();
    return Section.of(markdown, new Section.Goal("codec", "at least 1.5x the AWS SDK",
        "lowest median round of ours / SDK = " + Table.ratio(worst), worst >= 1.5));
  }

  /**
   * Measures our server (one connection, median of three runs; four connections; the endpoint
   * without a socket) and, when {@code motoCommand} runs, moto the same way on one connection.
   */
  Section endpoint(Duration measure, Optional<String> motoCommand) {
    JmhRuns.Scores inProcess = jmh.run(EndpointBenchmark.class);
    EndpointLoad.EndpointResult one;
    String singleRuns;
    EndpointLoad.EndpointResult four;
    try (EndpointLoad load = EndpointLoad.start()) {
      List<EndpointLoad.EndpointResult> ones = medianOfThree(load, measure);
      singleRuns = requestRates(ones);
      one = ones.get(1);
      four = load.run(4, Duration.ofSeconds(2), measure, 400_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<MotoServer> started = motoCommand.flatMap(command -> MotoServer.start(command, EndpointLoad.WORKSPACES));
    Optional<List<EndpointLoad.EndpointResult>> motoRuns = started.map(moto -> {
      try (EndpointLoad load = EndpointLoad.against(moto)) {
        return medianOfThree(load, measure);
      }
    });
    Optional<EndpointLoad.EndpointResult> moto = motoRuns.map(runs -> runs.get(1));
    double motoRate = moto.map(EndpointLoad.EndpointResult::requestsPerSecond).orElse(MOTO_REQUESTS_PER_SECOND);
    String motoSource = moto.isPresent() ? "measured" : "stated";
    Table table = new Table("server and client", "requests", "requests/s", "p50 µs", "p99 µs", "errors",
        "vs moto (" + Table.count(motoRate) + "/s, " + motoSource + ")");
    loadRow(table, "ours, 1 keep-alive connection (median of 3 runs)", one, motoRate);
    loadRow(table, "ours, 4 keep-alive connections", four, motoRate);
    JmhRuns.Score handle = inProcess.get("describeById");
    table.row("ours, no socket: WorkspacesEndpoint.handle (JMH)", "-", Table.score(handle), "-", "-", "-",
        Table.ratio(handle.value() / motoRate));
    moto.ifPresent(m -> loadRow(table, "moto, 1 connection (median of 3 runs)", m, motoRate));
    String motoText = moto.isPresent()
        ? "moto (" + motoCommand.orElseThrow() + ") runs beside it with the same number of WorkSpaces, asked the same"
            + " way by the same client; it closes the connection after every reply, so its client connects anew"
            + " for each request. moto's three runs (slowest first): " + requestRates(motoRuns.orElseThrow()) + " requests/s."
        : "moto was not measured (" + motoCommand.map(c -> c + " is not installed").orElse("moto=off")
            + "): its figure is the ~700 requests/s it answers a raw keep-alive client on a 2-core machine.";
    String markdown = "## Endpoint: DescribeWorkspaces by id on 127.0.0.1\n\n"
        + "Our server holding " + EndpointLoad.WORKSPACES + " WorkSpaces; the load client (raw keep-alive"
        + " sockets, one request in flight per connection) runs in the same JVM. Our three one-connection runs"
        + " (slowest first): " + singleRuns + " requests/s. " + motoText + "\n\n" + table.render();
    double single = one.requestsPerSecond();
    return Section.of(markdown, new Section.Goal("endpoint", "at least 20x moto",
        "1 connection: " + Table.count(single) + "/s = " + Table.ratio(single / motoRate) + " moto " + motoSource
            + " (" + Table.count(motoRate) + "/s)",
        single >= 20 * motoRate));
  }

  /**
   * Warms {@code load} up on one connection, then runs it three times; returns the runs slowest
   * first, so the median is the second. (One connection is bound by thread wake-ups, which vary
   * from run to run.)
   */
  private static List<EndpointLoad.EndpointResult> medianOfThree(EndpointLoad load, Duration measure) {
    load.run(1, Duration.ofSeconds(3), Duration.ofSeconds(1), 1); // warm-up only
    List<EndpointLoad.EndpointResult> runs = new ArrayList<>();
    for (int run = 0; run < 3; run++) {
      runs.add(load.run(1, Duration.ofSeconds(1), measure, 200_000));
    }
    runs.sort(Comparator.comparingDouble(EndpointLoad.EndpointResult::requestsPerSecond));
    return runs;
  }

  /** Returns the runs' requests per second, joined by commas, in the order given. */
  private static String requestRates(List<EndpointLoad.EndpointResult> runs) {
    return runs.stream().map(r -> Table.count(r.requestsPerSecond())).collect(Collectors.joining(", "));
  }

  /** Adds a row for load run {@code result}, its rate also as a multiple of {@code motoRate}. */
  private static void loadRow(Table table, String label, EndpointLoad.EndpointResult result, double motoRate) {
    table.row(label, Table.count(result.requests()), Table.count(result.requestsPerSecond()),
        Table.one(result.p50Micros()), Table.one(result.p99Micros()), result.errors(),
        Table.ratio(result.requestsPerSecond() / motoRate));
  }

  /**
   * Measures start-up on fresh processes, {@code runs} times each in turn: the fake's first calls in a
   * new JVM, the server jar's first reply, and moto's server's first reply when {@code motoCommand} runs.
   */
  Section startup(int runs, Path serverJar, Optional<String> motoCommand) {
    Path classpath;
    try {
      classpath = Path.of(StartupProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    StartupTimes times = new StartupTimes(classpath, serverJar);
    List<Long> fakeTotal = new ArrayList<>();
    List<Long> fakeJvm = new ArrayList<>();
    List<Long> fakeCalls = new ArrayList<>();
    List<Long> fakeShared = new ArrayList<>();
    List<Long> server = new ArrayList<>();
    List<Long> serverShared = new ArrayList<>();
    List<Long> moto = new ArrayList<>();
    boolean motoRuns = motoCommand.isPresent();
    try {
      Path archives = Files.createTempDirectory("startup-cds");
      List<String> fakeArchive = times.classDataSharing(archives.resolve("fake.jsa"), false);
      List<String> serverArchive =
          times.hasServerJar() ? times.classDataSharing(archives.resolve("server.jsa"), true) : List.of();
      for (int run = 0; run < runs; run++) {
        StartupTimes.FakeStart fake = times.fake(List.of());
        fakeTotal.add(fake.launchToReadyMillis());
        fakeJvm.add(fake.jvmMillis());
        fakeCalls.add(fake.callsMillis());
        fakeShared.add(times.fake(fakeArchive).launchToReadyMillis());
        if (times.hasServerJar()) {
          server.add(times.server(List.of()));
          serverShared.add(times.server(serverArchive));
        }
        if (motoRuns) {
          Optional<Long> motoStart = times.moto(motoCommand.orElseThrow());
          motoStart.ifPresent(moto::add);
          motoRuns = motoStart.isPresent();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Table table = new Table("what starts", "median ms", "fastest", "slowest", "runs");
    startupRow(table, "the fake: launch of a new JVM to its first calls done", fakeTotal);
    startupRow(table, "  of which: the JVM until main", fakeJvm);
    startupRow(table, "  of which: create, register a directory, create a WorkSpace", fakeCalls);
    startupRow(table, "the fake, launch to first calls done, with a class-data sharing archive", fakeShared);
    if (!server.isEmpty()) {
      startupRow(table, "our server jar (java -jar): launch to first DescribeWorkspaces reply", server);
      startupRow(table, "our server jar with a class-data sharing archive", serverShared);
    }
    if (!moto.isEmpty()) {
      startupRow(table, "moto (" + motoCommand.orElseThrow() + "): launch to first DescribeWorkspaces reply", moto);
    }
    String markdown = "## Start-up on fresh processes\n\n"
        + "Each run launches a new process and times it from launch, as a test JVM or a test run pays it; the"
        + " kinds take turns, " + runs + " runs each. The fake's JVM runs from the benchmarks jar with default"
        + " JVM options. The rows with a class-data sharing archive add `-XX:SharedArchiveFile` with an"
        + " archive that one earlier run wrote with `-XX:ArchiveClassesAtExit`."
        + (server.isEmpty() ? " The server jar was not found at " + serverJar + "." : "")
        + (moto.isEmpty() ? " moto was not measured." : "") + "\n\n" + table.render();
    long calls = median(fakeCalls);
    long firstReply = server.isEmpty() ? Long.MAX_VALUE : median(server);
    return Section.of(markdown, new Section.Goal("start-up", "fake's first calls within 250 ms, server jar's first reply"
        + " within 400 ms", "fake " + calls + " ms (" + median(fakeTotal) + " ms from launch), server "
        + (server.isEmpty() ? "not measured" : firstReply + " ms") + (moto.isEmpty() ? "" : ", moto " + median(moto) + " ms"),
        calls <= 250 && firstReply <= 400));
  }

  private static void startupRow(Table table, String label, List<Long> millis) {
    List<Long> sorted = StartupTimes.sorted(millis);
    table.row(label, String.valueOf(median(sorted)), String.valueOf(sorted.get(0)),
        String.valueOf(sorted.get(sorted.size() - 1)), String.valueOf(sorted.size()));
  }

  private static long median(List<Long> millis) {
    List<Long> sorted = StartupTimes.sorted(millis);
    return sorted.get(sorted.size() / 2);
  }

  Section memory() {
    Map<String, MemoryFootprint.MemoryResult> results = MemoryFootprint.measure(10_000);
    Table table = new Table("states built through", "N", "bytes at N", "bytes at 2N", "bytes per WorkSpace",
        "objects per WorkSpace");
    results.forEach((builder, m) -> table.row(builder, Table.count(m.n()), Table.count(m.bytesAtN()),
        Table.count(m.bytesAt2N()), Table.count(m.bytesPerWorkspace()), Table.one(m.objectsPerWorkspace())));
    Map<String, Double> engine = results.get("engine").bytesByClass();
    Map<String, Double> endpoint = results.get("endpoint").bytesByClass();
    Table classes = new Table("class", "bytes per WorkSpace (engine)", "bytes per WorkSpace (endpoint)");
    endpoint.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(10)
        .forEach(e -> classes.row(e.getKey(), Table.one(engine.getOrDefault(e.getKey(), 0.0)),
            Table.one(e.getValue())));
    return Section.of("## Memory: bytes retained per stored WorkSpace (JOL GraphLayout, 2N minus N)\n\n"
        + "engine: the fixture's CreateWorkspaces values applied to the engine; endpoint: the same"
        + " calls sent as JSON through WorkspacesEndpoint, as a server stores them.\n\n"
        + table.render() + "\nLargest shares:\n\n" + classes.render());
  }
}

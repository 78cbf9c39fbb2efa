package dev.workspaces.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the whole benchmark set and prints one Markdown table per part: engine, codec, endpoint,
 * memory. {@code benchmarks/run.sh} is the usual way in; the table is also written to
 * {@code <out>/results.md}, and JMH's raw results to {@code <out>/jmh-*.json}.
 *
 * <p>Arguments, all optional, as {@code name=value}:
 * <ul>
 *   <li>{@code only=engine,codec,endpoint,memory}: the parts to run (these four by default). Four
 *       more run only when named: {@code startup} (fresh processes: the fake's first calls, the server
 *       jar's and moto's first replies), {@code engine-hot} (the engine workload aimed at a hot set),
 *       {@code engine-ops} (the engine's requests one at a time) and {@code maps} (the map probe
 *       behind the engine's data structures).
 *   <li>{@code forks}, {@code wi}, {@code w}, {@code i}, {@code r}: JMH forks, warm-up iterations
 *       and seconds, measured iterations and seconds (1, 2, 2, 3, 2).
 *   <li>{@code ewi}, {@code ei}, {@code erounds}: warm-up and measured iterations of the engine
 *       part, and how many rounds of one fork per size it runs in turn (8, 5, 3): its 1k figure
 *       still climbs after 12 seconds in some forks, and a shared 2-core VM has slow spells of
 *       minutes, which rounds spread over all sizes; its goal is judged on the median round.
 *   <li>{@code ci}, {@code crounds}: measured iterations of the codec part, and how many rounds of
 *       all its benchmarks it runs in turn (2, 3); each ratio is judged on its median round.
 *   <li>{@code startups}: how many fresh processes of each kind the {@code startup} part launches (7);
 *       {@code serverJar}: the server jar it starts ({@code workspaces-server/target/workspaces-server.jar}).
 *   <li>{@code load}: seconds each endpoint load run measures (5).
 *   <li>{@code moto}: the command that starts moto's server for the endpoint part
 *       ({@code moto_server}, found on the PATH); {@code off}, or a command that is not installed,
 *       compares with moto's stated figure instead.
 *   <li>{@code out=DIR}: where results go; {@code machine=TEXT}: the machine line to print.
 *   <li>{@code preset=quick}: shorter defaults for all of the above ({@link #PRESETS}), about
 *       two minutes for the default parts on 2 cores; options given beside it still win.
 * </ul>
 */
public final class Suite {
  /** The parts run by default, in the order they run. */
  static final List<String> PARTS = List.of("engine", "codec", "endpoint", "memory", "startup");
  /** Every part, in the order they run. */
  static final List<String> ALL_PARTS =
      List.of("engine", "engine-hot", "engine-ops", "maps", "codec", "endpoint", "memory", "startup");

  /**
   * Named sets of defaults: {@code quick} runs each part once and briefly, for a first look; its
   * figures move more than the full run's, which the README quotes. The engine keeps 12 seconds of
   * warm-up, since its 1k figure is far from full speed before that.
   */
  static final Map<String, Map<String, String>> PRESETS = Map.of("quick", Map.of(
      "wi", "1", "w", "1", "i", "2", "r", "1",
      "ewi", "12", "ei", "3", "erounds", "1",
      "ci", "1", "crounds", "1", "load", "2"));

  private Suite() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = options(args);
    Set<String> only =
        Set.copyOf(Arrays.asList(options.getOrDefault("only", String.join(",", PARTS)).split(",")));
    Path out = Path.of(options.getOrDefault("out", "benchmarks/target/results"));
    Files.createDirectories(out);
    JmhRuns jmh = new JmhRuns(
        Integer.parseInt(options.getOrDefault("forks", "1")),
        Integer.parseInt(options.getOrDefault("wi", "2")),
        Integer.parseInt(options.getOrDefault("w", "2")),
        Integer.parseInt(options.getOrDefault("i", "3")),
        Integer.parseInt(options.getOrDefault("r", "2")),
        out);
    for (String part : only) {
      if (!ALL_PARTS.contains(part)) {
        throw new IllegalArgumentException("unknown part " + part + "; the parts are " + ALL_PARTS);
      }
    }
    Parts parts = new Parts(jmh, jmh.withIterations(Integer.parseInt(options.getOrDefault("ewi", "8")),
        Integer.parseInt(options.getOrDefault("ei", "5"))).withForks(1),
        Integer.parseInt(options.getOrDefault("erounds", "3")),
        jmh.withIterations(jmh.warmupIterations(), Integer.parseInt(options.getOrDefault("ci", "2"))),
        Integer.parseInt(options.getOrDefault("crounds", "3")));
    List<Section> sections = new ArrayList<>();
    for (String part : ALL_PARTS) {
      if (only.contains(part)) {
        progress("running " + part + " ...");
        Section section = switch (part) {
          case "engine" -> parts.engine();
          case "engine-hot" -> parts.engineHotSet();
          case "engine-ops" -> parts.engineOperations();
          case "maps" -> parts.maps();
          case "codec" -> parts.codec();
          case "endpoint" ->
              parts.endpoint(Duration.ofSeconds(Long.parseLong(options.getOrDefault("load", "5"))),
                  Optional.of(options.getOrDefault("moto", "moto_server")).filter(command -> !command.equals("off")));
          case "memory" -> parts.memory();
          case "startup" -> parts.startup(Integer.parseInt(options.getOrDefault("startups", "7")),
              Path.of(options.getOrDefault("serverJar", "workspaces-server/target/workspaces-server.jar")),
              Optional.of(options.getOrDefault("moto", "moto_server")).filter(command -> !command.equals("off")));
          default -> throw new IllegalArgumentException(part);
        };
        sections.add(section);
      }
    }
    String machine = options.getOrDefault("machine", machine());
    if (options.containsKey("preset")) {
      machine += "\n\nPreset " + options.get("preset") + ": shorter runs than the full set, so rougher figures"
          + " and verdicts (one round where the full set judges the median of three).";
    }
    String report = report(machine, jmh, sections);
    System.out.println(report);
    Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
  }

  private static String report(String machine, JmhRuns jmh, List<Section> sections) {
    StringBuilder report = new StringBuilder("## Machine\n\n").append(machine).append("\n\nJMH: ")
        .append(jmh.describe()).append(", throughput mode, unless a section says otherwise.\n\n");
    Table goals = new Table("part", "goal", "measured", "verdict");
    sections.forEach(section -> section.goal().ifPresent(goal ->
        goals.row(goal.part(), goal.target(), goal.measured(), goal.met() ? "met" : "NOT met")));
    if (sections.stream().anyMatch(section -> section.goal().isPresent())) {
      report.append("## Goals\n\n").append(goals.render()).append('\n');
    }
    sections.forEach(section -> report.append(section.markdown()).append('\n'));
    return report.toString();
  }

  /** Returns the options given as {@code name=value}, over the defaults of their preset if any. */
  static Map<String, String> options(String[] args) {
    Map<String, String> given = new LinkedHashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("expected name=value, got " + arg);
      }
      given.put(arg.substring(0, equals).replaceFirst("^--", ""), arg.substring(equals + 1));
    }
    String preset = given.get("preset");
    if (preset != null && !PRESETS.containsKey(preset)) {
      throw new IllegalArgumentException("unknown preset " + preset + "; the presets are " + PRESETS.keySet());
    }
    Map<String, String> options = new LinkedHashMap<>(preset == null ? Map.of() : PRESETS.get(preset));
    options.putAll(given);
    return options;
  }

  private static String machine() {
    return "processors: " + Runtime.getRuntime().availableProcessors() + "; JDK: "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
  }

  private static void progress(String text) {
    System.err.println(text);
    System.err.flush();
  }
}

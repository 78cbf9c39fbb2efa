package dev.workspaces.benchmarks;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one JMH benchmark class with short, fixed settings and returns its scores by name.
 *
 * <p>A score's name is the benchmark method, followed by {@code @value} when the class has a
 * parameter ({@code mixedCycle@1000}). JMH's log and JSON results are written beside the table
 * ({@code jmh-<class>.log}, {@code jmh-<class>.json}); a benchmark that failed has no score, and
 * its stack trace is in the log.
 *
 * @param forks JVM forks per benchmark
 * @param warmupIterations warm-up iterations per fork
 * @param warmupSeconds seconds per warm-up iteration
 * @param iterations measured iterations per fork
 * @param seconds seconds per measured iteration
 * @param output the folder for JMH's result files
 */
public record JmhRuns(int forks, int warmupIterations, int warmupSeconds, int iterations, int seconds,
    Path output) {

  /**
   * Returns each benchmark's score (operations per second) with its 99.9% error.
   *
   * @param jvmArgs extra arguments for the forked JVMs
   */
  public Scores run(Class<?> benchmarks, String... jvmArgs) {
    OptionsBuilder options = new OptionsBuilder();
    options.include("^" + benchmarks.getName().replace(".", "\\.") + "\\.")
        .forks(forks)
        .warmupIterations(warmupIterations)
        .warmupTime(TimeValue.seconds(warmupSeconds))
        .measurementIterations(iterations)
        .measurementTime(TimeValue.seconds(seconds))
        .jvmArgsAppend(jvmArgs)
        .verbosity(VerboseMode.NORMAL)
        .output(output.resolve("jmh-" + benchmarks.getSimpleName() + ".log").toString())
        .result(output.resolve("jmh-" + benchmarks.getSimpleName() + ".json").toString())
        .resultFormat(ResultFormatType.JSON);
    Collection<RunResult> results;
    try {
      results = new Runner(options.build()).run();
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH failed on " + benchmarks.getSimpleName(), e);
    }
    Map<String, Score> scores = new LinkedHashMap<>();
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark();
      String name = method.substring(method.lastIndexOf('.') + 1);
      for (String key : result.getParams().getParamsKeys()) {
        name += "@" + result.getParams().getParam(key);
      }
      scores.put(name, new Score(result.getPrimaryResult().getScore(),
          result.getPrimaryResult().getScoreError()));
    }
    return new Scores(scores, output.resolve("jmh-" + benchmarks.getSimpleName() + ".log"));
  }

  /** Returns a copy with {@code warmups} warm-up and {@code measured} measured iterations. */
  public JmhRuns withIterations(int warmups, int measured) {
    return new JmhRuns(forks, warmups, warmupSeconds, measured, seconds, output);
  }

  /** Returns these settings writing JMH's files into {@code folder} (created when missing). */
  public JmhRuns withOutput(Path folder) {
    try {
      java.nio.file.Files.createDirectories(folder);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new JmhRuns(forks, warmupIterations, warmupSeconds, iterations, seconds, folder);
  }

  /** Returns these settings with another number of forks. */
  public JmhRuns withForks(int count) {
    return new JmhRuns(count, warmupIterations, warmupSeconds, iterations, seconds, output);
  }

  /** Returns the forked-JVM setting as JMH's command line would spell it. */
  public String describe() {
    return "-f " + forks + " -wi " + warmupIterations + " -w " + warmupSeconds + "s -i " + iterations
        + " -r " + seconds + "s";
  }

  /**
   * The scores of one run.
   *
   * @param byName score by benchmark name
   * @param log JMH's log of the run
   */
  public record Scores(Map<String, Score> byName, Path log) {
    /** Returns the score named {@code name}, or fails naming the log that says why it is missing. */
    public Score get(String name) {
      Score score = byName.get(name);
      if (score == null) {
        throw new IllegalStateException(name + " has no score (did it fail?); see " + log);
      }
      return score;
    }
  }

  /**
   * One JMH score.
   *
   * @param value operations per second
   * @param error the 99.9% confidence half-width (NaN with a single iteration)
   */
  public record Score(double value, double error) {}
}

package dev.workspaces.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine benchmark's workload with its requests aimed at {@value #HOT} WorkSpaces, on states
 * of 1k and 100k ({@link EngineWorkload#of(int, int)}); creation and termination still churn
 * through the whole state. Set beside {@link EngineBenchmark}, it separates what the size of the
 * structures costs from what touching WorkSpaces all over a large heap costs (not part of the
 * default suite: {@code run.sh only=engine-hot}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineHotSetBenchmark {
  /** How many WorkSpaces the requests pick from. */
  public static final int HOT = 1000;

  @Param({"1000", "100000"})
  public int workspaces;

  private EngineWorkload workload;

  @Setup
  public void build() {
    workload = EngineWorkload.of(workspaces, HOT);
  }

  @Benchmark
  public int mixedCycle() {
    return workload.cycle();
  }
}

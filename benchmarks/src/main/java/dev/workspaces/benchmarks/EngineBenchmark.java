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
 * Engine throughput on states of 1k, 10k and 100k WorkSpaces: cycles of the mixed lifecycle
 * workload per second ({@link EngineWorkload}; multiply by
 * {@value EngineWorkload#REQUESTS_PER_CYCLE} for requests). The state is built once per fork and
 * keeps its size throughout, since every cycle terminates one WorkSpace and creates one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {
  @Param({"1000", "10000", "100000"})
  public int workspaces;

  private EngineWorkload workload;

  @Setup
  public void build() {
    workload = EngineWorkload.of(workspaces);
  }

  @Benchmark
  public int mixedCycle() {
    return workload.cycle();
  }
}

/**
 * The benchmarks: engine throughput by state size, the codec beside the AWS SDK for
 * Java v2 and bare jackson-core, the HTTP endpoint under a keep-alive load, and memory per stored
 * WorkSpace.
 *
 * <p>{@link dev.workspaces.benchmarks.Suite} runs them all and prints the tables
 * ({@code benchmarks/run.sh}); the JMH classes can also be run alone with
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main <regex>}. The build
 * compiles them and runs only their tests, which check that each side of a comparison works on
 * the same data, never how fast anything is.
 *
 * <p>Nothing here is {@code null} unless marked {@code @Nullable}.
 */
@NullMarked
package dev.workspaces.benchmarks;

import org.jspecify.annotations.NullMarked;

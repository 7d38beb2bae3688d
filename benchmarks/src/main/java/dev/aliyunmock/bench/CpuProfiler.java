package dev.aliyunmock.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting the benchmark JVM's CPU time per operation (secondary result {@code
 * cpu}, µs/op): on a machine shared with other work, the time the JVM was actually given is a
 * steadier measure of cost than the wall-clock time JMH reports. It includes GC and JIT threads
 * (and, for a benchmark with an invocation-level set-up, the set-up).
 */
public final class CpuProfiler implements InternalProfiler {
  static final String NAME = "cpu";
  private long cpuAtStart;

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    cpuAtStart = processCpuNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long ops = Math.max(1, result.getMetadata().getMeasuredOps());
    double usPerOp = (processCpuNanos() - cpuAtStart) / 1e3 / ops;
    return List.of(new ScalarResult(NAME, usPerOp, "us/op", AggregationPolicy.AVG));
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}

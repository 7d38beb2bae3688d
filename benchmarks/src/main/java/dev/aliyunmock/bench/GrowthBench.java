package dev.aliyunmock.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Part 3: growth with the world's size (JMH), and the load time and heap of a large fixture. */
final class GrowthBench {
  static final int[] SIZES = {10, 1_000, 100_000};
  static final int LOAD_SIZE = 100_000;

  private final boolean quick;
  private final Path log;

  GrowthBench(boolean quick, Path log) {
    this.quick = quick;
    this.log = log;
  }

  void run(Report report) throws Exception {
    jmh(report);
    load(report);
  }

  static final String[] BENCHMARKS = {
    "describeById", "describeFilteredFewMatches", "describeFilteredManyMatches", "connect"
  };

  /**
   * JMH, one fork per benchmark and size, in rounds: within a round each benchmark runs at the
   * three sizes one after the other (the order rotating from round to round), so that the ratio of
   * two sizes is taken between runs a few seconds apart, not minutes.
   */
  private void jmh(Report report) throws Exception {
    int rounds = quick ? 1 : 2;
    // benchmark → size → measured iterations (µs/op), wall and CPU, all rounds
    Map<String, Map<Integer, List<Double>>> wall = new TreeMap<>();
    Map<String, Map<Integer, List<Double>>> cpu = new TreeMap<>();
    // benchmark → per-round ratio of the median at 100,000 to the median at 10
    Map<String, List<Double>> wallRatio = new TreeMap<>();
    Map<String, List<Double>> cpuRatio = new TreeMap<>();
    for (int r = 0; r < rounds; r++) {
      BenchMain.progress("growth: JMH round " + (r + 1) + " of " + rounds + " (log: " + log + ")");
      for (String name : BENCHMARKS) {
        Map<Integer, Double> roundWall = new TreeMap<>();
        Map<Integer, Double> roundCpu = new TreeMap<>();
        for (int i = 0; i < SIZES.length; i++) {
          int size = SIZES[(i + r) % SIZES.length];
          Options opts =
              new OptionsBuilder()
                  .include(GrowthBenchmarks.class.getName() + "\\." + name + "$")
                  .param("size", String.valueOf(size))
                  .forks(1)
                  .warmupIterations(quick ? 1 : 6)
                  .warmupTime(TimeValue.milliseconds(quick ? 200 : 500))
                  .measurementIterations(quick ? 2 : 3)
                  .measurementTime(TimeValue.milliseconds(quick ? 200 : 400))
                  .addProfiler(CpuProfiler.class)
                  // A full GC before each iteration: loading 100,000 interfaces leaves G1 marking and
                  // refining for seconds, which would otherwise be billed to the first calls after it.
                  .shouldDoGC(true)
                  // A fixed heap: after those GCs G1 would shrink a small world's heap, and its
                  // young collections would then come far more often than a large world's.
                  .jvmArgsAppend("-Xms1g", "-Xmx1g")
                  .shouldFailOnError(true)
                  .verbosity(VerboseMode.NORMAL)
                  .output(log.toString())
                  .build();
          RunResult rr = new Runner(opts).runSingle();
          List<Double> w = new ArrayList<>();
          List<Double> c = new ArrayList<>();
          for (BenchmarkResult br : rr.getBenchmarkResults()) {
            for (IterationResult ir : br.getIterationResults()) {
              w.add(ir.getPrimaryResult().getScore());
              Result<?> cr = ir.getSecondaryResults().get(CpuProfiler.NAME);
              if (cr != null) {
                c.add(cr.getScore());
              }
            }
          }
          wall.computeIfAbsent(name, k -> new TreeMap<>()).computeIfAbsent(size, k -> new ArrayList<>()).addAll(w);
          cpu.computeIfAbsent(name, k -> new TreeMap<>()).computeIfAbsent(size, k -> new ArrayList<>()).addAll(c);
          roundWall.put(size, Stats.median(w));
          roundCpu.put(size, Stats.median(c));
        }
        wallRatio.computeIfAbsent(name, k -> new ArrayList<>()).add(roundWall.get(SIZES[2]) / roundWall.get(SIZES[0]));
        cpuRatio.computeIfAbsent(name, k -> new ArrayList<>()).add(roundCpu.get(SIZES[2]) / roundCpu.get(SIZES[0]));
      }
    }
    report.section(
        "3a. Growth: one call through `AliyunMock.handle` (µs/op, JMH)",
        "JMH " + BenchMain.props().getProperty("jmh.version") + ", average time, one fork per benchmark and size, "
            + (quick ? "1×0.2 s warm-up, 2×0.2 s" : "6×0.5 s warm-up, 3×0.4 s")
            + " (a full GC before each iteration, a fixed 1 GiB heap)" + " measured, in " + rounds
            + " rounds; within a round each call runs at the three sizes back to back (order rotating)."
            + " Cells: wall / CPU µs per call, median [min–max] of the measured iterations of all rounds; CPU is"
            + " the benchmark JVM's CPU time (all threads, GC included). `x 10`: the cost at 100,000 over the"
            + " cost at 10 within each round, median [min–max] over the rounds (wall / CPU). Auth off; the whole"
            + " engine (parameters, gateway, action, JSON rendering). The world: pairs of interfaces, one in"
            + " ten connected and Active, 5 initiators named `needle`. Connect is timed alone: before each call"
            + " the pair is put back as it was (JMH `Level.Invocation` set-up, whose CPU time is in the CPU"
            + " column).",
        "call",
        "10 interfaces (wall / CPU)",
        "1,000",
        "100,000",
        "x 10 at 100,000 (wall / CPU)",
        "matches at 10 / 1,000 / 100,000");
    for (String name : BENCHMARKS) {
      Map<Integer, List<Double>> w = wall.get(name);
      Map<Integer, List<Double>> c = cpu.get(name);
      String matches =
          switch (name) {
            case "describeFilteredFewMatches" -> matches(BenchWorld::needles);
            case "describeFilteredManyMatches" -> matches(BenchWorld::activeInitiators);
            default -> "1 / 1 / 1";
          };
      String[] cells = new String[SIZES.length];
      for (int i = 0; i < SIZES.length; i++) {
        cells[i] =
            Stats.spread(w.getOrDefault(SIZES[i], List.of()), "%.2f") + " / "
                + Stats.spread(c.getOrDefault(SIZES[i], List.of()), "%.2f");
      }
      double ratio = Stats.median(wallRatio.get(name));
      report.row(
          label(name),
          cells[0],
          cells[1],
          cells[2],
          Stats.spread(wallRatio.get(name), "%.2f") + " / " + Stats.spread(cpuRatio.get(name), "%.2f"),
          matches);
      String figures =
          Stats.fmt("%.2f", ratio) + " × (per round " + Stats.spread(wallRatio.get(name), "%.2f") + "; by CPU "
              + Stats.fmt("%.2f", Stats.median(cpuRatio.get(name))) + " ×)";
      switch (name) {
        case "describeById" -> report.target("Describe by id at 100,000 ≤ 2 × at 10", figures, ratio <= 2);
        case "describeFilteredFewMatches" -> report.target(
            "Filtered page no worse than linear in the matches (the same 5 matches at every size: ≤ 2 ×)",
            figures,
            ratio <= 2);
        case "describeFilteredManyMatches" -> {
          double ratioMatches = (double) BenchWorld.activeInitiators(SIZES[2]) / BenchWorld.activeInitiators(SIZES[0]);
          report.target(
              "Filtered page no worse than linear in the matches (1 pair in 10 Active: "
                  + Stats.fmt("%.0f", ratioMatches) + " × the matches)",
              figures,
              ratio <= ratioMatches);
        }
        default -> {}
      }
    }
  }

  private static String matches(java.util.function.IntUnaryOperator f) {
    return f.applyAsInt(SIZES[0]) + " / " + f.applyAsInt(SIZES[1]) + " / " + f.applyAsInt(SIZES[2]);
  }

  private static String label(String benchmark) {
    return switch (benchmark) {
      case "describeById" -> "DescribeRouterInterfaces, Filter RouterInterfaceId";
      case "describeFilteredFewMatches" -> "Describe, Filter Name (page of 10, 5 matches)";
      case "describeFilteredManyMatches" -> "Describe, Filter Status=Active (page of 10)";
      case "connect" -> "ConnectRouterInterface";
      default -> benchmark;
    };
  }

  private void load(Report report) throws Exception {
    int jvms = quick ? 1 : 2;
    int runs = quick ? 2 : 4;
    List<Double> cold = new ArrayList<>();
    List<Double> warm = new ArrayList<>();
    List<Double> coldCpu = new ArrayList<>();
    List<Double> warmCpu = new ArrayList<>();
    List<Double> mb = new ArrayList<>();
    for (int j = 0; j < jvms; j++) {
      BenchMain.progress("growth: loading " + LOAD_SIZE + " interfaces, JVM " + (j + 1) + " of " + jvms);
      try (Child c = Child.start(log, List.of(), "load", String.valueOf(LOAD_SIZE), String.valueOf(runs))) {
        for (int r = 0; r < runs; r++) {
          Map<String, String> kv = BenchMain.keyValues(c.await("RESULT"));
          (r == 0 ? cold : warm).add(Double.parseDouble(kv.get("ms")));
          (r == 0 ? coldCpu : warmCpu).add(Double.parseDouble(kv.get("cpu")));
          mb.add(Double.parseDouble(kv.get("mb")));
        }
        c.waitFor(60);
      }
    }
    report.section(
        "3b. A " + String.format("%,d", LOAD_SIZE) + "-interface fixture",
        jvms + " fresh JVM(s) × " + runs + " loads (no JVM flags). Load: `AliyunMock.builder().fixtures(json).build()`"
            + " from the JSON text in memory (" + String.format("%,d", BenchWorld.json(LOAD_SIZE).length() / 1024)
            + " KiB) to a ready mock. Heap retained: used heap after full GCs (MemoryMXBean) with the mock held and"
            + " its text dropped, less the same before. Median [min–max].",
        "measure",
        "value");
    report.row("load, first in the JVM (ms)", Stats.spread(cold, "%.0f"));
    report.row("… its loading thread's CPU time (ms)", Stats.spread(coldCpu, "%.0f"));
    report.row("load, later (ms)", Stats.spread(warm, "%.0f"));
    report.row("… its loading thread's CPU time (ms)", Stats.spread(warmCpu, "%.0f"));
    report.row("heap retained (MB)", Stats.spread(mb, "%.1f"));
    double coldMedian = Stats.median(cold);
    double mbMedian = Stats.median(mb);
    report.target(
        "100,000-interface fixture loads in ≤ 3 s",
        Stats.fmt("%.0f", coldMedian) + " ms first in a JVM (" + Stats.fmt("%.0f", Stats.median(coldCpu))
            + " ms CPU), " + Stats.fmt("%.0f", Stats.median(warm)) + " ms later",
        coldMedian <= 3000);
    report.target("… and retains ≤ 200 MB of heap", Stats.fmt("%.1f", mbMedian) + " MB", mbMedian <= 200);
  }
}

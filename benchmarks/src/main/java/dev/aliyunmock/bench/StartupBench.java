package dev.aliyunmock.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Part 2: start-up. In-process starts, each kind in its own fresh JVMs ({@link StartupChild}), the
 * kinds interleaved run by run; then the standalone jars from launch to first answer, the mock's
 * and plain WireMock's, also interleaved, each child ended by its handle.
 */
final class StartupBench {
  private final int runs;
  private final int later;
  private final Path log;

  StartupBench(boolean quick, Path log) {
    this.runs = quick ? 2 : 4;
    this.later = quick ? 5 : 10;
    this.log = log;
  }

  void run(Report report) throws Exception {
    Map<StartupChild.Kind, List<Double>> first = new EnumMap<>(StartupChild.Kind.class);
    Map<StartupChild.Kind, List<Double>> answer = new EnumMap<>(StartupChild.Kind.class);
    Map<StartupChild.Kind, List<Double>> laterMs = new EnumMap<>(StartupChild.Kind.class);
    Map<StartupChild.Kind, List<Double>> firstCpu = new EnumMap<>(StartupChild.Kind.class);
    Map<StartupChild.Kind, List<Double>> laterCpu = new EnumMap<>(StartupChild.Kind.class);
    for (int r = 0; r < runs; r++) {
      BenchMain.progress("startup: in-process run " + (r + 1) + " of " + runs);
      for (StartupChild.Kind k : StartupChild.Kind.values()) {
        try (Child c = Child.start(log, List.of(), "startup", k.name(), String.valueOf(later))) {
          Map<String, String> kv = BenchMain.keyValues(c.await("RESULT"));
          first.computeIfAbsent(k, x -> new ArrayList<>()).add(Double.parseDouble(kv.get("first")));
          answer.computeIfAbsent(k, x -> new ArrayList<>()).add(Double.parseDouble(kv.get("answer")));
          firstCpu.computeIfAbsent(k, x -> new ArrayList<>()).add(Double.parseDouble(kv.get("firstCpu")));
          addAll(laterMs.computeIfAbsent(k, x -> new ArrayList<>()), kv.get("later"));
          addAll(laterCpu.computeIfAbsent(k, x -> new ArrayList<>()), kv.get("laterCpu"));
          c.waitFor(30);
        }
      }
    }
    report.section(
        "2a. In-process start-up (ms)",
        "Each kind in " + runs + " fresh JVMs (kinds interleaved). `first start`: the builder and `start()` of the"
            + " first server in the JVM, class loading included; `first answer`: the same plus one HTTP call"
            + " (JDK HttpURLConnection; the mock answers a Describe, auth off; WireMock its 404); `later starts`: "
            + later + " more start()s per JVM, each after the previous server stopped (" + later * runs
            + " in all). Median [min–max].",
        "server",
        "first start",
        "its CPU",
        "first answer",
        "later starts",
        "their CPU",
        "first x WireMock (wall / CPU)");
    double wmFirst = Stats.median(first.get(StartupChild.Kind.WIREMOCK));
    double wmFirstCpu = Stats.median(firstCpu.get(StartupChild.Kind.WIREMOCK));
    for (StartupChild.Kind k : StartupChild.Kind.values()) {
      report.row(
          switch (k) {
            case WIREMOCK -> "plain WireMock (no stub)";
            case MOCK_DEFAULT -> "mock, default world";
            case MOCK_10K -> "mock, 10,000-interface fixture";
          },
          Stats.spread(first.get(k), "%.0f"),
          Stats.spread(firstCpu.get(k), "%.0f"),
          Stats.spread(answer.get(k), "%.0f"),
          Stats.spread(laterMs.get(k), "%.1f"),
          Stats.spread(laterCpu.get(k), "%.1f"),
          k == StartupChild.Kind.WIREMOCK
              ? "1"
              : Stats.fmt("%.2f", Stats.median(first.get(k)) / wmFirst) + " / "
                  + Stats.fmt("%.2f", Stats.median(firstCpu.get(k)) / wmFirstCpu));
    }
    double mockLater = Stats.median(laterMs.get(StartupChild.Kind.MOCK_DEFAULT));
    double mockFirst = Stats.median(first.get(StartupChild.Kind.MOCK_DEFAULT));
    double mockFirstCpu = Stats.median(firstCpu.get(StartupChild.Kind.MOCK_DEFAULT));
    laterFigures =
        "separate JVMs: " + Stats.fmt("%.1f", mockLater) + " ms (" + Stats.fmt("%.1f", Stats.median(laterCpu.get(StartupChild.Kind.MOCK_DEFAULT)))
            + " ms CPU), plain WireMock " + Stats.fmt("%.1f", Stats.median(laterMs.get(StartupChild.Kind.WIREMOCK)))
            + " ms; 10k fixture " + Stats.fmt("%.1f", Stats.median(laterMs.get(StartupChild.Kind.MOCK_10K))) + " ms";
    report.target(
        "First in-process start ≤ 1.1 × plain WireMock's",
        Stats.fmt("%.0f", mockFirst) + " ms vs " + Stats.fmt("%.0f", wmFirst) + " ms = "
            + Stats.fmt("%.2f", mockFirst / wmFirst) + " × (CPU " + Stats.fmt("%.0f", mockFirstCpu) + " vs "
            + Stats.fmt("%.0f", wmFirstCpu) + " ms = " + Stats.fmt("%.2f", mockFirstCpu / wmFirstCpu) + " ×)",
        mockFirst <= 1.1 * wmFirst);

    paired(report);
    standalone(report);
  }

  /** Later starts of WireMock and the mock in turn, in the same JVMs. */
  private void paired(Report report) throws Exception {
    int jvms = quick() ? 1 : 2;
    int pairs = quick() ? 5 : 20;
    List<Double> wm = new ArrayList<>();
    List<Double> mock = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int j = 0; j < jvms; j++) {
      BenchMain.progress("startup: later starts side by side, JVM " + (j + 1) + " of " + jvms);
      try (Child c = Child.start(log, List.of(), "startup-paired", String.valueOf(pairs))) {
        Map<String, String> kv = BenchMain.keyValues(c.await("RESULT"));
        List<Double> w = new ArrayList<>();
        List<Double> m = new ArrayList<>();
        addAll(w, kv.get("wiremock"));
        addAll(m, kv.get("mock"));
        for (int i = 0; i < Math.min(w.size(), m.size()); i++) {
          ratios.add(m.get(i) / w.get(i));
        }
        wm.addAll(w);
        mock.addAll(m);
        c.waitFor(30);
      }
    }
    report.section(
        "2b. Later in-process starts, side by side (ms)",
        jvms + " JVM(s); in each, after a first start of both, plain WireMock and the mock (default world) start"
            + " and stop in turn " + pairs + " times. `x WireMock`: each mock start over the WireMock start next to"
            + " it, median [min–max].",
        "server",
        "later start",
        "x WireMock");
    report.row("plain WireMock (no stub)", Stats.spread(wm, "%.1f"), "1");
    report.row("mock, default world", Stats.spread(mock, "%.1f"), Stats.spread(ratios, "%.2f"));
    double later = Stats.median(mock);
    report.target(
        "Later in-process starts ≤ 20 ms (default world)",
        Stats.fmt("%.1f", later) + " ms side by side with WireMock's " + Stats.fmt("%.1f", Stats.median(wm)) + " ms ("
            + Stats.fmt("%.2f", Stats.median(ratios)) + " ×); " + laterFigures,
        later <= 20);
  }

  private String laterFigures = "";

  private boolean quick() {
    return runs < 4;
  }

  private static void addAll(List<Double> to, String csv) {
    for (String v : csv.split(",")) {
      if (!v.isEmpty()) {
        to.add(Double.parseDouble(v));
      }
    }
  }

  private void standalone(Report report) throws Exception {
    Path mockJar = BenchMain.mockJar();
    Path wireMockJar = BenchMain.wireMockJar();
    report.section(
        "2c. Standalone jar, launch to first answer (ms)",
        runs + " launches each (interleaved), `java -jar` with no JVM flags, from `ProcessBuilder.start()` to the"
            + " first HTTP answer (polled every 5 ms); each child ended by its process handle. The mock: `--port P"
            + " --auth off`, asked a Describe; WireMock: `--port P --bind-address 127.0.0.1`, asked the same URL (its"
            + " 404). Median [min–max].",
        "jar",
        "launch to first answer",
        "CPU time of the process by then");
    if (mockJar == null) {
      report.row("mock (" + BenchMain.mockJarName() + ")", "not found: build it with `-am package`", "");
      return;
    }
    String path = Queries.url(Queries.describeById("ri-hangzhou0initiator001"));
    List<Double> mock = new ArrayList<>();
    List<Double> wm = new ArrayList<>();
    List<Double> mockCpu = new ArrayList<>();
    List<Double> wmCpu = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      BenchMain.progress("startup: standalone run " + (r + 1) + " of " + runs);
      int p1 = freePort();
      double[] m = launch(List.of(Child.java(), "-jar", mockJar.toString(), "--port", String.valueOf(p1), "--auth", "off"), p1, path, 200);
      mock.add(m[0]);
      mockCpu.add(m[1]);
      if (wireMockJar != null) {
        int p2 = freePort();
        double[] w =
            launch(
                List.of(Child.java(), "-jar", wireMockJar.toString(), "--port", String.valueOf(p2), "--bind-address", "127.0.0.1"),
                p2,
                path,
                -1);
        wm.add(w[0]);
        wmCpu.add(w[1]);
      }
    }
    report.row("mock: " + mockJar.getFileName(), Stats.spread(mock, "%.0f"), Stats.spread(mockCpu, "%.0f"));
    if (wireMockJar != null) {
      report.row("plain WireMock: " + wireMockJar.getFileName(), Stats.spread(wm, "%.0f"), Stats.spread(wmCpu, "%.0f"));
      report.row(
          "mock x WireMock",
          Stats.fmt("%.2f", Stats.median(mock) / Stats.median(wm)),
          Stats.fmt("%.2f", Stats.median(mockCpu) / Stats.median(wmCpu)));
    }
  }

  /**
   * Launches a server and polls it until it answers; returns the milliseconds that took and the
   * CPU milliseconds the process had used by then.
   */
  private double[] launch(List<String> cmd, int port, String path, int expected) throws Exception {
    long t0 = System.nanoTime();
    Process p = Child.command(log, cmd);
    try {
      long deadline = t0 + 60_000_000_000L;
      while (System.nanoTime() < deadline) {
        if (!p.isAlive()) {
          throw new IOException("exited with " + p.exitValue() + ": " + cmd + " (see " + log + ")");
        }
        int status;
        try {
          status = StartupChild.get(port, path);
        } catch (IOException notYet) {
          Thread.sleep(5);
          continue;
        }
        long t1 = System.nanoTime();
        double cpuMs = p.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
        if (expected > 0 && status != expected) {
          throw new IOException(cmd + " answered " + status);
        }
        return new double[] {(t1 - t0) / 1e6, cpuMs};
      }
      throw new IOException("no answer within 60 s: " + cmd);
    } finally {
      Child.stop(p);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  static boolean exists(Path p) {
    return p != null && Files.isRegularFile(p);
  }
}

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
    Path launcher = BenchMain.launcher();
    int n = quick() ? 2 : 8;
    report.section(
        "2c. Standalone jar, launch to first answer (ms)",
        n + " launches each, interleaved, from `ProcessBuilder.start()` to the first HTTP answer (polled every 5 ms),"
            + " each process ended by its handle. The mock: `--port P --auth off`, asked a Describe; plain WireMock:"
            + " `--port P --bind-address 127.0.0.1`, asked the same URL (its 404). `java -jar` with no JVM flags;"
            + " `bin/aliyun-mock` is the launcher that starts the same jar with its AppCDS archive (made by its first"
            + " run, before these). Median [min–max].",
        "jar",
        "launch to first answer",
        "CPU time of the process by then",
        "x WireMock");
    if (mockJar == null) {
      report.row("mock (" + BenchMain.mockJarName() + ")", "not found: build it with `-am package`", "", "");
      return;
    }
    String path = Queries.url(Queries.describeById("ri-hangzhou0initiator001"));
    Map<String, List<Double>> wall = new java.util.LinkedHashMap<>();
    Map<String, List<Double>> cpu = new java.util.LinkedHashMap<>();
    Map<String, List<String>> commands = new java.util.LinkedHashMap<>();
    String plain = "mock: `java -jar " + mockJar.getFileName() + "`";
    String cds = "mock: `bin/aliyun-mock` (AppCDS)";
    String wm = "plain WireMock: `java -jar " + (wireMockJar == null ? "wiremock-standalone" : wireMockJar.getFileName()) + "`";
    commands.put(plain, List.of(Child.java(), "-jar", mockJar.toString(), "--port", "PORT", "--auth", "off"));
    if (launcher != null) {
      // The launcher makes the archive on its first run: once, before the measured launches.
      Process first = launcherProcess(launcher, mockJar, List.of("--version"));
      if (!first.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || first.exitValue() != 0) {
        Child.stop(first);
        throw new IOException("bin/aliyun-mock --version failed (see " + log + ")");
      }
      commands.put(cds, List.of("LAUNCHER", "--port", "PORT", "--auth", "off"));
    }
    if (wireMockJar != null) {
      commands.put(wm, List.of(Child.java(), "-jar", wireMockJar.toString(), "--port", "PORT", "--bind-address", "127.0.0.1"));
    }
    for (int r = 0; r < n; r++) {
      BenchMain.progress("startup: standalone jars, run " + (r + 1) + " of " + n);
      List<String> order = new ArrayList<>(commands.keySet());
      java.util.Collections.rotate(order, r);
      for (String name : order) {
        int port = freePort();
        List<String> cmd = new ArrayList<>();
        for (String a : commands.get(name)) {
          cmd.add(a.equals("PORT") ? String.valueOf(port) : a);
        }
        double[] m =
            cmd.get(0).equals("LAUNCHER")
                ? launch(() -> launcherProcess(launcher, mockJar, cmd.subList(1, cmd.size())), port, path, 200)
                : launch(() -> Child.command(log, cmd), port, path, name.equals(wm) ? -1 : 200);
        wall.computeIfAbsent(name, k -> new ArrayList<>()).add(m[0]);
        cpu.computeIfAbsent(name, k -> new ArrayList<>()).add(m[1]);
      }
    }
    double wmWall = wall.containsKey(wm) ? Stats.median(wall.get(wm)) : Double.NaN;
    for (String name : commands.keySet()) {
      double med = Stats.median(wall.get(name));
      report.row(
          name,
          Stats.spread(wall.get(name), "%.0f"),
          Stats.spread(cpu.get(name), "%.0f"),
          name.equals(wm) ? "1" : Stats.fmt("%.2f", med / wmWall));
    }
    if (wall.containsKey(cds)) {
      double med = Stats.median(wall.get(cds));
      report.target(
          "Standalone jar with AppCDS (`bin/aliyun-mock`), launch to first answer ≤ 0.6 s",
          Stats.fmt("%.0f", med) + " ms (" + Stats.spread(wall.get(cds), "%.0f") + "); without the archive "
              + Stats.fmt("%.0f", Stats.median(wall.get(plain))) + " ms, plain WireMock's jar " + Stats.fmt("%.0f", wmWall) + " ms",
          med <= 600);
    }
    image(report, path, wireMockJar);
  }

  private Process launcherProcess(Path launcher, Path mockJar, List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
    cmd.addAll(args);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("ALIYUN_MOCK_JAR", mockJar.toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    return pb.start();
  }

  /**
   * The container image, from {@code podman run} to the first answered Describe: as built (its
   * AppCDS archive), the same image without the archive, and plain WireMock's jar in the same image
   * (mounted read-only), all on the host's network at a free loopback port. Each container removed
   * by its id.
   */
  private void image(Report report, String path, Path wireMockJar) throws Exception {
    String image = System.getProperty("bench.image", "localhost/aliyun-mock:latest");
    int n = quick() ? 2 : 8;
    report.section(
        "2d. Container image, `podman run` to the first answered Describe (ms)",
        "Image `" + image + "` (built by `container/build-image.sh`), " + n + " runs each, interleaved: `podman run -d"
            + " --network=host --no-healthcheck` with `ALIYUN_MOCK_PORT=P ALIYUN_MOCK_BIND_ADDRESS=127.0.0.1"
            + " ALIYUN_MOCK_AUTH=off`, from the start of `podman run` to the first HTTP answer (polled every 5 ms), then"
            + " `podman rm -f` of that container. Without the archive: the same image and JVM flags, the entry point"
            + " given without `-XX:SharedArchiveFile`. Plain WireMock: its jar mounted into the same image, `java"
            + " -XX:+UseSerialGC -XX:-UsePerfData -jar … --port P --bind-address 127.0.0.1` (its 404). Median"
            + " [min–max].",
        "server in the image",
        "`podman run` to first answer",
        "x WireMock");
    if (!podmanHas(image)) {
      report.row("not measured: no podman, or no image " + image + " (build it: `container/build-image.sh`)", "", "");
      return;
    }
    List<String> jvm = List.of("java", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:MaxRAMPercentage=75");
    Map<String, List<String>> runs = new java.util.LinkedHashMap<>();
    String withCds = "mock, as built (AppCDS archive)";
    String without = "mock, without the archive";
    String wm = "plain WireMock's jar";
    runs.put(withCds, List.of());
    List<String> plain = new ArrayList<>(List.of("--entrypoint", "java"));
    plain.add(image);
    plain.addAll(jvm.subList(1, jvm.size()));
    plain.addAll(List.of("-jar", "/opt/aliyun-mock/aliyun-mock.jar"));
    runs.put(without, plain);
    if (wireMockJar != null) {
      List<String> w = new ArrayList<>(List.of("-v", wireMockJar + ":/opt/wiremock.jar:ro", "--entrypoint", "java", image));
      w.addAll(jvm.subList(1, jvm.size()));
      w.addAll(List.of("-jar", "/opt/wiremock.jar", "--port", "PORT", "--bind-address", "127.0.0.1"));
      runs.put(wm, w);
    }
    Map<String, List<Double>> wall = new java.util.LinkedHashMap<>();
    for (int r = 0; r < n; r++) {
      BenchMain.progress("startup: container image, run " + (r + 1) + " of " + n);
      List<String> order = new ArrayList<>(runs.keySet());
      java.util.Collections.rotate(order, r);
      for (String name : order) {
        int port = freePort();
        List<String> cmd =
            new ArrayList<>(List.of("podman", "run", "-d", "--network=host", "--no-healthcheck",
                "-e", "ALIYUN_MOCK_PORT=" + port, "-e", "ALIYUN_MOCK_BIND_ADDRESS=127.0.0.1", "-e", "ALIYUN_MOCK_AUTH=off"));
        List<String> rest = runs.get(name);
        if (rest.isEmpty()) {
          cmd.add(image);
        } else {
          for (String a : rest) {
            cmd.add(a.equals("PORT") ? String.valueOf(port) : a);
          }
        }
        wall.computeIfAbsent(name, k -> new ArrayList<>()).add(container(cmd, port, path, name.equals(wm) ? -1 : 200));
      }
    }
    double wmWall = wall.containsKey(wm) ? Stats.median(wall.get(wm)) : Double.NaN;
    for (String name : runs.keySet()) {
      report.row(name, Stats.spread(wall.get(name), "%.0f"), name.equals(wm) ? "1" : Stats.fmt("%.2f", Stats.median(wall.get(name)) / wmWall));
    }
    double med = Stats.median(wall.get(withCds));
    report.target(
        "Container image with AppCDS, `podman run` to the first answered Describe ≤ 0.6 s",
        Stats.fmt("%.0f", med) + " ms (" + Stats.spread(wall.get(withCds), "%.0f") + "); without the archive "
            + Stats.fmt("%.0f", Stats.median(wall.get(without))) + " ms, plain WireMock's jar in the image "
            + Stats.fmt("%.0f", wmWall) + " ms",
        med <= 600);
  }

  private static boolean podmanHas(String image) {
    try {
      Process p = new ProcessBuilder("podman", "image", "exists", image).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      boolean ok = p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
      Child.stop(p);
      return ok;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs one container and polls it until it answers; returns the milliseconds; removes it by its id. */
  private double container(List<String> cmd, int port, String path, int expected) throws Exception {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    String id = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
    if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0 || id.isEmpty()) {
      Child.stop(p);
      throw new IOException("podman run failed: " + cmd + " (see " + log + ")");
    }
    try {
      long deadline = t0 + 60_000_000_000L;
      while (System.nanoTime() < deadline) {
        int status;
        try {
          status = StartupChild.get(port, path);
        } catch (IOException notYet) {
          Thread.sleep(5);
          continue;
        }
        long t1 = System.nanoTime();
        if (expected > 0 && status != expected) {
          throw new IOException(cmd + " answered " + status);
        }
        return (t1 - t0) / 1e6;
      }
      throw new IOException("no answer within 60 s: " + cmd);
    } finally {
      Process rm = new ProcessBuilder("podman", "rm", "-f", id).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!rm.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        Child.stop(rm);
      }
    }
  }

  /** Starts a process. */
  private interface Starter {
    Process start() throws IOException;
  }

  /**
   * Launches a server and polls it until it answers; returns the milliseconds that took and the
   * CPU milliseconds the process had used by then.
   */
  private double[] launch(Starter starter, int port, String path, int expected) throws Exception {
    long t0 = System.nanoTime();
    Process p = starter.start();
    String cmd = p.info().commandLine().orElse("(process " + p.pid() + ")");
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

package dev.aliyunmock.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Part 1: throughput, latency and GC pauses over HTTP on loopback, measured by a load generator
 * that outruns the servers ({@link Wrk}). Every server runs alone in its own JVM ({@link
 * ServerChild}, default JVM flags plus a GC log), so that each one's collections are its own. For
 * each number of connections, every target runs one window per round, the order rotating from
 * round to round, so that the machine's other load falls on all of them alike; ratios are taken
 * within a round. The generator's ceiling (the same requests against a trivial server) is measured
 * in the same rounds.
 */
final class HttpBench {
  /** Which server a target is sent to: one JVM each. */
  enum Server {
    TRIVIAL(ServerChild.Kind.TRIVIAL),
    STUB(ServerChild.Kind.STUB),
    MOCK(ServerChild.Kind.MOCK),
    STRICT(ServerChild.Kind.STRICT),
    MIX(ServerChild.Kind.MOCK);

    final ServerChild.Kind kind;

    Server(ServerChild.Kind kind) {
      this.kind = kind;
    }
  }

  /** How a target's requests are made. */
  enum Requests {
    /** The same Describe by id, unsigned: wrk's static request. */
    STATIC,
    /** Describe by id, each signed with a fresh nonce (made before the window, sent once each). */
    SIGNED,
    /** A cycle that changes state, over many pairs (Lua, from a file of paths). */
    MIX
  }

  enum Target {
    CEILING("generator ceiling: trivial server, static request", Server.TRIVIAL, Requests.STATIC),
    CEILING_SCRIPTED("generator ceiling: trivial server, scripted requests", Server.TRIVIAL, Requests.SIGNED),
    STUB("plain WireMock, static stub (journal off)", Server.STUB, Requests.STATIC),
    // WireMock's own cost of the longer signed URL (it parses every request's query three times).
    STUB_SIGNED("plain WireMock, static stub (journal off), signed URLs", Server.STUB, Requests.SIGNED),
    DESCRIBE("mock: Describe by id (auth off)", Server.MOCK, Requests.STATIC),
    STRICT("mock: Describe by id, signed (strict auth)", Server.STRICT, Requests.SIGNED),
    MIX("mock: Deactivate/Activate/Describe mix (auth off)", Server.MIX, Requests.MIX);

    final String label;
    final Server server;
    final Requests requests;

    Target(String label, Server server, Requests requests) {
      this.label = label;
      this.server = server;
      this.requests = requests;
    }

    boolean ceiling() {
      return server == Server.TRIVIAL;
    }
  }

  /** One window of one target. */
  record Trial(Wrk.Run run, GcLog.Pauses gc, double serverCpuMs) {
    double rps() {
      return run.rps();
    }
  }

  /** A running server child. */
  private record Running(Child child, int port, GcLog gc) {}

  static final int[] CONCURRENCY = {1, 4, 16};
  /** Interfaces in the served world (as in the earlier harness): 300 Active pairs for the mix. */
  static final int WORLD = 6_000;
  /** The calls of one mix cycle, on an Active pair; the pair is Active again after it. */
  static final String[] MIX_CYCLE = {
    "DeactivateRouterInterface", "Describe", "Describe", "ActivateRouterInterface", "Describe", "Describe"
  };

  private final Settings settings;
  private final Path logDir;
  private final Path log;
  private final Map<Server, Running> servers = new EnumMap<>(Server.class);
  private Wrk wrk;
  private Path mixPaths;
  private Path ceilingPaths;
  private Path signedPaths;
  private String describe;
  private int bodyBytes;
  private double signedRateBound = 15_000;
  private String journal = "";

  HttpBench(Settings settings, Path logDir) {
    this.settings = settings;
    this.logDir = logDir;
    this.log = logDir.resolve("http.log");
  }

  void run(Report report) throws Exception {
    wrk = Wrk.find(logDir);
    BenchMain.progress("http: load generator " + wrk.version() + " (" + wrk.executable() + ")");
    describe = Queries.url(Queries.describeById(BenchWorld.initiator(BenchWorld.middlePair(WORLD))));
    mixPaths = writeLines(logDir.resolve("paths-mix.txt"), mixPaths());
    ceilingPaths = writeLines(logDir.resolve("paths-ceiling.txt"), signed(50_000));
    signedPaths = logDir.resolve("paths-signed.txt");
    Map<Target, Map<Integer, List<Trial>>> results = new EnumMap<>(Target.class);
    for (Target t : Target.values()) {
      results.put(t, new TreeMap<>());
    }
    // -Dbench.serverJvmArgs="-XX:StartFlightRecording=filename=server-{server}.jfr" adds options to every server JVM.
    String extra = System.getProperty("bench.serverJvmArgs", "").trim();
    try {
      for (Server s : Server.values()) {
        GcLog gc = new GcLog(logDir.resolve("gc-" + s.name().toLowerCase(java.util.Locale.ROOT) + ".log"));
        Files.deleteIfExists(logDir.resolve("gc-" + s.name().toLowerCase(java.util.Locale.ROOT) + ".log"));
        List<String> jvm = new ArrayList<>(gc.jvmArgs());
        if (!extra.isEmpty()) {
          // {server} in the options is this server's name: one recording file per JVM.
          for (String a : extra.split("\\s+")) {
            jvm.add(a.replace("{server}", s.name().toLowerCase(java.util.Locale.ROOT)));
          }
        }
        Child c = Child.start(log, jvm, "server", s.kind.name(), String.valueOf(WORLD));
        Map<String, String> kv = BenchMain.keyValues(c.await("READY"));
        servers.put(s, new Running(c, Integer.parseInt(kv.get("port")), gc));
        bodyBytes = Integer.parseInt(kv.get("body"));
      }
      Target[] order = Target.values();
      BenchMain.progress("http: warming every server up (" + settings.firstWarmup + " s each, 16 connections)");
      for (Target t : order) {
        window(t, 16, settings.firstWarmup);
      }
      for (int c : CONCURRENCY) {
        BenchMain.progress("http: " + c + " connection(s): warming up");
        for (Target t : order) {
          window(t, c, settings.warmup);
        }
        for (int round = 0; round < settings.rounds; round++) {
          BenchMain.progress("http: " + c + " connection(s): round " + (round + 1) + " of " + settings.rounds);
          for (int i = 0; i < order.length; i++) {
            Target t = order[(i + round) % order.length];
            results.get(t).computeIfAbsent(c, k -> new ArrayList<>()).add(window(t, c, settings.window));
          }
        }
      }
      Running mock = servers.get(Server.MOCK);
      mock.child().send("JOURNAL");
      journal = mock.child().await("JOURNAL");
    } finally {
      for (Running r : servers.values()) {
        r.child().close();
      }
    }
    print(report, results);
  }

  /** One window of a target: wrk for {@code seconds}, with the server's CPU time and GC pauses over it. */
  private Trial window(Target t, int connections, int seconds) throws Exception {
    Running server = servers.get(t.server);
    Path paths = null;
    switch (t.requests) {
      case STATIC -> {}
      case SIGNED -> {
        if (t.ceiling() || t == Target.STUB_SIGNED) {
          paths = ceilingPaths; // nothing checks their nonces
        } else {
          // Each signed request is sent once: enough fresh ones for the fastest rate seen, twice over.
          paths = writeLines(signedPaths, signed((int) (signedRateBound * (seconds + 1))));
        }
      }
      case MIX -> {
        server.child().send("RESET");
        server.child().await("RESET");
        paths = mixPaths;
      }
    }
    ProcessHandle handle = server.child().handle();
    long cpu0 = cpuNanos(handle);
    long t0 = System.nanoTime();
    Wrk.Run run = wrk.run(server.port(), connections, seconds, describe, paths, logDir.resolve("wrk.log"));
    long t1 = System.nanoTime();
    long cpu1 = cpuNanos(handle);
    if (t == Target.STRICT) {
      signedRateBound = Math.max(signedRateBound, 2 * run.rps());
    }
    return new Trial(run, server.gc().between(t0, t1), (cpu1 - cpu0) / 1e6);
  }

  private static long cpuNanos(ProcessHandle p) {
    return p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }

  /** {@code n} signed Describe-by-id paths, each with its own nonce. */
  private static List<String> signed(int n) {
    String id = BenchWorld.initiator(BenchWorld.middlePair(WORLD));
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(Queries.signedUrl(Queries.describeById(id)));
    }
    return out;
  }

  /**
   * The mix, step by step over every Active pair: all pairs take step 0, then all take step 1, and
   * so on, so that two calls on one pair are hundreds of requests apart and never in flight at
   * once. Every call succeeds (default {@code poll} transitions: a transient status is seen once).
   */
  private static List<String> mixPaths() {
    List<String> ids = new ArrayList<>();
    for (int p = 0; p < WORLD / 2; p++) {
      if (BenchWorld.isActive(p)) {
        ids.add(BenchWorld.initiator(p));
      }
    }
    List<String> out = new ArrayList<>();
    for (String step : MIX_CYCLE) {
      for (String id : ids) {
        out.add(Queries.url(step.equals("Describe") ? Queries.describeById(id) : Queries.onInterface(step, id)));
      }
    }
    return out;
  }

  private static Path writeLines(Path file, List<String> lines) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String l : lines) {
        w.write(l);
        w.write('\n');
      }
    }
    return file;
  }

  private void print(Report report, Map<Target, Map<Integer, List<Trial>>> results) {
    report.section(
        "1. HTTP on loopback",
        "Load generator: " + wrk.version() + " (C, one thread, keep-alive connections; `-t1 -cN -d"
            + settings.window + "s`), on the same cores as the servers. Every server alone in its own JVM"
            + " (default JVM flags, plus a GC log). For each number of connections: "
            + settings.firstWarmup + " s of warm-up per server at 16 connections first, then " + settings.warmup
            + " s per target, then " + settings.rounds + " rounds in which every target runs one " + settings.window
            + "-second window, in an order that rotates from round to round. `requests/s`: median [min–max] over"
            + " the rounds; `x stub`: over the stub's in the same round, median [min–max]; latencies (ms): the median"
            + " over the rounds of each window's percentile, `max` the largest of all; wrk's percentiles count"
            + " the requests a stalled server kept its connections from sending (coordinated omission"
            + " corrected), so a pause weighs by its length. `GC pauses`: every stop-the-world pause of the"
            + " server's JVM that ended in the windows (from its GC log; all rounds together, "
            + settings.rounds * settings.window + " s): count, total ms, longest ms. `server CPU` and"
            + " `wrk CPU`: CPU time per call of the server's JVM and of the generator. The stub's body is the"
            + " mock's own Describe answer (" + bodyBytes + " bytes, through `okJson`); the trivial server answers"
            + " the same bytes. Signed calls are signed before the window (HMAC-SHA1, a fresh nonce each, each"
            + " sent once); the stub is also asked signed URLs (it checks nothing), which shows WireMock's own cost"
            + " of their longer query (it parses each request's query three times). The mix: Deactivate, Describe, Describe, Activate, Describe, Describe on each of the"
            + " world's 300 Active pairs in turn (the world reset before each window).",
        "target",
        "conn.",
        "requests/s",
        "x stub",
        "p50",
        "p99",
        "p99 x stub",
        "p99.9",
        "max",
        "GC pauses (n / total / longest ms)",
        "server CPU µs/call",
        "wrk CPU µs/call",
        "errors");
    for (Target t : Target.values()) {
      for (int c : CONCURRENCY) {
        List<Trial> trials = results.get(t).getOrDefault(c, List.of());
        List<Trial> stub = results.get(Target.STUB).getOrDefault(c, List.of());
        List<Double> ratios = ratios(trials, stub, Trial::rps);
        List<Double> p99Ratios = ratios(trials, stub, tr -> (double) tr.run().p99());
        GcLog.Pauses gc = trials.stream().map(Trial::gc).reduce(GcLog.Pauses.NONE, GcLog.Pauses::plus);
        long requests = trials.stream().mapToLong(tr -> tr.run().requests()).sum();
        long errors = trials.stream().mapToLong(tr -> tr.run().socketErrors() + tr.run().statusErrors()).sum();
        report.row(
            t.label,
            String.valueOf(c),
            Stats.spread(values(trials, Trial::rps), "%.0f"),
            t == Target.STUB ? "1" : Stats.spread(ratios, "%.2f"),
            ms(Stats.median(values(trials, tr -> (double) tr.run().p50()))),
            ms(Stats.median(values(trials, tr -> (double) tr.run().p99()))),
            t == Target.STUB ? "1" : Stats.spread(p99Ratios, "%.2f"),
            ms(Stats.median(values(trials, tr -> (double) tr.run().p999()))),
            ms(trials.stream().mapToDouble(tr -> tr.run().max()).max().orElse(Double.NaN)),
            t.ceiling() ? "–" : gc.count() + " / " + Stats.fmt("%.0f", gc.totalMs()) + " / " + Stats.fmt("%.1f", gc.maxMs()),
            t.ceiling() ? "–" : Stats.fmt("%.0f", trials.stream().mapToDouble(Trial::serverCpuMs).sum() * 1e3 / Math.max(1, requests)),
            Stats.fmt("%.0f", trials.stream().mapToDouble(tr -> tr.run().cpuSeconds()).sum() * 1e6 / Math.max(1, requests)),
            String.valueOf(errors));
      }
    }
    report.note(journalNote());
    targets(report, results);
  }

  private void targets(Report report, Map<Target, Map<Integer, List<Trial>>> results) {
    for (int c : CONCURRENCY) {
      String conn = c + " connection" + (c == 1 ? "" : "s");
      List<Trial> stub = results.get(Target.STUB).getOrDefault(c, List.of());
      List<Trial> mock = results.get(Target.DESCRIBE).getOrDefault(c, List.of());
      List<Double> r = ratios(mock, stub, Trial::rps);
      report.target(
          "Describe throughput ≥ 0.95 × static stub, " + conn,
          Stats.fmt("%.2f", Stats.median(r)) + " × (" + Stats.spread(r, "%.2f") + ")",
          Stats.median(r) >= 0.95);
      List<Double> p = ratios(mock, stub, tr -> (double) tr.run().p99());
      double mockP99 = Stats.median(values(mock, tr -> (double) tr.run().p99()));
      double stubP99 = Stats.median(values(stub, tr -> (double) tr.run().p99()));
      report.target(
          "Describe p99 ≤ 2 × static stub's p99, " + conn,
          Stats.fmt("%.2f", Stats.median(p)) + " × (" + Stats.spread(p, "%.2f") + "): " + ms(mockP99) + " vs "
              + ms(stubP99) + " ms",
          Stats.median(p) <= 2);
    }
    for (int c : CONCURRENCY) {
      List<Trial> strict = results.get(Target.STRICT).getOrDefault(c, List.of());
      List<Double> r = ratios(strict, results.get(Target.STUB).getOrDefault(c, List.of()), Trial::rps);
      List<Double> s = ratios(strict, results.get(Target.STUB_SIGNED).getOrDefault(c, List.of()), Trial::rps);
      report.target(
          "Signed Describe (strict) throughput ≥ 0.85 × unsigned static stub, " + c + " connection" + (c == 1 ? "" : "s"),
          Stats.fmt("%.2f", Stats.median(r)) + " × (" + Stats.spread(r, "%.2f") + "); " + Stats.fmt("%.2f", Stats.median(s))
              + " × the stub asked the same signed URLs",
          Stats.median(r) >= 0.85);
    }
    for (int c : CONCURRENCY) {
      double ceiling = Double.MAX_VALUE;
      for (Target t : List.of(Target.CEILING, Target.CEILING_SCRIPTED)) {
        ceiling = Math.min(ceiling, Stats.median(values(results.get(t).getOrDefault(c, List.of()), Trial::rps)));
      }
      double highest = 0;
      Target fastest = null;
      for (Target t : Target.values()) {
        if (!t.ceiling()) {
          double rps = Stats.median(values(results.get(t).getOrDefault(c, List.of()), Trial::rps));
          if (rps > highest) {
            highest = rps;
            fastest = t;
          }
        }
      }
      report.target(
          "Generator's ceiling above every target's throughput, " + c + " connection" + (c == 1 ? "" : "s"),
          Stats.fmt("%.0f", ceiling) + " requests/s (the lower of the two ceilings) vs " + Stats.fmt("%.0f", highest)
              + " (" + (fastest == null ? "–" : fastest.label) + "): " + Stats.fmt("%.1f", ceiling / highest) + " ×",
          ceiling > highest);
    }
    Map<String, String> j = BenchMain.keyValues(journal);
    if (j.containsKey("retained")) {
      double mb = Long.parseLong(j.get("retained")) / 1e6;
      report.target(
          "Request journal at its cap ≤ 32 MB of heap",
          Stats.fmt("%.1f", mb) + " MB (" + j.get("entries") + " entries, estimated "
              + Stats.fmt("%.1f", Long.parseLong(j.get("estimate")) / 1048576.0) + " MiB)",
          mb <= 32);
    }
  }

  private String journalNote() {
    Map<String, String> j = BenchMain.keyValues(journal);
    if (!j.containsKey("retained")) {
      return "Request journal: not measured.";
    }
    long entries = Long.parseLong(j.get("entries"));
    long retained = Long.parseLong(j.get("retained"));
    return "Request journal of the mock (auth off) after the run, at its cap: " + entries + " entries, estimated at "
        + Stats.fmt("%.1f", Long.parseLong(j.get("estimate")) / 1048576.0) + " MiB by the journal itself (its bound: 32 MiB);"
        + " heap it holds, measured (used heap after full GCs, less the same once the journal is emptied): "
        + Stats.fmt("%.1f", retained / 1e6) + " MB, " + Stats.fmt("%.0f", retained / (double) Math.max(1, entries))
        + " bytes per entry.";
  }

  private static String ms(double micros) {
    return Double.isNaN(micros) ? "n/a" : Stats.fmt(micros < 10_000 ? "%.2f" : "%.1f", micros / 1e3);
  }

  private static List<Double> values(List<Trial> trials, java.util.function.ToDoubleFunction<Trial> f) {
    List<Double> out = new ArrayList<>();
    for (Trial t : trials) {
      out.add(f.applyAsDouble(t));
    }
    return out;
  }

  /** Per round, the target's value over the stub's. */
  private static List<Double> ratios(List<Trial> trials, List<Trial> stub, java.util.function.ToDoubleFunction<Trial> f) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < Math.min(trials.size(), stub.size()); i++) {
      out.add(f.applyAsDouble(trials.get(i)) / f.applyAsDouble(stub.get(i)));
    }
    return out;
  }

  /** How long each phase runs, in seconds. */
  record Settings(int rounds, int firstWarmup, int warmup, int window) {}

  static Settings settings(boolean quick) {
    return quick ? new Settings(1, 1, 1, 1) : new Settings(4, 6, 2, 4);
  }
}

package dev.aliyunmock.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * Part 1: throughput and latency over HTTP on loopback. One client (Apache HttpClient 5, classic,
 * pooled keep-alive connections, one blocking worker thread per connection), the same for every
 * target; the servers in one child JVM ({@link ServeChild}). Every target is measured at every
 * concurrency in every round, in an order that rotates from round to round, so that the noise of
 * the machine falls on all of them alike; ratios are taken within a round.
 */
final class HttpBench {
  enum Target {
    STUB("plain WireMock, static stub"),
    DESCRIBE("mock: Describe by id (auth off)"),
    MIX("mock: Connect/Describe/Deactivate mix (auth off)"),
    STRICT("mock: Describe by id, signed (strict auth)");

    final String label;

    Target(String label) {
      this.label = label;
    }
  }

  /** One trial: a target at a concurrency for a fixed time. */
  record Trial(long count, double seconds, double serverCpuMs, double clientCpuMs, long[] latencies, long errors, boolean exhausted) {
    double rps() {
      return count / seconds;
    }
  }

  static final int[] CONCURRENCY = {1, 4, 16};
  /** Interfaces in the served world: enough idle pairs for one mix trial of every worker. */
  static final int WORLD = 6_000;
  /** Requests of one mix cycle on one pair. */
  static final int MIX_CYCLE = 6;

  private final Settings settings;
  private final Path log;
  private HttpHost stub;
  private HttpHost off;
  private HttpHost strict;
  private int bodyBytes;

  HttpBench(Settings settings, Path log) {
    this.settings = settings;
    this.log = log;
  }

  void run(Report report) throws Exception {
    Map<Target, Map<Integer, List<Trial>>> results = new EnumMap<>(Target.class);
    for (Target t : Target.values()) {
      results.put(t, new TreeMap<>());
    }
    // -Dbench.serverJvmArgs="-XX:StartFlightRecording=filename=server.jfr" profiles the servers.
    String jvmArgs = System.getProperty("bench.serverJvmArgs", "").trim();
    List<String> serverJvm = jvmArgs.isEmpty() ? List.of() : List.of(jvmArgs.split("\\s+"));
    try (Child servers = Child.start(log, serverJvm, "serve", String.valueOf(WORLD))) {
      String ready = servers.await("READY");
      Map<String, String> kv = BenchMain.keyValues(ready);
      stub = new HttpHost("http", "127.0.0.1", Integer.parseInt(kv.get("stub")));
      off = new HttpHost("http", "127.0.0.1", Integer.parseInt(kv.get("off")));
      strict = new HttpHost("http", "127.0.0.1", Integer.parseInt(kv.get("strict")));
      bodyBytes = Integer.parseInt(kv.get("body"));
      ProcessHandle server = servers.handle();
      Target[] order = Target.values();
      for (int c : CONCURRENCY) {
        Map<Target, CloseableHttpClient> clients = new EnumMap<>(Target.class);
        try {
          for (Target t : order) {
            clients.put(t, client(c));
          }
          BenchMain.progress("http: " + c + " connection(s): warming up");
          for (Target t : order) {
            slice(clients.get(t), server, t, c, settings.httpWarmup);
          }
          for (int round = 0; round < settings.httpRounds; round++) {
            for (int i = 0; i < order.length; i++) {
              Target t = order[(i + round) % order.length];
              results.get(t).computeIfAbsent(c, k -> new ArrayList<>()).add(slice(clients.get(t), server, t, c, settings.httpTrial));
            }
          }
        } finally {
          for (CloseableHttpClient cl : clients.values()) {
            cl.close();
          }
        }
      }
    }
    print(report, results);
  }

  private void print(Report report, Map<Target, Map<Integer, List<Trial>>> results) {
    report.section(
        "1. HTTP on loopback",
        "Apache HttpClient " + BenchMain.props().getProperty("httpclient5.version")
            + " (pooled keep-alive connections, one blocking thread per connection) in the harness JVM; the"
            + " servers in one child JVM (default JVM flags). For each number of connections, every target runs "
            + settings.httpRounds + " slices of " + settings.httpTrial + " s (after " + settings.httpWarmup
            + " s of warm-up each), the targets taking turns in an order that rotates, so that the machine's"
            + " other load falls on all alike. `requests/s`: median [min–max] over the slices; `x stub`: over the"
            + " stub's in the same round, median [min–max]; latencies: percentiles of every recorded call;"
            + " `server CPU`: CPU time of the server JVM per call (all its threads), `client CPU` the same for"
            + " the harness JVM. The stub's body is the mock's own Describe answer (" + bodyBytes + " bytes,"
            + " through `okJson`). The mix: cycles of Connect, Describe, Describe, Deactivate, Describe,"
            + " Describe on a fresh Idle pair (default `poll` transitions, every call succeeds; the world is"
            + " reset before each mix slice, outside the recorded window). Signed calls are signed by the"
            + " client (HMAC-SHA1), on the same 2 cores.",
        "target",
        "conn.",
        "requests/s",
        "x stub",
        "p50 µs",
        "p99 µs",
        "server CPU µs/call",
        "x stub",
        "client CPU µs/call",
        "errors");
    for (Target t : Target.values()) {
      for (int c : CONCURRENCY) {
        List<Trial> trials = results.get(t).getOrDefault(c, List.of());
        List<Trial> stubTrials = results.get(Target.STUB).getOrDefault(c, List.of());
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(trials.size(), stubTrials.size()); i++) {
          ratios.add(trials.get(i).rps() / stubTrials.get(i).rps());
        }
        long errors = trials.stream().mapToLong(Trial::errors).sum();
        boolean exhausted = trials.stream().anyMatch(Trial::exhausted);
        long[] lat = trials.stream().flatMapToLong(tr -> Arrays.stream(tr.latencies())).sorted().toArray();
        double serverCpu = serverCpuPerCall(trials);
        double stubCpu = serverCpuPerCall(stubTrials);
        report.row(
            t.label,
            String.valueOf(c),
            Stats.spread(trials.stream().map(Trial::rps).toList(), "%.0f"),
            t == Target.STUB ? "1" : Stats.spread(ratios, "%.2f"),
            Stats.fmt("%.0f", Stats.percentileOfSorted(lat, lat.length, 50) / 1e3),
            Stats.fmt("%.0f", Stats.percentileOfSorted(lat, lat.length, 99) / 1e3),
            Stats.fmt("%.0f", serverCpu),
            t == Target.STUB ? "1" : Stats.fmt("%.2f", serverCpu / stubCpu),
            Stats.fmt("%.0f", clientCpuPerCall(trials)),
            errors + (exhausted ? " (pool of idle pairs ran out)" : ""));
        if (t == Target.DESCRIBE) {
          double median = Stats.median(ratios);
          report.target(
              "Describe throughput ≥ 0.8 × static stub, " + c + " connection" + (c == 1 ? "" : "s"),
              Stats.fmt("%.2f", median) + " × (" + Stats.spread(ratios, "%.2f") + "); server CPU per call "
                  + Stats.fmt("%.2f", serverCpu / stubCpu) + " × the stub's",
              median >= 0.8);
        }
      }
    }
  }

  private static double serverCpuPerCall(List<Trial> trials) {
    return trials.stream().mapToDouble(Trial::serverCpuMs).sum() * 1e3 / Math.max(1, trials.stream().mapToLong(Trial::count).sum());
  }

  private static double clientCpuPerCall(List<Trial> trials) {
    return trials.stream().mapToDouble(Trial::clientCpuMs).sum() * 1e3 / Math.max(1, trials.stream().mapToLong(Trial::count).sum());
  }

  /** A client with {@code connections} pooled keep-alive connections, kept for all slices. */
  private static CloseableHttpClient client(int connections) {
    PoolingHttpClientConnectionManager cm =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(connections)
            .setMaxConnPerRoute(connections)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.ofSeconds(5))
                    .setSocketTimeout(Timeout.ofSeconds(30))
                    .build())
            .build();
    return HttpClients.custom()
        .setConnectionManager(cm)
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableRedirectHandling()
        .disableContentCompression()
        .build();
  }

  /**
   * One slice: {@code connections} threads call one target for {@value #SLICE_WARMUP_S} s
   * unrecorded, then {@code seconds} recorded, while the CPU time of the server process and of
   * this one is read at both ends of the recorded window.
   */
  private Trial slice(CloseableHttpClient client, ProcessHandle server, Target target, int connections, double seconds)
      throws Exception {
    if (target == Target.MIX) {
      reset();
    }
    Worker[] workers = new Worker[connections];
    CyclicBarrier start = new CyclicBarrier(connections + 1);
    AtomicInteger nextPair = new AtomicInteger(1);
    long[] window = new long[2];
    Thread[] threads = new Thread[connections];
    for (int i = 0; i < connections; i++) {
      workers[i] = new Worker(client, target, nextPair, start, window);
      threads[i] = new Thread(workers[i], "bench-client-" + i);
      threads[i].start();
    }
    window[0] = System.nanoTime() + (long) (SLICE_WARMUP_S * 1e9);
    window[1] = window[0] + (long) (seconds * 1e9);
    start.await();
    sleepUntil(window[0]);
    long serverCpu0 = cpuNanos(server);
    long clientCpu0 = CpuProfiler.processCpuNanos();
    sleepUntil(window[1]);
    long serverCpu1 = cpuNanos(server);
    long clientCpu1 = CpuProfiler.processCpuNanos();
    for (Thread th : threads) {
      th.join();
    }
    long count = 0;
    long errors = 0;
    boolean exhausted = false;
    int n = 0;
    for (Worker w : workers) {
      count += w.count;
      errors += w.errors;
      exhausted |= w.exhausted;
      n += w.samples;
    }
    long[] all = new long[n];
    int at = 0;
    for (Worker w : workers) {
      System.arraycopy(w.latencies, 0, all, at, w.samples);
      at += w.samples;
    }
    return new Trial(
        count, seconds, (serverCpu1 - serverCpu0) / 1e6, (clientCpu1 - clientCpu0) / 1e6, all, errors, exhausted);
  }

  static final double SLICE_WARMUP_S = 0.15;

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left;
    while ((left = nanoTime - System.nanoTime()) > 0) {
      Thread.sleep(Math.max(1, left / 1_000_000), 0);
    }
  }

  private static long cpuNanos(ProcessHandle p) {
    return p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }

  /** Back to the world the mock started with, so that the mix finds Idle pairs again. */
  private void reset() throws IOException {
    try (CloseableHttpClient client = HttpClients.createDefault()) {
      int status =
          client.execute(off, new HttpPost("/__admin/aliyun/reset"), r -> {
            EntityUtils.consume(r.getEntity());
            return r.getCode();
          });
      if (status / 100 != 2) {
        throw new IOException("reset answered " + status);
      }
    }
  }

  /** One connection's loop. */
  private final class Worker implements Runnable {
    private final CloseableHttpClient client;
    private final Target target;
    private final AtomicInteger nextPair;
    private final CyclicBarrier start;
    private final long[] window;
    long[] latencies = new long[1 << 16];
    int samples;
    long count;
    long errors;
    boolean exhausted;
    private final String describe;

    Worker(CloseableHttpClient client, Target target, AtomicInteger nextPair, CyclicBarrier start, long[] window) {
      this.client = client;
      this.target = target;
      this.nextPair = nextPair;
      this.start = start;
      this.window = window;
      this.describe = Queries.url(Queries.describeById(BenchWorld.initiator(BenchWorld.middlePair(WORLD))));
    }

    @Override
    public void run() {
      try {
        start.await();
        int step = 0;
        String id = null;
        while (true) {
          long now = System.nanoTime();
          if (now >= window[1]) {
            return;
          }
          HttpHost host;
          String path;
          switch (target) {
            case STUB -> {
              host = stub;
              path = describe;
            }
            case DESCRIBE -> {
              host = off;
              path = describe;
            }
            case STRICT -> {
              host = strict;
              path = Queries.signedUrl(Queries.describeById(BenchWorld.initiator(BenchWorld.middlePair(WORLD))));
            }
            default -> {
              host = off;
              if (step % MIX_CYCLE == 0) {
                int p = nextIdlePair();
                if (p < 0) {
                  exhausted = true;
                  return;
                }
                id = BenchWorld.initiator(p);
              }
              path = Queries.url(mixCall(step % MIX_CYCLE, id));
              step++;
            }
          }
          long t0 = System.nanoTime();
          int status = execute(host, path);
          long t1 = System.nanoTime();
          if (status != 200) {
            errors++;
          }
          if (t0 >= window[0] && t1 <= window[1]) {
            count++;
            if (samples == latencies.length) {
              latencies = Arrays.copyOf(latencies, samples * 2);
            }
            latencies[samples++] = t1 - t0;
          }
        }
      } catch (Exception e) {
        errors++;
        BenchMain.progress("http: client error " + e);
      }
    }

    private int nextIdlePair() {
      while (true) {
        int p = nextPair.getAndIncrement();
        if (p >= WORLD / 2) {
          return -1;
        }
        if (!BenchWorld.isActive(p)) {
          return p;
        }
      }
    }

    private int execute(HttpHost host, String path) throws IOException {
      return client.execute(host, new HttpGet(path), r -> {
        byte[] body = EntityUtils.toByteArray(r.getEntity());
        return body.length == 0 ? -1 : r.getCode();
      });
    }
  }

  /** Step {@code i} of a mix cycle on one initiator. */
  static Map<String, String> mixCall(int i, String id) {
    return switch (i) {
      case 0 -> Queries.onInterface("ConnectRouterInterface", id);
      case 3 -> Queries.onInterface("DeactivateRouterInterface", id);
      default -> Queries.describeById(id);
    };
  }

  /** How long each phase runs. */
  record Settings(int httpRounds, double httpWarmup, double httpTrial) {}

  static Settings settings(boolean quick) {
    return quick ? new Settings(2, 0.5, 0.5) : new Settings(10, 2, 1);
  }
}

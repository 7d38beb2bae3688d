package dev.aliyunmock.bench;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.server.AliyunMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Part 2, in-process: in a fresh JVM, the first start of a server (class loading included), the
 * time to its first answer, then {@code later} more starts, each after the previous server
 * stopped, each also as the CPU time the JVM spent on it (all threads: class loading, JIT, Jetty's
 * threads). Prints {@code RESULT first=MS firstCpu=MS answer=MS later=MS,… laterCpu=MS,…}.
 */
final class StartupChild {
  private StartupChild() {}

  /** What is started: plain WireMock, the mock on its default world, the mock on a large fixture. */
  enum Kind {
    WIREMOCK,
    MOCK_DEFAULT,
    MOCK_10K
  }

  /**
   * Later starts side by side: in one JVM, after a first start of each, plain WireMock and the
   * mock (default world) start and stop in turn, {@code pairs} times. Prints {@code RESULT
   * wiremock=MS,… mock=MS,…}.
   */
  static void runPaired(int pairs) throws Exception {
    start(Kind.WIREMOCK, null).stop();
    start(Kind.MOCK_DEFAULT, null).stop();
    List<Double> wm = new ArrayList<>();
    List<Double> mock = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      for (Kind k : i % 2 == 0 ? new Kind[] {Kind.WIREMOCK, Kind.MOCK_DEFAULT} : new Kind[] {Kind.MOCK_DEFAULT, Kind.WIREMOCK}) {
        long a = System.nanoTime();
        Server s = start(k, null);
        long b = System.nanoTime();
        s.stop();
        (k == Kind.WIREMOCK ? wm : mock).add((b - a) / 1e6);
      }
    }
    System.out.println(
        "RESULT wiremock=" + wm.stream().map(String::valueOf).collect(Collectors.joining(","))
            + " mock=" + mock.stream().map(String::valueOf).collect(Collectors.joining(",")));
  }

  private interface Server {
    int port();

    void stop();
  }

  static void run(Kind kind, int later) throws Exception {
    String fixture = kind == Kind.MOCK_10K ? BenchWorld.json(10_000) : null;
    String path =
        Queries.url(
            Queries.describeById(
                kind == Kind.MOCK_10K ? BenchWorld.initiator(BenchWorld.middlePair(10_000)) : "ri-hangzhou0initiator001"));

    long c0 = CpuProfiler.processCpuNanos();
    long t0 = System.nanoTime();
    Server s = start(kind, fixture);
    long t1 = System.nanoTime();
    long c1 = CpuProfiler.processCpuNanos();
    int status = get(s.port(), path);
    long t2 = System.nanoTime();
    s.stop();
    if (kind != Kind.WIREMOCK && status != 200) {
      throw new IllegalStateException("first answer was " + status);
    }
    List<Double> laterMs = new ArrayList<>();
    List<Double> laterCpu = new ArrayList<>();
    for (int i = 0; i < later; i++) {
      long ca = CpuProfiler.processCpuNanos();
      long a = System.nanoTime();
      Server again = start(kind, fixture);
      long b = System.nanoTime();
      long cb = CpuProfiler.processCpuNanos();
      laterMs.add((b - a) / 1e6);
      laterCpu.add((cb - ca) / 1e6);
      again.stop();
    }
    System.out.println(
        "RESULT first=" + (t1 - t0) / 1e6 + " firstCpu=" + (c1 - c0) / 1e6 + " answer=" + (t2 - t0) / 1e6
            + " later=" + laterMs.stream().map(String::valueOf).collect(Collectors.joining(","))
            + " laterCpu=" + laterCpu.stream().map(String::valueOf).collect(Collectors.joining(",")));
  }

  private static Server start(Kind kind, String fixture) throws FixtureException {
    if (kind == Kind.WIREMOCK) {
      WireMockServer w = new WireMockServer(wireMockConfig().port(0).bindAddress("127.0.0.1"));
      w.start();
      return new Server() {
        @Override
        public int port() {
          return w.port();
        }

        @Override
        public void stop() {
          w.stop();
        }
      };
    }
    AliyunMockServer m =
        AliyunMockServer.builder()
            .port(0)
            .mock(b -> {
              b.auth(AuthMode.OFF);
              if (fixture != null) {
                b.fixtures(fixture);
              }
            })
            .build()
            .start();
    return new Server() {
      @Override
      public int port() {
        return m.port();
      }

      @Override
      public void stop() {
        m.stop();
      }
    };
  }

  /** One GET with the JDK's own client; any HTTP status is an answer. */
  static int get(int port, String path) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
    c.setConnectTimeout(1000);
    c.setReadTimeout(10_000);
    try {
      int status = c.getResponseCode();
      try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
        if (in != null) {
          in.readAllBytes();
        }
      }
      return status;
    } finally {
      c.disconnect();
    }
  }
}

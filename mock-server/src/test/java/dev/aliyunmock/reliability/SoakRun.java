package dev.aliyunmock.reliability;

import static dev.aliyunmock.reliability.Engine.params;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.MockServers;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The soak: a server under moderate load for a long time (signed traffic on four threads, resets
 * and fixture loads through the admin API, waves of slow and stalled connections), its heap after
 * a collection, resident memory and open file descriptors sampled every 30 s. The warm-up is the
 * first half of the run: the request journal fills to its bound within a minute, the nonce cache
 * (each signed call's nonce is remembered for 15 minutes, up to its byte bound) within several.
 * After it, each must stay flat: the last third's mean within a tenth plus 8 MB (heap), a tenth
 * plus 16 MB (RSS) or 32 descriptors of the first third's. Not part of {@code mvn verify} (its name
 * is outside Surefire's test patterns); run on purpose ({@code reliability.soak}, default PT20M):
 *
 * <pre>
 * mvn -B -pl mock-server -am test -Dtest=SoakRun -Dsurefire.failIfNoSpecifiedTests=false -Dreliability.soak=PT20M -DargLine=-Xmx256m
 * </pre>
 *
 * The server runs in this JVM, so the figures include the clients (small and steady).
 */
class SoakRun {
  private static final String EXTRA_PAIR =
      "{\"RouterInterfaces\": [{\"RouterInterfaceId\": \"ri-soak-%d\", \"RouterId\": \"vrt-hangzhou000000000001\","
          + " \"Role\": \"AcceptingSide\"}]}";

  record Sample(long seconds, long heapMb, long rssMb, long fds, long calls, long journalKb) {
    @Override
    public String toString() {
      return String.format("t=%4ds heap=%4d MB rss=%4d MB fds=%4d calls=%7d journal=%6d KB", seconds, heapMb, rssMb, fds, calls,
          journalKb);
    }
  }

  @Test
  void heapResidentMemoryAndDescriptorsStayFlatUnderALongMixedLoad() throws Exception {
    Duration length = Duration.parse(System.getProperty("reliability.soak", "PT20M"));
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong calls = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    List<String> firstFailures = new ArrayList<>();
    List<Sample> samples = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try (AliyunMockServer server = MockServers.start()) {
      Http http = new Http(server);
      for (int t = 0; t < 4; t++) {
        int seed = t;
        threads.submit(() -> {
          Random rnd = new Random(seed);
          while (running.get()) {
            Http.Answer a;
            try {
              a = switch (rnd.nextInt(4)) {
              case 0 -> http.rpc(params("Action", "ConnectRouterInterface", "RegionId", "cn-hangzhou",
                  "RouterInterfaceId", "ri-hangzhou0initiator001"));
              case 1 -> http.rpc(params("Action", "DeactivateRouterInterface", "RegionId", "cn-hangzhou",
                  "RouterInterfaceId", "ri-hangzhou0initiator001"));
              case 2 -> http.rpc(params("Action", "ModifyRouterInterfaceAttribute", "RegionId", "cn-hangzhou",
                  "RouterInterfaceId", "ri-hangzhou0initiator001", "Description", "Soak " + rnd.nextInt(1000)));
              default -> http.rpc(params("Action", "DescribeRouterInterfaces", "RegionId", "cn-hangzhou"));
              };
            } catch (RuntimeException e) {
              a = new Http.Answer(599, "", e.getCause() != null ? String.valueOf(e.getCause()) : String.valueOf(e));
            }
            calls.incrementAndGet();
            if (a.status() >= 500) {
              failures.incrementAndGet();
              synchronized (firstFailures) {
                if (firstFailures.size() < 5) {
                  firstFailures.add(a.status() + " " + a.body());
                }
              }
            }
            sleep(5);
          }
          return null;
        });
      }
      threads.submit(() -> {
        int n = 0;
        while (running.get()) {
          try {
          Map<String, String> json = Map.of("Content-Type", "application/json");
          http.send("POST", "/__admin/aliyun/fixtures", json, String.format(EXTRA_PAIR, n++).getBytes(StandardCharsets.UTF_8));
          http.send("GET", "/__admin/aliyun/state", Map.of(), new byte[0]);
          if (n % 5 == 0) {
            http.send("POST", "/__admin/aliyun/reset", json, new byte[0]);
          }
          } catch (RuntimeException e) {
            failures.incrementAndGet();
            synchronized (firstFailures) {
              if (firstFailures.size() < 5) {
                firstFailures.add("admin: " + e);
              }
            }
          }
          sleep(500);
        }
        return null;
      });
      threads.submit(() -> {
        Random rnd = new Random(42);
        while (running.get() && !Boolean.getBoolean("reliability.soakWithoutStalls")) {
          SlowConnections slow = SlowConnections.random(server.port(), 40, rnd);
          try {
            sleep(12_000);
          } finally {
            slow.close();
          }
          sleep(3_000);
        }
        return null;
      });
      long start = System.nanoTime();
      long end = start + length.toNanos();
      while (System.nanoTime() < end) {
        sleep(30_000);
        samples.add(sample((System.nanoTime() - start) / 1_000_000_000L, calls.get(), server.journalBytes()));
        System.out.println("soak " + samples.get(samples.size() - 1));
      }
      running.set(false);
      threads.shutdown();
      assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).as("the load threads stop").isTrue();
    } finally {
      running.set(false);
      threads.shutdownNow();
    }
    assertThat(failures.get()).as("5xx answers or failed calls, first: %s", firstFailures).isZero();
    for (int i = 1; i < samples.size(); i++) {
      assertThat(samples.get(i).calls()).as("calls kept being answered: %s", samples).isGreaterThan(samples.get(i - 1).calls());
    }
    int from = samples.size() / 2;
    List<Sample> steady = samples.subList(from, samples.size());
    assertThat(steady.size()).as("samples after warm-up (a run of at least 4 minutes)").isGreaterThanOrEqualTo(4);
    assertThat(samples.get(from).journalKb() << 10).as("the journal is at its bound after warm-up").isGreaterThan(24L << 20);
    int third = Math.max(1, steady.size() / 3);
    List<Sample> first = steady.subList(0, third);
    List<Sample> last = steady.subList(steady.size() - third, steady.size());
    assertThat(mean(last, Sample::heapMb)).as("heap: %s", samples).isLessThanOrEqualTo(mean(first, Sample::heapMb) * 1.10 + 8);
    assertThat(mean(last, Sample::rssMb)).as("RSS: %s", samples).isLessThanOrEqualTo(mean(first, Sample::rssMb) * 1.10 + 16);
    assertThat(mean(last, Sample::fds)).as("descriptors: %s", samples).isLessThanOrEqualTo(mean(first, Sample::fds) + 32);
  }

  private static double mean(List<Sample> s, java.util.function.ToLongFunction<Sample> f) {
    return s.stream().mapToLong(f).average().orElse(0);
  }

  private static Sample sample(long seconds, long calls, long journalBytes) throws IOException {
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    long rss = 0;
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = Long.parseLong(line.replaceAll("\\D", "")) >> 10;
      }
    }
    long fds;
    try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
      fds = s.count();
    }
    return new Sample(seconds, heap, rss, fds, calls, journalBytes >> 10);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

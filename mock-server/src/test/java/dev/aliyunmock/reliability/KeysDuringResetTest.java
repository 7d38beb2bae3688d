package dev.aliyunmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.SignedCall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, finding 3: while resets and fixture loads ran, a few validly signed calls were answered
 * {@code InvalidAccessKeyId.NotFound}, because the world was swapped in pieces. Signed traffic of
 * both accounts of the world runs here while another thread resets the world and loads fixtures
 * without pause: every call must be answered as if nothing else happened (200, or the one refusal
 * a load can cause: none here, the calls only read).
 */
class KeysDuringResetTest {
  private static final String EXTRA =
      "{\"Accounts\":[{\"OwnerId\":\"1900000000000001\",\"AccessKeyId\":\"extraKeyId\",\"AccessKeySecret\":\"extraKeySecret\"}]}";

  private AliyunMockServer server;

  @BeforeEach
  void start() {
    server = MockServers.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void signedCallsNeverMissTheirKeyWhileTheWorldIsResetAndLoaded() throws Exception {
    int calls = Math.max(400, Budget.RACES.amount() * 100);
    int clients = 4;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    AtomicBoolean trafficDone = new AtomicBoolean();
    AtomicInteger swaps = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
    try {
      Future<?> swapper =
          pool.submit(
              () -> {
                while (!trafficDone.get()) {
                  server.mock().reset();
                  server.mock().loadFixtures(EXTRA);
                  swaps.incrementAndGet();
                }
                return null;
              });
      List<Future<?>> traffic = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        boolean peer = c % 2 == 1;
        traffic.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < calls / clients; i++) {
                    SignedCall call = SignedCall.vpc("DescribeRouterInterfaces").with("Format", "JSON").method("GET");
                    if (peer) {
                      call.with("AccessKeyId", "peerAccessKeyId").secret("peerAccessKeySecret").with("RegionId", "cn-shanghai");
                    }
                    HttpRequest request =
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/?" + SignedCall.wire(call.signed())))
                            .timeout(Duration.ofSeconds(20))
                            .GET()
                            .build();
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    String code = r.statusCode() == 200 ? "200" : r.statusCode() + " " + r.body();
                    answers.computeIfAbsent(code, k -> new AtomicInteger()).incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> f : traffic) {
        f.get(5, TimeUnit.MINUTES);
      }
      trafficDone.set(true);
      swapper.get(1, TimeUnit.MINUTES);
    } finally {
      trafficDone.set(true);
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    System.out.printf("%d signed calls during %d resets and loads: %s%n", calls, swaps.get(), new TreeMap<>(answers));
    assertThat(swaps.get()).as("the world was swapped while the calls ran").isGreaterThan(10);
    assertThat(answers.keySet()).as("every answer").containsOnly("200");
  }
}

package dev.aliyunmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.server.AliyunMockServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.junit.jupiter.api.Test;

/**
 * Malformed requests by the thousand ({@link Budget#FUZZ} in all, {@code -Dreliability.fuzz=N};
 * seed {@code -Dreliability.seed=S} to replay a run): about a third over real HTTP through
 * WireMock and Jetty (java.net.http, and raw sockets for what no client library would send),
 * the rest straight into {@link AliyunMock#handle} of a strict and an unauthenticated mock. Over
 * HTTP, slow and stalled connections ({@link SlowConnections}: bodies that never arrive, half
 * heads) are held open throughout, a new wave every hundred cases. Every answer: below 500, a
 * JSON or XML envelope with a RequestId, and a Code when refused, no stack trace, no hang; a
 * refused request changes nothing.
 */
class RequestFuzzTest {
  private static final int MAX_REPORTED = 15;

  private final long seed = Long.getLong("reliability.seed", System.nanoTime());
  private final Map<String, Integer> codes = new ConcurrentHashMap<>();
  private final List<String> failures = new ArrayList<>();
  private final List<Throwable> bugs = new ArrayList<>();

  private void fail(FuzzCase c, String problem) {
    if (failures.size() < MAX_REPORTED) {
      failures.add(problem + "\n      request: " + c);
    }
  }

  private void assertNoFailures(String where, int count) {
    StringBuilder b = new StringBuilder();
    for (Throwable t : bugs) {
      StringWriter w = new StringWriter();
      t.printStackTrace(new PrintWriter(w));
      b.append("\nbug reported by the mock: ").append(w);
    }
    assertThat(failures)
        .as("%s: %d malformed requests, seed %d (-Dreliability.seed=%d to replay)%s", where, count, seed, seed, b)
        .isEmpty();
    assertThat(bugs).isEmpty();
    System.out.println(where + ": " + count + " malformed requests (seed " + seed + "), answers by code: " + new TreeMap<>(codes));
  }

  private AliyunMock mock(AuthMode auth) {
    try {
      // The default world, with VPCs around its vRouters for the VPC-side actions to act on.
      return AliyunMock.builder().fixtures(AliyunMock.defaultWorldJson()).fixtures(DefaultWorldVpcs.JSON).auth(auth).onBug(t -> {
        synchronized (bugs) {
          bugs.add(t);
        }
      }).build();
    } catch (FixtureException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Checks one answer; {@code before} is the state before the request, returns the state after. */
  private String check(FuzzCase c, AliyunMock mock, String before, int status, String contentType, String body, String method) {
    List<String> problems = new ArrayList<>(Envelope.problems(status, contentType, body, method));
    codes.merge(status + " " + (status == 200 ? "OK" : Envelope.code(contentType, body)), 1, Integer::sum);
    if (!problems.isEmpty()) {
      fail(c, problems + " in " + status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
    }
    String after = mock.stateJson();
    if (status != 200 && !after.equals(before)) {
      fail(c, "refused with " + status + " but changed the state");
    }
    return after;
  }

  /** Two thirds of the budget go straight into the engine, the rest over HTTP. */
  private static int engineShare() {
    return Budget.FUZZ.amount() * 2 / 3;
  }

  @Test
  void malformedRequestsStraightIntoTheEngineAreAnsweredWithEnvelopesAndChangeNothing() {
    int total = engineShare();
    int done = 0;
    for (AuthMode auth : AuthMode.values()) {
      AliyunMock mock = mock(auth);
      RequestFuzzer fuzzer = new RequestFuzzer(seed + auth.ordinal(), 8080);
      String state = mock.stateJson();
      int target = auth == AuthMode.STRICT ? total / 2 : total - total / 2;
      for (int sent = 0; sent < target; ) {
        FuzzCase c = fuzzer.next();
        if (c.raw() != null) {
          continue; // HTTP framing: only over a socket
        }
        sent++;
        ApiResponse r = mock.handle(c.toRpcRequest());
        state = check(c, mock, state, r.status(), r.contentType(), r.body(), c.method().toUpperCase(java.util.Locale.ROOT));
        done++;
      }
    }
    assertNoFailures("engine", done);
  }

  @Test
  void malformedRequestsOverHttpAreAnsweredWithEnvelopesAndChangeNothing() {
    int total = Budget.FUZZ.amount() - engineShare();
    int viaSocket = 0;
    java.util.Random stalls = new java.util.Random(seed);
    List<SlowConnections> waves = new ArrayList<>();
    try (AliyunMockServer server = AliyunMockServer.builder().mock(mock(AuthMode.STRICT)).build().start()) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
      RequestFuzzer fuzzer = new RequestFuzzer(seed, server.port());
      AliyunMock mock = server.mock();
      String state = mock.stateJson();
      for (int i = 0; i < total; i++) {
        if (i % 100 == 0) {
          // More stalled clients than the server has threads (before bodies were read without
          // holding one, 18 stopped it).
          waves.add(SlowConnections.random(server.port(), 24, stalls));
          if (waves.size() > 3) {
            waves.remove(0).close();
          }
        }
        FuzzCase c = fuzzer.next();
        Http.Answer a = null;
        if (!c.socketOnly() && i % 3 != 0) {
          a = viaClient(client, server, c);
        }
        if (a == null) {
          viaSocket++;
          try {
            a = Http.raw(server, c.bytes(server.port()));
          } catch (AssertionError | RuntimeException e) {
            fail(c, "no answer: " + e);
            continue;
          }
          if (a.status() < 0) {
            fail(c, "the connection closed without an answer");
            continue;
          }
        }
        state = check(c, mock, state, a.status(), a.contentType(), a.body(), c.method().toUpperCase(java.util.Locale.ROOT));
      }
    } catch (FixtureException e) {
      throw new IllegalStateException(e);
    } finally {
      waves.forEach(SlowConnections::close);
    }
    assertNoFailures("HTTP (" + viaSocket + " over raw sockets, stalled connections held open)", total);
  }

  /** Sends a case with java.net.http; {@code null} if that client refuses to send it. */
  private Http.Answer viaClient(HttpClient client, AliyunMockServer server, FuzzCase c) {
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(URI.create(server.baseUrl() + (c.target().startsWith("/") ? "" : "/") + c.target()))
          .timeout(Duration.ofSeconds(20))
          .method(c.method(), HttpRequest.BodyPublishers.ofByteArray(c.body()));
      for (String[] h : c.headers()) {
        b.header(h[0], h[1]);
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Http.Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      // e.g. the server answered an oversized body and closed before the client finished sending
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

package dev.aliyunmock.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.RpcRequest;
import dev.aliyunmock.server.AliyunMockServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * One server of the HTTP part, alone in its JVM, so that its garbage collections are its own: the
 * GC log of this JVM is the server's. Prints {@code READY port=PORT body=BYTES} and then serves
 * until its standard input closes; on the way it answers one-line commands:
 *
 * <ul>
 *   <li>{@code RESET}: the mock's world back to its fixtures (prints {@code RESET done});
 *   <li>{@code JOURNAL}: the request journal as it is now (at its cap, after the load): entries,
 *       its own estimate, and the heap it really holds, measured as the used heap after full GCs
 *       less the same after the journal is emptied (prints {@code JOURNAL entries=… estimate=…
 *       retained=…}).
 * </ul>
 */
final class ServerChild {
  /** What this child serves. */
  enum Kind {
    /** The generator's ceiling: a trivial HTTP server answering the same bytes. */
    TRIVIAL,
    /** Plain WireMock, one static stub with the mock's answer, its journal off. */
    STUB,
    /** The mock at its defaults (journal on, default bounds), signatures off. */
    MOCK,
    /** The mock at its defaults, signatures checked. */
    STRICT
  }

  private ServerChild() {}

  static void run(Kind kind, int interfaces) throws Exception {
    String world = BenchWorld.json(interfaces);
    // Every server answers exactly what the mock answers to the benchmark's Describe by id.
    String describe = Queries.url(Queries.describeById(BenchWorld.initiator(BenchWorld.middlePair(interfaces))));
    String body = sampleAnswer(world, describe);
    int bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;

    TrivialServer trivial = null;
    WireMockServer stub = null;
    AliyunMockServer mock = null;
    switch (kind) {
      case TRIVIAL -> trivial = TrivialServer.start(body.getBytes(StandardCharsets.UTF_8));
      case STUB -> {
        // The journal off, as a static stub under load would be run; the mock keeps its own on.
        stub = new WireMockServer(wireMockConfig().port(0).bindAddress("127.0.0.1").disableRequestJournal());
        stub.start();
        stub.stubFor(get(urlPathEqualTo("/")).willReturn(okJson(body)));
      }
      case MOCK, STRICT -> mock = startMock(world, kind == Kind.MOCK ? AuthMode.OFF : AuthMode.STRICT);
    }
    // The fixture's text is not the server's: let it go before the load.
    world = null;
    int port = trivial != null ? trivial.port() : stub != null ? stub.port() : mock.port();
    System.out.println("READY port=" + port + " body=" + bodyBytes + " pid=" + ProcessHandle.current().pid());
    System.out.flush();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        switch (line.trim()) {
          case "RESET" -> {
            if (mock != null) {
              mock.mock().reset();
            }
            System.out.println("RESET done");
          }
          case "JOURNAL" -> System.out.println("JOURNAL " + journal(mock));
          default -> System.out.println("UNKNOWN " + line);
        }
        System.out.flush();
      }
    } finally {
      if (trivial != null) {
        trivial.close();
      }
      if (stub != null) {
        stub.stop();
      }
      if (mock != null) {
        mock.stop();
      }
    }
  }

  private static AliyunMockServer startMock(String world, AuthMode auth) throws Exception {
    return AliyunMockServer.builder().port(0).mock(m -> m.fixtures(world).auth(auth)).build().start();
  }

  /** The mock's answer to the benchmark's Describe, from a throw-away mock on the same world. */
  private static String sampleAnswer(String world, String describe) throws Exception {
    AliyunMock sample = AliyunMock.builder().fixtures(world).auth(AuthMode.OFF).build();
    ApiResponse r = sample.handle(RpcRequest.builder("GET", describe).build());
    if (r.status() != 200) {
      throw new IllegalStateException("the benchmark Describe is refused: " + r.body());
    }
    return r.body();
  }

  private static String journal(AliyunMockServer mock) throws InterruptedException {
    if (mock == null) {
      return "entries=0 estimate=0 retained=0";
    }
    int entries = mock.wireMock().getAllServeEvents().size();
    long estimate = mock.journalBytes();
    long full = LoadChild.usedAfterGc();
    mock.wireMock().resetRequests();
    long empty = LoadChild.usedAfterGc();
    return "entries=" + entries + " estimate=" + estimate + " retained=" + (full - empty)
        + " heapWith=" + full + " heapWithout=" + empty
        + " maxHeap=" + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }
}

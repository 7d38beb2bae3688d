package dev.aliyunmock.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.RpcRequest;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.server.AliyunMockServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The servers of the HTTP part, in one child JVM so that the load generator's own allocation and
 * GC do not land on them: a plain WireMock with one static stub, the mock with auth off and the
 * mock with strict auth (each on its own copy of the benchmark world). Prints {@code READY
 * stub=PORT off=PORT strict=PORT body=BYTES} and serves until its standard input closes.
 */
final class ServeChild {
  private ServeChild() {}

  static void run(int interfaces) throws Exception {
    String world = BenchWorld.json(interfaces);
    AliyunMockServer off =
        AliyunMockServer.builder().port(0).mock(m -> m.fixtures(world).auth(AuthMode.OFF)).build().start();
    AliyunMockServer strict =
        AliyunMockServer.builder().port(0).mock(m -> m.fixtures(world).auth(AuthMode.STRICT)).build().start();

    // The stub answers exactly what the mock answers to the Describe-by-id of the benchmark.
    String describe = Queries.url(Queries.describeById(BenchWorld.initiator(BenchWorld.middlePair(interfaces))));
    ApiResponse sample = off.mock().handle(RpcRequest.builder("GET", describe).build());
    if (sample.status() != 200) {
      throw new IllegalStateException("the benchmark Describe is refused: " + sample.body());
    }
    String fixedBody = sample.body();
    WireMockServer stub = new WireMockServer(wireMockConfig().port(0).bindAddress("127.0.0.1"));
    stub.start();
    stub.stubFor(get(urlPathEqualTo("/")).willReturn(okJson(fixedBody)));

    System.out.println(
        "READY stub=" + stub.port() + " off=" + off.port() + " strict=" + strict.port()
            + " body=" + fixedBody.getBytes(StandardCharsets.UTF_8).length);
    System.out.flush();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      while (in.readLine() != null) {
        // Serve until the parent closes our standard input.
      }
    }
    stub.stop();
    off.stop();
    strict.stop();
  }
}

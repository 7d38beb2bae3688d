package dev.aliyunmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.MockServers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests the HTTP layer under the API could not digest, found by {@link RequestFuzzTest}: each
 * was a 500 (or, for CONNECT, a held tunnel) and is now a 4xx envelope with a Code.
 */
class UndigestibleHttpTest {
  private final AliyunMockServer server = MockServers.start();
  private final String before = server.mock().stateJson();

  @AfterEach
  void stop() {
    server.stop();
  }

  private Http.Answer send(String head, String body) {
    String request = head + "Host: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n"
        + (body == null ? "" : "Content-Length: " + body.length() + "\r\n") + "\r\n" + (body == null ? "" : body);
    return Http.raw(server, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  private void assertRefused(Http.Answer a, int status, String code) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/json");
    assertThat(a.body()).contains("\"Code\":\"" + code + "\"").containsPattern("\"RequestId\":\"[0-9A-F-]{36}\"");
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  @Test
  void aConnectRequestIsRefusedAsAnUnsupportedMethodInsteadOfOpeningATunnel() {
    assertRefused(send("CONNECT / HTTP/1.1\r\n", null), 403, "UnsupportedHTTPMethod");
  }

  @Test
  void aChunkedBodyWithAnInvalidChunkSizeIsABadRequest() {
    String head = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Type: application/x-www-form-urlencoded\r\n";
    assertRefused(sendChunked(head, "ZZ\r\nabc\r\n0\r\n\r\n"), 400, "BadRequest");
  }

  private Http.Answer sendChunked(String head, String chunks) {
    String request = head + "Host: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n" + chunks;
    return Http.raw(server, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void aMultipartBodyWithoutBoundaryIsABadRequest() {
    assertRefused(send("POST /?Action=DescribeRouterInterfaces HTTP/1.1\r\nContent-Type: multipart/form-data\r\n", "a=b"),
        400, "BadRequest");
  }

  @Test
  void anUnknownCharsetOnAnyContentTypeIsABadRequest() {
    assertRefused(send("POST / HTTP/1.1\r\nContent-Type: text/plain; charset=bogus-42\r\n", "abc"), 400, "BadRequest");
  }

  @Test
  void anEmptyCharsetIsABadRequest() {
    assertRefused(send("POST / HTTP/1.1\r\nContent-Type: application/json; charset=\r\n", "{}"), 400, "BadRequest");
  }

  @Test
  void aStrayPercentInThePathBeforeAMalformedQueryIsNotFound() {
    // Jetty reads "/%?a=%u0041" as one odd path; WireMock splits a query off it and cannot decode it.
    assertRefused(send("POST /%?Action=DescribeRouterInterfaces&a=%u0041 HTTP/1.1\r\n", ""), 404, "InvalidAction.NotFound");
  }

  @Test
  void aWellFormedMultipartBodyStillReachesTheApi() {
    String body = "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--xyz--\r\n";
    assertRefused(
        send("POST /?Action=DescribeRouterInterfaces HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=xyz\r\n", body),
        400, "MissingAccessKeyId");
  }
}

package dev.aliyunmock.reliability;

import static dev.aliyunmock.reliability.Engine.params;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.protocol.Parameters;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.MockServers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The limits that keep a mock's memory bounded, each answered with a documented error: a body
 * over 1 MiB (413 RequestEntityTooLarge), a gzip body inflating beyond it (400 BadRequest), more
 * than 1000 parameters, a parameter name or value over 16 KiB (400 InvalidParameter), a request
 * line or header block over Jetty's limit (431/414 RequestHeaderFieldsTooLarge). The number of
 * filters is bounded by the number of parameters, whatever their indexes.
 */
class LimitsTest {
  private static final int MIB = 1 << 20;

  private final AliyunMockServer server = MockServers.start();
  private final Http http = new Http(server);
  private final String before = server.mock().stateJson();

  @AfterEach
  void stop() {
    server.stop();
  }

  private void assertRefused(Http.Answer a, int status, String code) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.body()).contains("\"Code\":\"" + code + "\"").containsPattern("\"RequestId\":\"[0-9A-F-]{36}\"");
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  private static String form(int parameters) {
    StringBuilder b = new StringBuilder("Action=DescribeRouterInterfaces");
    for (int i = 1; i < parameters; i++) {
      b.append("&P").append(i).append("=v");
    }
    return b.toString();
  }

  private Http.Answer post(String query, byte[] body, String... headers) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Type", "application/x-www-form-urlencoded");
    for (int i = 0; i < headers.length; i += 2) {
      h.put(headers[i], headers[i + 1]);
    }
    return http.send("POST", "/?" + query, h, body);
  }

  @Test
  void aBodyOverOneMebibyteIsRefusedWith413() {
    assertRefused(post("", new byte[MIB + 1]), 413, "RequestEntityTooLarge");
  }

  @Test
  void aChunkedBodyOverOneMebibyteIsRefusedWith413() {
    StringBuilder request = new StringBuilder("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\n");
    String chunk = "a".repeat(64 * 1024);
    for (int i = 0; i < 17; i++) {
      request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
    }
    request.append("0\r\n\r\n");
    assertRefused(Http.raw(server, request.toString().getBytes(StandardCharsets.ISO_8859_1)), 413, "RequestEntityTooLarge");
  }

  @Test
  void aBodyOfExactlyOneMebibyteIsRead() {
    byte[] body = ("Action=DescribeRouterInterfaces&Pad=" + "a".repeat(100)).getBytes(StandardCharsets.US_ASCII);
    byte[] padded = new byte[MIB];
    System.arraycopy(body, 0, padded, 0, body.length);
    java.util.Arrays.fill(padded, body.length, MIB, (byte) '&');
    // Read whole and answered by the API (which wants a signature), not refused for its size.
    assertRefused(post("", padded), 400, "MissingAccessKeyId");
  }

  @Test
  void aGzipBodyInflatingBeyondOneMebibyteIsABadRequest() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(new byte[8 * MIB]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertRefused(post("", out.toByteArray(), "Content-Encoding", "gzip"), 400, "BadRequest");
  }

  @Test
  void moreThanAThousandParametersAreRefusedWithInvalidParameter() {
    Http.Answer a = post("", form(Parameters.MAX_PARAMETERS + 1).getBytes(StandardCharsets.US_ASCII));

    assertRefused(a, 400, "InvalidParameter");
    assertThat(a.body()).contains("The request has more than 1000 parameters.");
  }

  @Test
  void parametersInTheQueryAndTheFormCountTogether() {
    Http.Answer a = post("Q1=a&Q2=b", form(Parameters.MAX_PARAMETERS - 1).getBytes(StandardCharsets.US_ASCII));

    assertRefused(a, 400, "InvalidParameter");
  }

  @Test
  void aSignedRequestOfExactlyAThousandParametersIsServed() {
    Map<String, String> p = params("Action", "DescribeRouterInterfaces", "RegionId", "cn-hangzhou");
    for (int i = 0; p.size() < Parameters.MAX_PARAMETERS - 7; i++) {
      p.put("Extra" + i, "v");
    }
    String body = Signer.query(Signer.rpcV1("POST", p, Engine.KEY, Engine.SECRET));
    assertThat(body.split("&")).hasSize(Parameters.MAX_PARAMETERS);

    assertThat(post("", body.getBytes(StandardCharsets.US_ASCII)).status()).isEqualTo(200);
  }

  @Test
  void aParameterValueOverTheLimitIsRefusedNamingTheParameter() {
    String body = "Action=DescribeRouterInterfaces&Description=" + "d".repeat(Parameters.MAX_PARAMETER_CHARS + 1);

    Http.Answer a = post("", body.getBytes(StandardCharsets.US_ASCII));

    assertRefused(a, 400, "InvalidParameter");
    assertThat(a.body()).contains("The parameter \\\"Description\\\" is longer than 16384 characters.");
  }

  @Test
  void aParameterNameOverTheLimitIsRefused() {
    String body = "Action=DescribeRouterInterfaces&" + "N".repeat(Parameters.MAX_PARAMETER_CHARS + 1) + "=v";

    assertRefused(post("", body.getBytes(StandardCharsets.US_ASCII)), 400, "InvalidParameter");
  }

  @Test
  void aSignedParameterValueAtTheLimitIsServed() {
    Map<String, String> p = params("Action", "DescribeRouterInterfaces", "RegionId", "cn-hangzhou",
        "SecurityToken", "t".repeat(Parameters.MAX_PARAMETER_CHARS));
    String body = Signer.query(Signer.rpcV1("POST", p, Engine.KEY, Engine.SECRET));

    assertThat(post("", body.getBytes(StandardCharsets.US_ASCII)).status()).isEqualTo(200);
  }

  @Test
  void aRequestLineOverTheHeaderLimitIsRefusedWithAnEnvelope() {
    String line = "GET /?Action=DescribeRouterInterfaces&Pad=" + "p".repeat(70_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Connection: close\r\n\r\n";
    Http.Answer a = Http.raw(server, line.getBytes(StandardCharsets.US_ASCII));

    assertThat(a.status()).isEqualTo(414);
    assertThat(a.body()).contains("\"Code\":\"RequestURITooLong\"");
  }

  @Test
  void aThousandFiltersWithTheLargestIndexesAreAnsweredAsUsual() {
    Map<String, String> p = params("Action", "DescribeRouterInterfaces", "RegionId", "cn-hangzhou");
    for (int n = 999_999_999; p.size() < Parameters.MAX_PARAMETERS - 8; n--) {
      p.put("Filter." + n + ".Key", "Status");
      p.put("Filter." + n + ".Value." + n, "Idle");
    }
    String body = Signer.query(Signer.rpcV1("POST", p, Engine.KEY, Engine.SECRET));

    Http.Answer a = post("", body.getBytes(StandardCharsets.US_ASCII));

    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.body()).contains("\"TotalCount\":2");
  }
}

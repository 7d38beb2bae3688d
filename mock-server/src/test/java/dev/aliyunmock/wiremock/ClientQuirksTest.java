package dev.aliyunmock.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.server.AliyunMockServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client's HTTP quirks are never refused: ten requests on one keep-alive connection, each with
 * an odd but legal head or body (blank and padded User-Agents, repeated and folded headers,
 * {@code Expect: 100-continue}, chunked and gzipped bodies, HTTP/1.0 keep-alive), each answered
 * as the API answers it, the connection kept open; and every request that reaches the server,
 * refused ones included, appears in the call log with the dialect of its {@code Version}.
 */
class ClientQuirksTest {
  private static final String QUERY = "/?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou";
  private static final String FORM = "Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou";

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final AliyunMockServer server;

  ClientQuirksTest() throws FixtureException {
    server = AliyunMockServer.builder().mock(m -> m.auth(AuthMode.OFF).callLog(log::add, false)).build().start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] gzip(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(bytes(s));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static String get(String headers) {
    return "GET " + QUERY + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
  }

  private static String post(String headers, String body) {
    return "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n" + headers
        + "Content-Length: " + body.length() + "\r\n\r\n" + body;
  }

  private static void assertServed(KeepAliveSocket.Answer a, String what) {
    assertThat(a.status()).as("%s: %s", what, a).isEqualTo(200);
    assertThat(a.body()).as(what).contains("\"RouterInterfaceSet\"");
    assertThat(a.header("connection")).as(what).isNotEqualToIgnoringCase("close");
  }

  @Test
  void tenQuirkyRequestsOnOneConnectionAreAllServedAndTheConnectionStaysOpen() {
    try (KeepAliveSocket s = new KeepAliveSocket(server.port())) {
      String[][] requests = {
        {"blank User-Agent", get("User-Agent: \r\n")},
        // The trigger of the reported 400: a blank User-Agent cached by Jetty's header field cache,
        // then one padded with white space on the same connection.
        {"User-Agent of white space", get("User-Agent:  \r\n")},
        {"User-Agent of a tab", get("User-Agent: \t\r\nAccept-Encoding: gzip\r\n")},
        {"repeated headers", get("Accept: */*\r\nAccept: application/json\r\nX-Dup: 1\r\nX-Dup: 2\r\nUser-Agent:\r\n")},
        {"folded header", get("X-Folded: first\r\n  second\r\nUser-Agent: Go-http-client/1.1\r\n")},
        {"odd User-Agent", get("User-Agent: caf\u00e9 (\u00fc; x=\"y\") ;;; \r\nX-Empty:\r\n")},
        {"a form body", post("User-Agent: \r\nAccept-Encoding: gzip\r\n", FORM)},
      };
      for (String[] r : requests) {
        assertServed(s.write(r[1]).read(), r[0]);
      }
      // Expect: 100-continue, the body sent after the interim answer.
      s.write(0, bytes("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nUser-Agent: \r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + FORM.length() + "\r\n\r\n"));
      s.write(50, bytes(FORM));
      assertServed(s.read(), "Expect: 100-continue");
      // A chunked body, its chunks written apart.
      s.write(20, bytes("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nUser-Agent:  \r\n\r\n"),
          bytes(Integer.toHexString(20) + "\r\n" + FORM.substring(0, 20) + "\r\n"),
          bytes(Integer.toHexString(FORM.length() - 20) + "\r\n" + FORM.substring(20) + "\r\n0\r\n\r\n"));
      assertServed(s.read(), "chunked body");
      // A gzipped form body.
      byte[] gz = gzip(FORM);
      s.write(0, bytes("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Encoding: gzip\r\nUser-Agent: \r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + gz.length + "\r\n\r\n"), gz);
      assertServed(s.read(), "gzip body");
    }
    assertThat(log).hasSize(10).allMatch(line -> line.contains("DescribeRouterInterfaces") && line.endsWith("200 OK"));
  }

  @Test
  void anHttp10ClientKeepsItsConnectionWithKeepAlive() {
    try (KeepAliveSocket s = new KeepAliveSocket(server.port())) {
      for (int i = 0; i < 3; i++) {
        KeepAliveSocket.Answer a =
            s.write("GET " + QUERY + " HTTP/1.0\r\nConnection: keep-alive\r\nUser-Agent:  \r\n\r\n").read();
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("connection")).isEqualToIgnoringCase("keep-alive");
      }
    }
  }

  @Test
  void aRequestJettyRefusesWhileParsingIsLoggedWithTheDialectOfItsVersion() {
    String head = "GET /?Action=DescribeRouterInterfaces&Version=2014-05-26 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "X-Big: " + "b".repeat(40_000) + "\r\nConnection: close\r\n\r\n";
    try (KeepAliveSocket s = new KeepAliveSocket(server.port())) {
      KeepAliveSocket.Answer a = s.write(head).read();
      assertThat(a.status()).isEqualTo(431);
      assertThat(a.body()).contains("ecs.aliyuncs.com").contains("RequestHeaderFieldsTooLarge");
    }
    assertThat(log).anyMatch(l -> l.contains("DescribeRouterInterfaces") && l.endsWith("431 RequestHeaderFieldsTooLarge"));
  }

  @Test
  void aBodyRefusedBeforeItIsReadIsLoggedWithTheDialectOfItsVersionHeader() {
    try (KeepAliveSocket s = new KeepAliveSocket(server.port())) {
      KeepAliveSocket.Answer a = s.write("POST /?Action=ConnectRouterInterface HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "x-acs-version: 2014-05-26\r\nContent-Length: 10000000000\r\n\r\nabc").read();
      assertThat(a.status()).isEqualTo(413);
      assertThat(a.body()).contains("<HostId>ecs.aliyuncs.com</HostId>");
    }
    assertThat(log).anyMatch(l -> l.contains("ConnectRouterInterface") && l.endsWith("413 RequestEntityTooLarge"));
  }

  @Test
  void aConnectRequestAndAnUnparsableOneAreLogged() {
    try (KeepAliveSocket s = new KeepAliveSocket(server.port())) {
      assertThat(s.write("CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\n\r\n").read().status()).isEqualTo(403);
    }
    try (KeepAliveSocket s = new KeepAliveSocket(server.port())) {
      assertThat(s.write("GARBAGE\r\n\r\n").read().status()).isEqualTo(400);
    }
    assertThat(log).anyMatch(l -> l.endsWith("403 UnsupportedHTTPMethod")).anyMatch(l -> l.endsWith("400 BadRequest"));
  }

  @Test
  void aRequestHeadCutOffByTheClientIsLogged() throws InterruptedException {
    try (KeepAliveSocket s = new KeepAliveSocket(server.port())) {
      s.write("GET /?Action=ConnectRouterInterface&Version=2016-04-28 HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Ag");
      Thread.sleep(200);
    }
    for (int i = 0; i < 100 && log.stream().noneMatch(l -> l.contains("ConnectRouterInterface")); i++) {
      Thread.sleep(50);
    }
    assertThat(log).anyMatch(l -> l.contains("ConnectRouterInterface") && l.endsWith("400 BadRequest"));
  }
}

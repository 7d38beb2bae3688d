package dev.aliyunmock.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.MockServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The port speaks HTTP/1.1 only: no cleartext HTTP/2 (h2c), where an oversized URL or header block
 * ended the connection instead of the API's 414/431. An upgrade request is served as HTTP/1.1; the
 * HTTP/2 preface is answered {@code 426 Upgrade Required} (Jetty's word for "HTTP/1.1 only here")
 * with the API's envelope.
 */
class HttpOneOnlyTest {
  private final AliyunMockServer server = MockServers.start(m -> m.auth(AuthMode.OFF));

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void anH2cUpgradeIsIgnoredAndTheRequestServedAsHttp11() {
    try (KeepAliveSocket s = new KeepAliveSocket(server.port())) {
      KeepAliveSocket.Answer a = s.write("GET /?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n").read();
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.body()).contains("RouterInterfaceSet");
    }
  }

  @Test
  void theHttp2PrefaceIsRefusedWithAnEnvelope() {
    try (KeepAliveSocket s = new KeepAliveSocket(server.port())) {
      KeepAliveSocket.Answer a = s.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n").read();
      assertThat(a.status()).as(a.toString()).isEqualTo(426);
      assertThat(a.body()).as(a.toString()).contains("\"Code\":\"BadRequest\"");
    }
  }
}

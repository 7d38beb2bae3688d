package dev.aliyunmock.reliability;

import static dev.aliyunmock.reliability.Engine.params;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.MockServers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Slow or stalled clients cannot stop the server: with {@code -Dreliability.slow=N} connections
 * (64 in the normal run; {@code -Dreliability.slowKind=SHORT_BODY} for one {@link
 * SlowConnections.Kind} only) each holding a request whose body never arrives (or half a head), every
 * good request is still answered, each within a deadline that only catches a stall (WireMock's
 * idle timeout is 30 s: a server that waits for it misses the deadline). Before bodies were read
 * without holding a thread, 18 such connections stopped every other request.
 */
class SlowConnectionsTest {
  /** Catches a stall: a good request that waits for the 30 s idle timeout misses it. */
  private static final long DEADLINE_SECONDS = 10;

  private static int slow() {
    return Integer.getInteger("reliability.slow", 64);
  }

  private static SlowConnections.Kind[] kinds() {
    String kind = System.getProperty("reliability.slowKind");
    return kind == null ? SlowConnections.Kind.values() : new SlowConnections.Kind[] {SlowConnections.Kind.valueOf(kind)};
  }

  private static Http.Answer within(Http http, java.util.function.Supplier<Http.Answer> call) {
    try {
      return CompletableFuture.supplyAsync(call).get(DEADLINE_SECONDS, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("a good request got no answer within " + DEADLINE_SECONDS + " s: the server is stalled", e);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void goodRequestsAreAnsweredWhileManyUploadsStall() {
    try (AliyunMockServer server = MockServers.start();
        SlowConnections stalled = SlowConnections.open(server.port(), slow(), kinds())) {
      Http http = new Http(server);
      for (int i = 0; i < 10; i++) {
        Http.Answer a = within(http, () -> http.rpc(params("Action", "DescribeRouterInterfaces", "RegionId", "cn-hangzhou")));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
      }
      Http.Answer state = within(http, () -> http.send("GET", "/__admin/aliyun/state", java.util.Map.of(), new byte[0]));
      assertThat(state.status()).isEqualTo(200);
      assertThat(stalled.size()).isEqualTo(slow());
    }
  }

  /** Sends a head and reads the first answer line, failing if none comes within the deadline. */
  private static String firstLine(int port, String head) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      s.setSoTimeout((int) TimeUnit.SECONDS.toMillis(DEADLINE_SECONDS));
      s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        line.write(b);
      }
      return line.toString(StandardCharsets.ISO_8859_1).trim();
    } catch (java.net.SocketTimeoutException e) {
      throw new AssertionError("no answer within " + DEADLINE_SECONDS + " s to " + head.lines().findFirst().orElse(""), e);
    }
  }

  @Test
  void aHugeAnnouncedBodyIsRefusedAtOnceWithoutReadingIt() throws IOException {
    try (AliyunMockServer server = MockServers.start()) {
      String line = firstLine(server.port(), "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000000000\r\n\r\nabc");
      assertThat(line).startsWith("HTTP/1.1 413");
    }
  }

  @Test
  void aLockedAdminApiRefusesABodyWithoutCredentialsBeforeReadingIt() throws IOException, FixtureException {
    try (AliyunMockServer server = AliyunMockServer.builder().adminCredentials("admin", "pw").build().start()) {
      String before = server.mock().stateJson();
      for (int i = 0; i < 40; i++) {
        String line = firstLine(server.port(), "POST /__admin/aliyun/fixtures HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"Re");
        assertThat(line).startsWith("HTTP/1.1 401");
      }
      assertThat(server.mock().stateJson()).isEqualTo(before);
    }
  }
}

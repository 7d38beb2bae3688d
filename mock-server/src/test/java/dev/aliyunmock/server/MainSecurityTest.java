package dev.aliyunmock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import dev.aliyunmock.support.Sdk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The standalone server's security defaults: loopback only unless told otherwise, an optional
 * password on the admin API ({@code --admin-auth}), and a call log (even {@code --verbose}) that
 * prints no secret and no Authorization header.
 */
class MainSecurityTest {
  private static final Pattern URL = Pattern.compile("serving http://([0-9.]+):(\\d+)");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final CountDownLatch stop = new CountDownLatch(1);
  private final AtomicInteger status = new AtomicInteger(-1);
  private Thread running;

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Starts the CLI on a thread; returns the port it serves. */
  private int start(String... args) throws InterruptedException {
    running = new Thread(() -> status.set(Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), stop, java.util.Map.of())));
    running.start();
    Matcher m = URL.matcher("");
    for (int i = 0; i < 2400 && !(m = URL.matcher(out())).find(); i++) {
      Thread.sleep(25);
    }
    assertThat(m.find(0)).as("start line in %s / %s", out(), err).isTrue();
    return Integer.parseInt(m.group(2));
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    stop.countDown();
    if (running != null) {
      running.join(10_000);
    }
  }

  private static HttpResponse<String> get(String url, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!n.isUp() || n.isLoopback()) {
        continue;
      }
      for (InetAddress a : Collections.list(n.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void theBuilderBindsToLoopbackByDefault() throws Exception {
    try (AliyunMockServer server = AliyunMockServer.builder().build()) {
      assertThat(server.wireMock().getOptions().bindAddress()).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void theStandaloneServerIsUnreachableFromOtherAddressesUnlessToldOtherwise() throws Exception {
    int port = start("--port", "0", "--auth", "off");
    assertThat(URL.matcher(out()).results().findFirst().orElseThrow().group(1)).isEqualTo("127.0.0.1");
    assertThat(get("http://127.0.0.1:" + port + "/__admin/aliyun/state", null).statusCode()).isEqualTo(200);

    Optional<InetAddress> external = nonLoopbackAddress();
    assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(external.get(), port), 2_000);
      throw new AssertionError("connected to " + external.get() + ":" + port);
    } catch (IOException refused) {
      assertThat(refused).isNotNull();
    }
  }

  /** A wildcard bind (as in the image) prints an address one can call, not 0.0.0.0, and says so. */
  @Test
  void onEveryInterfaceTheStartLinePrintsACallableAddress() throws Exception {
    int port = start("--port", "0", "--bind-address", "0.0.0.0", "--auth", "off");
    assertThat(out()).doesNotContain("0.0.0.0").contains("listening on all interfaces");
    assertThat(URL.matcher(out()).results().findFirst().orElseThrow().group(1)).isEqualTo("127.0.0.1");
    assertThat(get("http://127.0.0.1:" + port + "/__admin/health", null).statusCode()).isEqualTo(200);
    assertThat(StartLines.callableHost("::")).isEqualTo("[::1]");
    assertThat(StartLines.callableHost("192.0.2.7")).isEqualTo("192.0.2.7");
  }

  @Test
  void adminAuthProtectsTheAdminApiAndItsPasswordIsNotPrinted() throws Exception {
    int port = start("--port", "0", "--admin-auth", "ops:hunter2-secret");
    String base = "http://127.0.0.1:" + port;

    assertThat(get(base + "/__admin/aliyun/state", null).statusCode()).isEqualTo(401);
    String basic = "Basic " + Base64.getEncoder().encodeToString("ops:hunter2-secret".getBytes(StandardCharsets.UTF_8));
    assertThat(get(base + "/__admin/aliyun/state", basic).statusCode()).isEqualTo(200);
    assertThat(out()).contains("admin=basic-auth").doesNotContain("hunter2");
  }

  @Test
  void anAdminAuthWithoutPasswordIsStatusTwoWithoutEchoingIt() {
    int code = Main.run(new String[] {"--admin-auth", "justsecretword"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), new CountDownLatch(0), java.util.Map.of());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).trim())
        .isEqualTo("aliyun-mock: --admin-auth must be USER:PASSWORD, both non-empty");
  }

  @Test
  void anEmptyAdminAuthIsRefusedInsteadOfLeavingTheAdminApiOpen() {
    for (String[] args : new String[][] {{"--admin-auth", ""}, {"--admin-auth="}}) {
      ByteArrayOutputStream e = new ByteArrayOutputStream();
      int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(e, true, StandardCharsets.UTF_8), new CountDownLatch(0), java.util.Map.of());
      assertThat(code).as(String.join(" ", args)).isEqualTo(2);
      assertThat(e.toString(StandardCharsets.UTF_8).trim()).isEqualTo("aliyun-mock: --admin-auth must be USER:PASSWORD, both non-empty");
    }
    int code = Main.run(new String[0], new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), new CountDownLatch(0), java.util.Map.of("ALIYUN_MOCK_ADMIN_AUTH", ""));
    assertThat(code).isEqualTo(2);
  }

  @Test
  void theServerStopsAndRunReturnsAfterAnAdminShutdown() throws Exception {
    int port = start("--port", "0");
    HttpRequest shutdown = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__admin/shutdown"))
        .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
    assertThat(HttpClient.newHttpClient().send(shutdown, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    // Without stop.countDown(): run returns by itself (main then exits the process).
    running.join(20_000);
    assertThat(running.isAlive()).as("Main.run still waiting after the shutdown").isFalse();
    assertThat(status.get()).isZero();
  }

  @Test
  void theVerboseCallLogPrintsNoSecretAndNoAuthorizationHeader() throws Exception {
    int port = start("--port", "0", "--verbose", "--admin-auth", "ops:adminpw-secret");
    // The peer account's secret is printed nowhere; its calls are logged.
    DefaultProfile profile = DefaultProfile.getProfile("cn-shanghai", Sdk.PEER_KEY, Sdk.PEER_SECRET);
    DescribeRouterInterfacesRequest d = new DescribeRouterInterfacesRequest();
    d.setSysEndpoint("127.0.0.1:" + port);
    d.setSysProtocol(ProtocolType.HTTP);
    assertThat(new DefaultAcsClient(profile).getAcsResponse(d).getRouterInterfaceSet()).hasSize(1);
    String acs3 = "ACS3-HMAC-SHA256 Credential=peerAccessKeyId,SignedHeaders=host,Signature=0123456789abcdef";
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/?RegionId=cn-shanghai"))
        .header("Authorization", acs3).header("x-acs-action", "DescribeRouterInterfaces")
        .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
    assertThat(HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    get("http://127.0.0.1:" + port + "/__admin/aliyun/state",
        "Basic " + Base64.getEncoder().encodeToString("ops:adminpw-secret".getBytes(StandardCharsets.UTF_8)));
    for (int i = 0; i < 100 && !out().contains("IncompleteSignature"); i++) {
      Thread.sleep(20);
    }
    String log = out();
    assertThat(log).contains("DescribeRouterInterfaces  peerAccessKeyId", "IncompleteSignature");
    assertThat(log).doesNotContain(Sdk.PEER_SECRET, "0123456789abcdef", "ACS3-HMAC-SHA256", "adminpw-secret", "b3BzOmFkbWlucHctc2VjcmV0");
  }
}

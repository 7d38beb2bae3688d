package dev.aliyunmock.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return runWithEnv(Map.of(), args);
  }

  private int runWithEnv(Map<String, String> env, String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        new CountDownLatch(0),
        env);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsEveryFlag() {
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("--port", "--bind-address", "--fixtures", "--auth", "--transitions", "--verbose", "--version", "--help");
  }

  @Test
  void versionPrintsTheVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out().trim()).isNotEmpty();
  }

  @Test
  void anUnknownFlagIsOneLineAndStatusTwo() {
    assertThat(run("--colour")).isEqualTo(2);
    assertThat(err().trim()).doesNotContain("\n").startsWith("aliyun-mock: Unknown option: '--colour'");
  }

  @Test
  void aBadAuthModeIsStatusTwo() {
    assertThat(run("--auth", "maybe")).isEqualTo(2);
    assertThat(err().trim()).isEqualTo("aliyun-mock: auth mode must be strict or off, not 'maybe'");
  }

  @Test
  void aBadPortIsStatusTwo() {
    assertThat(run("--port", "70000")).isEqualTo(2);
    assertThat(err().trim()).isEqualTo("aliyun-mock: --port must be 0-65535, not 70000");
    assertThat(run("--port", "eighty")).isEqualTo(2);
  }

  @Test
  void aBadFixtureFileIsOneLineNamingFileAndPathAndStatusTwo(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("world.json");
    Files.writeString(f, "{\"Regions\":[\"cn-hangzhou\"],\"Accounts\":[{\"OwnerId\":\"1\",\"AccessKeyId\":\"k\",\"AccessKeySecret\":\"s\",\"Colour\":1}]}");
    assertThat(run("--fixtures", f.toString())).isEqualTo(2);
    assertThat(err().trim()).isEqualTo("aliyun-mock: " + f + ": Accounts[0].Colour: unknown key (expected one of AccessKeyId, AccessKeySecret, Bid, BillsOutstanding, OwnerId)");
  }

  @Test
  void aMissingFixtureFileIsStatusTwo(@TempDir Path dir) {
    assertThat(run("--fixtures", dir.resolve("nope.json").toString())).isEqualTo(2);
    assertThat(err()).startsWith("aliyun-mock: " + dir.resolve("nope.json") + ": cannot read");
  }

  @Test
  void itServesTheDefaultWorldAndPrintsUrlAndCredentialsThenOneLinePerCall() throws Exception {
    CountDownLatch stop = new CountDownLatch(1);
    AtomicInteger status = new AtomicInteger(-1);
    Thread t =
        new Thread(
            () ->
                status.set(
                    Main.run(
                        new String[] {"--port", "0", "--auth", "off"},
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        stop,
                        Map.of())));
    t.start();
    try {
      Pattern url = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)");
      Matcher m = url.matcher("");
      for (int i = 0; i < 1200 && !(m = url.matcher(out())).find(); i++) {
        Thread.sleep(50);
      }
      assertThat(m.find(0)).as("start line in %s / %s", out(), err()).isTrue();
      assertThat(out()).contains("AccessKeyId=testAccessKeyId", "AccessKeySecret=testAccessKeySecret");
      int port = Integer.parseInt(m.group(1));
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("ri-hangzhou0initiator001");
      for (int i = 0; i < 1500 && !out().contains("DescribeRouterInterfaces"); i++) {
        Thread.sleep(20);
      }
      assertThat(out()).containsPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  DescribeRouterInterfaces  testAccessKeyId  -  200 OK");
    } finally {
      stop.countDown();
      t.join(10_000);
    }
    assertThat(status.get()).isZero();
  }

  @Test
  void environmentVariablesSetTheDefaults() {
    assertThat(runWithEnv(Map.of("ALIYUN_MOCK_AUTH", "sometimes"))).isEqualTo(2);
    assertThat(err()).contains("auth mode must be strict or off, not 'sometimes'");
  }

  @Test
  void theCommandLineWinsOverTheEnvironment() {
    assertThat(runWithEnv(Map.of("ALIYUN_MOCK_OPTS", "--auth sometimes"), "--auth", "bogus")).isEqualTo(2);
    assertThat(err()).contains("not 'bogus'");
  }

  @Test
  void flagsFromAliyunMockOptsAreRead() {
    assertThat(runWithEnv(Map.of("ALIYUN_MOCK_OPTS", "  --transitions   nonsense "))).isEqualTo(2);
    assertThat(err()).contains("not 'nonsense'").doesNotContain("\n\n");
  }

  @Test
  void aDirectoryOfFixturesLoadsItsJsonFilesInNameOrder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.json"), "{\"Regions\":[\"cn-hangzhou\"]}");
    Files.writeString(dir.resolve("b.json"), "{\"Accounts\":[{\"OwnerId\":\"1\",\"AccessKeyId\":\"k\",\"AccessKeySecret\":\"s\"}],"
        + "\"Routers\":[{\"RouterId\":\"vrt-1\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1\"}]}");
    Files.writeString(dir.resolve("notes.txt"), "not a fixture");
    Files.writeString(dir.resolve("c.json"), "{\"Routers\":[{\"RouterId\":\"vrt-2\",\"RegionId\":\"eu-west-9\",\"OwnerId\":\"1\"}]}");
    assertThat(run("--fixtures", dir.toString())).isEqualTo(2);
    assertThat(err().trim()).isEqualTo("aliyun-mock: Routers[1].RegionId: region 'eu-west-9' is not in Regions");
  }
}

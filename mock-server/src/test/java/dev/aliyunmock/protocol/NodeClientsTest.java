package dev.aliyunmock.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.MockServers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official Node SDKs of Alibaba Cloud, installed from npm at the versions of {@code
 * src/test/node/package-lock.json} and driven unchanged against the mock by {@code
 * src/test/node/scenarios.mjs}: connect, poll to Active, a refusal with its code and status, a
 * filtered and paged Describe, a refused signature. Needs {@code node} and {@code npm} on the path
 * and the npm registry reachable (as on CI); the install is done once per build, into {@code
 * target/node-clients}.
 */
class NodeClientsTest {
  private static final Path SOURCE = Path.of("src/test/node");
  private static final Path WORK = Path.of("target/node-clients");
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void install() throws Exception {
    Files.createDirectories(WORK);
    boolean changed = false;
    for (String f : List.of("package.json", "package-lock.json", "scenarios.mjs")) {
      Path target = WORK.resolve(f);
      byte[] source = Files.readAllBytes(SOURCE.resolve(f));
      if (!Files.exists(target) || !java.util.Arrays.equals(source, Files.readAllBytes(target))) {
        Files.copy(SOURCE.resolve(f), target, StandardCopyOption.REPLACE_EXISTING);
        changed = true;
      }
    }
    if (changed || !Files.isDirectory(WORK.resolve("node_modules/@alicloud/vpc20160428"))) {
      Result npm = run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"), Duration.ofMinutes(5));
      assertThat(npm.exit()).as("npm ci in %s:\n%s", WORK, npm.output()).isZero();
    }
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command, Duration limit) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true).start();
    try {
      if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(command + " did not end within " + limit);
      }
      return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    } finally {
      p.destroyForcibly();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"pop-core", "vpc20160428"})
  void theSdkDrivesTheMockUnchanged(String sdk) throws Exception {
    Map<String, JsonNode> scenarios = new HashMap<>();
    try (AliyunMockServer server = MockServers.start()) {
      Result r = run(List.of("node", "scenarios.mjs", sdk, server.endpoint()), Duration.ofMinutes(2));
      assertThat(r.exit()).as(r.output()).isZero();
      List<String> lines = new ArrayList<>(r.output().lines().filter(l -> l.startsWith("{")).toList());
      for (String line : lines) {
        JsonNode n = JSON.readTree(line);
        scenarios.put(n.path("scenario").asText(), n);
      }
      assertThat(scenarios).as(r.output()).containsKeys("connect", "poll", "connectAgain", "page", "badSecret");
    }
    assertThat(scenarios.get("connect").path("ok").asBoolean()).as(scenarios.get("connect").toString()).isTrue();
    assertThat(scenarios.get("connect").path("requestId").asText()).matches("[0-9A-F-]{36}");
    assertThat(scenarios.get("poll").path("seen").toString()).isEqualTo("[\"Connecting\",\"Active\"]");
    assertThat(scenarios.get("connectAgain").path("error").asText()).isEqualTo("IncorrectRIStatus");
    assertThat(scenarios.get("connectAgain").path("status").asInt()).isEqualTo(400);
    assertThat(scenarios.get("connectAgain").path("requestId").asText()).matches("[0-9A-F-]{36}");
    assertThat(scenarios.get("page").path("total").asInt()).isEqualTo(2);
    assertThat(scenarios.get("page").path("ids").toString()).isEqualTo("[\"ri-hangzhou0crossacct001\"]");
    assertThat(scenarios.get("badSecret").path("error").asText()).isEqualTo("SignatureDoesNotMatch");
    assertThat(scenarios.get("badSecret").path("status").asInt()).isEqualTo(400);
  }
}

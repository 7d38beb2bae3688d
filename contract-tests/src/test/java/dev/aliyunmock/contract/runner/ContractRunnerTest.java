package dev.aliyunmock.contract.runner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.aliyunmock.contract.table.ContractTable;
import dev.aliyunmock.server.AliyunMockServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's logic ({@link ContractRunner#run}, what {@code main} exits with) against servers on
 * 127.0.0.1: the mock, which passes; the mock with a stub that answers every API call wrongly, and
 * a plain WireMock, which fail; and bad usage, which runs nothing.
 */
class ContractRunnerTest {
  private static final String WRONG =
      "{\"RequestId\":\"0ED8D006-F706-4D23-88ED-E11ED28DCAC0\",\"HostId\":\"vpc.aliyuncs.com\",\"Code\":\"IncorrectRIStatus\","
          + "\"Message\":\"RouterInterface can be operated by this action only when it's status is Idle.\","
          + "\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=IncorrectRIStatus\"}";

  @TempDir Path dir;

  private AliyunMockServer mock;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void startTheMock() throws Exception {
    mock = AliyunMockServer.builder().build().start();
  }

  @AfterEach
  void stopTheMock() {
    mock.stop();
  }

  @Test
  void passesAgainstTheMockAndSaysWhereTheReportWent() throws Exception {
    Path report = dir.resolve("reports/contract.md");

    int status = run("--endpoint", mock.baseUrl(), "--report", report.toString());

    assertThat(status).as("exit status; stderr: %s", text(err)).isEqualTo(ContractRunner.PASSED);
    assertThat(report).isRegularFile();
    String md = Files.readString(report);
    assertThat(md).startsWith("# Contract report\n")
        .contains("- Target: a running server at " + mock.baseUrl())
        .contains("| Action | Dialect | Code | Expected status | Observed status | Result | Client | Scenario |");
    int rows = ContractTable.load().rows().size();
    assertThat(md).contains("- Rows: " + rows + " (").contains(" 0 failed, 0 skipped");
    List<String> passes = md.lines().filter(l -> l.startsWith("| ") && l.contains(" | PASS | ")).toList();
    assertThat(passes).as("executions that passed").hasSizeGreaterThan(rows);
    assertThat(md).doesNotContain("| FAIL |", "## Failures");
    assertThat(text(out))
        .contains("Report: " + report.toAbsolutePath())
        .contains("Rows: " + rows + " (")
        .contains("PASSED");
  }

  @Test
  void failsWhenTheServerAnswersOneActionWrongly() throws Exception {
    // The mock's admin API still seeds, and every action but one still answers as documented.
    mock.wireMock().stubFor(any(urlPathEqualTo("/")).withQueryParam("Action", equalTo("ConnectRouterInterface"))
        // Only the two real versions: a request with an invalid Version stays the mock's (the row InvalidVersion).
        .withQueryParam("Version", matching("2014-05-26|2016-04-28")).atPriority(1)
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json;charset=utf-8").withBody(WRONG)));
    Path report = dir.resolve("contract-report.md");

    int status = run("--endpoint", mock.baseUrl(), "--report", dir.toString());

    assertThat(status).isEqualTo(ContractRunner.FAILED);
    assertThat(report).as("a directory gets contract-report.md").isRegularFile();
    List<String> lines = Files.readAllLines(report);
    assertThat(lines).filteredOn(l -> l.startsWith("| ConnectRouterInterface | ") && l.contains(" | FAIL | ")).isNotEmpty();
    assertThat(lines).filteredOn(l -> l.startsWith("| ConnectRouterInterface | ") && l.contains(" | PASS | "))
        .as("Connect's executions that the stub did not catch (a form body)").allMatch(l -> l.contains("form"));
    assertThat(lines).filteredOn(l -> l.startsWith("| DescribeRouterInterfaces | ") && l.contains(" | PASS | ")).isNotEmpty();
    assertThat(lines).filteredOn(l -> l.startsWith("| ") && !l.startsWith("| ConnectRouterInterface | ") && l.contains(" | FAIL | "))
        .as("failures of other actions").isEmpty();
    assertThat(lines).contains("## Failures");
    assertThat(text(err)).contains("FAIL ", "The server breaks contract row ConnectRouterInterface/", "FAILED");
    assertThat(text(out)).contains("Report: " + report.toAbsolutePath()).doesNotContain("PASSED");
  }

  @Test
  void failsAgainstAServerWithoutTheMocksAdminApi() throws Exception {
    WireMockServer plain = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").jettyStopTimeout(100L));
    plain.start();
    try {
      Path report = dir.resolve("contract-report.md");

      int status = run("--endpoint", "http://127.0.0.1:" + plain.port(), "--report", report.toString());

      assertThat(status).isEqualTo(ContractRunner.FAILED);
      assertThat(text(err)).contains("has no aliyun-mock admin API").contains("FAILED");
      assertThat(Files.readString(report)).contains("- Target: a running server at http://127.0.0.1:" + plain.port() + " (not reached: ");
    } finally {
      plain.stop();
    }
  }

  @Test
  void aReportLeftByAnEarlierRunDoesNotPassForThisOnes() throws Exception {
    Path report = dir.resolve("contract-report.md");
    Files.writeString(report, "# Contract report\n\n- Rows: 1 (1 with a passing scenario, 0 not provokable)\n");
    String gone = mock.baseUrl();
    mock.stop();

    int status = run("--endpoint", gone, "--report", report.toString());

    assertThat(status).isEqualTo(ContractRunner.FAILED);
    assertThat(Files.readString(report)).contains("(not reached: ").doesNotContain("- Rows: 1 (");
  }

  @Test
  void badUsageRunsNothingAndExitsTwo() {
    List<List<String>> usages = List.of(
        List.of(),
        List.of("--endpoint"),
        List.of("--endpoint", "127.0.0.1:8080"),
        List.of("--endpoint", "ftp://127.0.0.1:21"),
        List.of("--endpoint", "http://127.0.0.1:1", "--target", "elsewhere"),
        List.of("--target", "aliyun", "--endpoint", "http://127.0.0.1:1"),
        List.of("--endpoint", "http://127.0.0.1:1", "--no-such-option"));
    for (List<String> args : usages) {
      err.reset();
      assertThat(run(args.toArray(new String[0]))).as("exit status of %s", args).isEqualTo(ContractRunner.USAGE);
      assertThat(text(err)).as("message for %s", args).startsWith("aliyun-mock-contract-tests: ").contains("(see --help)");
    }
    assertThat(text(out)).as("nothing ran").doesNotContain("running the contract suite");
    assertThat(dir.resolve("contract-report.md")).doesNotExist();
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(run("--help")).isZero();
    assertThat(text(out)).contains("--endpoint=URL", "--report=FILE", "--target=mock|aliyun", "Exit status:", "2   bad usage");
    out.reset();
    assertThat(run("--version")).isZero();
    assertThat(text(out).trim()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  private int run(String... args) {
    return ContractRunner.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String text(ByteArrayOutputStream s) {
    return s.toString(StandardCharsets.UTF_8);
  }
}

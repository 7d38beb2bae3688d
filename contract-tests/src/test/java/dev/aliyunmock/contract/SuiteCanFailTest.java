package dev.aliyunmock.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.aliyunmock.contract.http.Credentials;
import dev.aliyunmock.contract.http.Observation;
import dev.aliyunmock.contract.report.ContractReport;
import dev.aliyunmock.contract.scenario.Client;
import dev.aliyunmock.contract.scenario.Scenario;
import dev.aliyunmock.contract.scenario.ScenarioRunner;
import dev.aliyunmock.contract.scenario.Scenarios;
import dev.aliyunmock.contract.table.ContractTable;
import dev.aliyunmock.contract.targets.FixedTarget;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The suite can fail: one of its scenarios, run against a plain WireMock with one static stub (no
 * mock extension), fails when the stub answers with another status or code than the documented
 * row, with a message naming the row; and passes when the stub answers as documented.
 */
class SuiteCanFailTest {
  private static final String ROW = "ConnectRouterInterface/VPC/InvalidRouterInterfaceId.NotFound";
  private static final String REQUEST_ID = "0ED8D006-F706-4D23-88ED-E11ED28DCAC0";
  private static final String NOT_FOUND_MESSAGE = "The specified RouterInterfaceId does not exist in our record.";

  private final ContractTable table = ContractTable.load();
  private WireMockServer stub;

  @BeforeEach
  void startStub() {
    stub = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").jettyStopTimeout(100L));
    stub.start();
  }

  @AfterEach
  void stopStub() {
    stub.stop();
  }

  @Test
  void aScenarioFailsNamingItsRowWhenTheStatusAndCodeAreWrong() {
    answer(400, "IncorrectRIStatus", "RouterInterface can be operated by this action only when it's status is Idle.");

    assertThatThrownBy(() -> run(Client.RAW))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("contract row " + ROW)
        .hasMessageContaining("expected HTTP 404, observed HTTP 400")
        .hasMessageContaining("expected Code InvalidRouterInterfaceId.NotFound, observed IncorrectRIStatus");
  }

  @Test
  void aScenarioFailsNamingItsRowWhenOnlyTheCodeIsWrong() {
    answer(404, "InvalidRegionId.NotFound", NOT_FOUND_MESSAGE);

    assertThatThrownBy(() -> run(Client.RAW))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("contract row " + ROW)
        .hasMessageContaining("expected Code InvalidRouterInterfaceId.NotFound, observed InvalidRegionId.NotFound")
        .hasMessageNotContaining("expected HTTP");
  }

  @Test
  void theSdkPathOfTheScenarioFailsNamingItsRowToo() {
    answer(400, "IncorrectRIStatus", "RouterInterface can be operated by this action only when it's status is Idle.");

    assertThatThrownBy(() -> run(Client.SDK))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("contract row " + ROW)
        .hasMessageContaining("expected HTTP 404, observed HTTP 400")
        .hasMessageContaining("the SDK's ClientException has code IncorrectRIStatus, expected InvalidRouterInterfaceId.NotFound");
  }

  @Test
  void theScenarioPassesWhenTheStubAnswersAsDocumented() {
    answer(404, "InvalidRouterInterfaceId.NotFound", NOT_FOUND_MESSAGE);

    Observation o = run(Client.RAW);

    assertThat(o.status()).isEqualTo(404);
    assertThat(o.code()).isEqualTo("InvalidRouterInterfaceId.NotFound");
    assertThat(o.requestId()).isEqualTo(REQUEST_ID);
  }

  private void answer(int status, String code, String message) {
    String body =
        "{\"RequestId\":\"" + REQUEST_ID + "\",\"HostId\":\"vpc.aliyuncs.com\",\"Code\":\"" + code
            + "\",\"Message\":\"" + message + "\",\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=" + code + "\"}";
    stub.stubFor(
        any(urlPathEqualTo("/"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json;charset=utf-8")
                    .withBody(body)));
  }

  private Observation run(Client client) {
    Scenario scenario =
        Scenarios.all().stream()
            .filter(s -> s.rowId().equals(ROW) && s.name().equals("no such router interface"))
            .findFirst()
            .orElseThrow();
    try (FixedTarget target =
        FixedTarget.at(URI.create("http://127.0.0.1:" + stub.port()), new Credentials("ctAkStub", "ctSecretStub"), "cn-hangzhou")) {
      return new ScenarioRunner(table, target, new ContractReport()).run(scenario, client);
    }
  }
}

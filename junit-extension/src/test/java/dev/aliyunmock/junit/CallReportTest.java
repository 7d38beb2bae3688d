package dev.aliyunmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.control.Call;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * A failing test's API calls go with its failure: as a report entry and on standard output, which
 * Surefire keeps in its report. And a passing test's calls are there for its assertions.
 */
class CallReportTest {
  @Test
  void aFailingTestPublishesItsCallsAsAReportEntryAndOnStandardOutput() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    EngineExecutionResults results;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      results = TestKit.run(FailingConnectExample.class);
    } finally {
      System.setOut(original);
    }
    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    List<String> entries = results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
        .filter(m -> m.containsKey(CallRecorder.REPORT_KEY))
        .map(m -> m.get(CallRecorder.REPORT_KEY))
        .toList();
    assertThat(entries).singleElement().satisfies(report -> {
      assertThat(report).startsWith("aliyun-mock: the 1 API call of FailingConnectExample.connectMakesThePairActive(");
      assertThat(report).contains("/__admin/aliyun/calls?since=", "/__admin/aliyun/ui");
      assertThat(report).containsPattern("\n#\\d+ \\d\\d:\\d\\d:\\d\\d\\.\\d{3}  ConnectRouterInterface  testAccessKeyId  "
          + FailingConnectExample.INITIATOR + "  200 OK  RequestId=[0-9A-F-]{36}\n     RouterInterfaceId=" + FailingConnectExample.INITIATOR);
      assertThat(report).doesNotContain("Signature", "testAccessKeySecret");
      assertThat(captured.toString(StandardCharsets.UTF_8)).contains(report);
    });
  }

  /** docs/calls.md shows Surefire's XML for FailingConnectExample: its lines are the report's. */
  @Test
  void theDocsShowWhatTheReportHolds() throws java.io.IOException {
    String page = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/calls.md"));
    int at = page.indexOf("checked by CallReportTest.theDocsShowWhatTheReportHolds -->");
    String block = page.substring(page.indexOf("```xml", at), page.indexOf("\n```\n", at));
    assertThat(block).contains("classname=\"" + FailingConnectExample.class.getName() + "\"",
        "name=\"connectMakesThePairActive(IAcsClient, AliyunMockHandle)\"");
    String out = block.substring(block.indexOf("<system-out><![CDATA[") + 21, block.indexOf("]]></system-out>"));
    String[] lines = out.split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).matches("aliyun-mock: the 1 API call of FailingConnectExample\\.connectMakesThePairActive\\(IAcsClient, AliyunMockHandle\\)"
        + " \\(GET /__admin/aliyun/calls\\?since=\\d+, dashboard http://127\\.0\\.0\\.1:\\d+/__admin/aliyun/ui\\):");
    assertThat(lines[1]).matches("#\\d+ \\d\\d:\\d\\d:\\d\\d\\.\\d{3}  ConnectRouterInterface  testAccessKeyId  "
        + FailingConnectExample.INITIATOR + "  200 OK  RequestId=[0-9A-F-]{36}");
    assertThat(lines[2]).isEqualTo("     RouterInterfaceId=" + FailingConnectExample.INITIATOR);
  }

  @Test
  void aPassingTestPublishesNothing() {
    EngineExecutionResults results = TestKit.run(PassingConnect.class);
    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    assertThat(results.allEvents().reportingEntryPublished().stream()
        .map(Event::getPayload)
        .map(p -> p.map(Object::toString).orElse("")))
        .noneMatch(s -> s.contains(CallRecorder.REPORT_KEY));
  }

  @Test
  void theHandleListsTheRunningTestsCallsTyped() {
    TestKit.run(PassingConnect.class).testEvents().assertStatistics(s -> s.succeeded(1));
    TestKit.run(Map.of(), TwoTestsInTurn.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
  }

  @AliyunMockTest
  @TestKit.FixtureClass
  static class PassingConnect {
    @Test
    void connectsOnce(com.aliyuncs.IAcsClient client, AliyunMockHandle mock) throws Exception {
      com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest connect = new com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest();
      connect.setRouterInterfaceId(FailingConnectExample.INITIATOR);
      connect.setSysEndpoint(mock.endpoint());
      client.getAcsResponse(connect);

      assertThat(mock.calls("ConnectRouterInterface")).singleElement().satisfies(c -> {
        assertThat(c.resourceIds()).containsExactly(FailingConnectExample.INITIATOR);
        assertThat(c.ok()).isTrue();
        assertThat(c.accessKeyId()).isEqualTo(mock.account().accessKeyId());
        assertThat(c.apiVersion()).isEqualTo("2016-04-28");
      });
    }
  }

  /** Each test sees its own calls only (the class's tests take turns on the mock). */
  @AliyunMockTest
  @TestKit.FixtureClass
  static class TwoTestsInTurn {
    @Test
    void first(com.aliyuncs.IAcsClient client, AliyunMockHandle mock) throws Exception {
      describeTwice(client, mock);
    }

    @Test
    void second(com.aliyuncs.IAcsClient client, AliyunMockHandle mock) throws Exception {
      describeTwice(client, mock);
    }

    private static void describeTwice(com.aliyuncs.IAcsClient client, AliyunMockHandle mock) throws Exception {
      assertThat(mock.calls()).isEmpty();
      for (int i = 0; i < 2; i++) {
        com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest d = new com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest();
        d.setSysEndpoint(mock.endpoint());
        client.getAcsResponse(d);
      }
      assertThat(mock.calls()).extracting(Call::action).containsExactly("DescribeRouterInterfaces", "DescribeRouterInterfaces");
      assertThat(mock.callsSince(0).calls().size()).isGreaterThanOrEqualTo(2);
    }
  }
}

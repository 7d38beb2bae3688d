package dev.aliyunmock.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.ecs.model.v20140526.ConnectRouterInterfaceRequest;
import dev.aliyunmock.control.AdminApi.Route;
import dev.aliyunmock.control.JsonValues;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.Sdk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The examples of docs/dashboard.md and docs/calls.md have the shape of what the mock serves and prints. */
class DashboardDocsTest {
  private final AliyunMockServer server;

  DashboardDocsTest() throws FixtureException {
    server = AliyunMockServer.builder().build().start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void connect() throws Exception {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId("ri-hangzhou0initiator001");
    new Sdk(server).call(connect);
  }

  @Test
  void theOverviewExampleHasTheShapeOfTheOverview() throws Exception {
    connect();
    List<String> blocks = DocBlocks.checkedBy("dashboard.md", "DashboardDocsTest");
    Object doc = JsonValues.parse(blocks.get(0));
    Object real = JsonValues.parse(new AdminHttp(server.baseUrl()).get(Route.OVERVIEW.path()).body());
    List<String> problems = new ArrayList<>();
    // An interface lists the fields it has set: the example shows some of them.
    DocBlocks.assertSameShape(doc, real, "", List.of(".Resources.RouterInterfaces[]"), problems);
    assertThat(problems).isEmpty();
  }

  @Test
  void theProgressExampleIsWhatTheJarPrints() {
    String[] lines = DashboardDocsTest.block("dashboard.md", 1).split("\n");
    assertThat(lines[0]).matches("loading fixtures: \\S+ \\d{1,3}% read \\((\\w+ [\\d,]+)(, \\w+ [\\d,]+)*\\) after \\d+\\.\\d s");
    assertThat(lines[1]).matches("loading fixtures: checking and loading [\\d,]+ entries into the world after \\d+\\.\\d s");
    assertThat(lines[2]).matches("loaded fixtures: [\\d,]+ entries \\((\\w+ [\\d,]+)(, \\w+ [\\d,]+)*\\) in \\d+\\.\\d s");
    assertThat(lines[3]).startsWith("aliyun-mock ").contains(" serving http://127.0.0.1:");
    int port = Integer.parseInt(lines[3].replaceAll(".*serving http://127\\.0\\.0\\.1:(\\d+).*", "$1"));
    assertThat(lines[4]).isEqualTo(dev.aliyunmock.server.Main.dashboardLine("127.0.0.1", port));
  }

  @Test
  void theCallsExampleHasTheShapeOfTheCallsRoute() throws Exception {
    connect();
    Object doc = JsonValues.parse(DocBlocks.checkedBy("calls.md", "CallsDocTest (DashboardDocsTest.theCallsExampleHasTheShapeOfTheCallsRoute)").get(0));
    Object real = JsonValues.parse(new AdminHttp(server.baseUrl()).get(Route.CALLS.path() + "?since=0").body());
    List<String> problems = new ArrayList<>();
    DocBlocks.assertSameShape(doc, real, "", List.of(".Calls[].Parameters"), problems);
    assertThat(problems).isEmpty();
  }

  private static String block(String page, int index) {
    return DocBlocks.checkedBy(page, "DashboardDocsTest").get(index);
  }
}

package dev.aliyunmock.contract.scenario;

import static dev.aliyunmock.contract.scenario.Calls.describe;
import static dev.aliyunmock.contract.scenario.Calls.row;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aliyunmock.contract.http.Body;
import dev.aliyunmock.contract.http.RpcCall;
import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.targets.Env;
import dev.aliyunmock.contract.world.ScenarioWorld;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DescribeRouterInterfaces: paging defaults, filters (docs/reference/router-interfaces.md) and the
 * gateway's transports.
 */
final class DescribeScenarios {
  private static final String DESCRIBE = "DescribeRouterInterfaces";
  private static final int MANY = 12;

  private DescribeScenarios() {}

  static List<Scenario> all() {
    List<Scenario> out = new ArrayList<>();
    for (Dialect d : List.of(Dialect.ECS, Dialect.VPC)) {
      String ok = row(DESCRIBE, d, null);
      out.add(Scenario.of(ok, "defaults: PageNumber 1, PageSize 10, TotalCount of all " + MANY)
          .world(DescribeScenarios::many)
          .call(Calls::describe)
          .after((e, probe, o, problems) -> page(o.body(), 1, 10, MANY, 10, problems)));
      out.add(Scenario.of(ok, "PageSize 5, PageNumber 3: the last 2")
          .world(DescribeScenarios::many)
          .call(e -> describe(e).param("PageSize", "5").param("PageNumber", "3"))
          .after((e, probe, o, problems) -> page(o.body(), 3, 5, MANY, 2, problems)));
      out.add(Scenario.of(ok, "values of one key ORed, keys ANDed")
          .world(DescribeScenarios::three)
          .call(e -> byIds(e).param("Filter.2.Key", "Status").param("Filter.2.Value.1", "Active"))
          .after((e, probe, o, problems) -> ids(e, o.body(), Set.of("x2"), problems)));
      out.add(Scenario.of(ok, "two Status values ORed")
          .world(DescribeScenarios::three)
          .call(e -> byIds(e).param("Filter.2.Key", "Status").param("Filter.2.Value.1", "Active")
              .param("Filter.2.Value.2", "Idle"))
          .after((e, probe, o, problems) -> ids(e, o.body(), Set.of("x1", "x2", "x3"), problems)));
      for (RpcCall.Placement placement : List.of(RpcCall.Placement.FORM, RpcCall.Placement.SPLIT)) {
        out.add(Scenario.of(ok, "POST, parameters " + (placement == RpcCall.Placement.FORM
                ? "all in a form body" : "common in the query, the action's in a form body"))
            .world(DescribeScenarios::three)
            .call(e -> byIds(e).placement(placement))
            .after((e, probe, o, problems) -> ids(e, o.body(), Set.of("x1", "x2", "x3"), problems))
            .rawOnly());
      }
      out.add(Scenario.of(ok, "GET, parameters in the query")
          .world(DescribeScenarios::three)
          .call(e -> byIds(e).method("GET"))
          .after((e, probe, o, problems) -> ids(e, o.body(), Set.of("x1", "x2", "x3"), problems)));

      out.add(Scenario.of(row(DESCRIBE, d, "InvalidFilterKey.ValueNotSupported"), "Filter.1.Key=Colour")
          .call(e -> describe(e).param("Filter.1.Key", "Colour").param("Filter.1.Value.1", "blue")));
      out.add(Scenario.of(row(DESCRIBE, d, "InvalidParam.NotNull"), "Filter.1.Key=Status without a value")
          .call(e -> describe(e).param("Filter.1.Key", "Status"))
          .rawOnly());
    }
    return out;
  }

  /** The caller with {@value #MANY} router interfaces on three routers. */
  private static ScenarioWorld many() {
    ScenarioWorld w = ScenarioWorld.caller();
    for (int r = 1; r <= 3; r++) {
      w.router("r" + r, ScenarioWorld.CALLER, ScenarioWorld.HOME, "VRouter");
      for (int i = 1; i <= MANY / 3; i++) {
        w.addRi("i" + r + "x" + i, "r" + r, "InitiatingSide");
      }
    }
    return w;
  }

  /** x1, x2 (Active), x3 on one router. */
  private static ScenarioWorld three() {
    ScenarioWorld w = ScenarioWorld.caller();
    w.router("ra", ScenarioWorld.CALLER, ScenarioWorld.HOME, "VRouter");
    w.addRi("x1", "ra", "InitiatingSide");
    w.addRi("x2", "ra", "InitiatingSide").set("Status", "Active");
    w.addRi("x3", "ra", "InitiatingSide");
    return w;
  }

  private static RpcCall byIds(Env e) {
    return describe(e)
        .param("Filter.1.Key", "RouterInterfaceId")
        .param("Filter.1.Value.1", e.ri("x1"))
        .param("Filter.1.Value.2", e.ri("x2"))
        .param("Filter.1.Value.3", e.ri("x3"));
  }

  private static void page(Body body, int number, int size, int total, int items, List<String> problems) {
    expect(body, "PageNumber", number, problems);
    expect(body, "PageSize", size, problems);
    expect(body, "TotalCount", total, problems);
    int actual = Probe.items(body).size();
    if (actual != items) {
      problems.add("RouterInterfaceSet.RouterInterfaceType holds " + actual + " items, expected " + items);
    }
  }

  private static void expect(Body body, String field, int value, List<String> problems) {
    if (!String.valueOf(value).equals(body.text(field))) {
      problems.add(field + " is " + body.text(field) + ", expected " + value);
    }
  }

  private static void ids(Env e, Body body, Set<String> names, List<String> problems) {
    Set<String> expected = new HashSet<>();
    names.forEach(n -> expected.add(e.ri(n)));
    Set<String> actual = new HashSet<>();
    for (JsonNode item : Probe.items(body)) {
      actual.add(item.path("RouterInterfaceId").asText());
    }
    if (!actual.equals(expected)) {
      problems.add("the items are " + actual + ", expected " + expected);
    }
    if (!String.valueOf(expected.size()).equals(body.text("TotalCount"))) {
      problems.add("TotalCount is " + body.text("TotalCount") + ", expected " + expected.size());
    }
  }
}

package dev.aliyunmock.contract.scenario;

import static dev.aliyunmock.contract.scenario.Calls.NO_REGION;
import static dev.aliyunmock.contract.scenario.Calls.inRegion;
import static dev.aliyunmock.contract.scenario.Calls.on;
import static dev.aliyunmock.contract.scenario.Calls.row;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aliyunmock.contract.http.RpcCall;
import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.targets.Env;
import dev.aliyunmock.contract.world.ScenarioWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ModifyRouterInterfaceAttribute, CreateRouterInterface, DescribeRouterInterfaceAttribute. */
final class AttributeScenarios {
  private static final String MODIFY = "ModifyRouterInterfaceAttribute";
  private static final String CREATE = "CreateRouterInterface";
  private static final String ATTRIBUTE = "DescribeRouterInterfaceAttribute";

  private AttributeScenarios() {}

  static List<Scenario> all() {
    List<Scenario> out = new ArrayList<>();
    for (Dialect d : List.of(Dialect.ECS, Dialect.VPC)) {
      modify(d, out);
      create(d, out);
    }
    out.add(Scenario.of(row(ATTRIBUTE, Dialect.VPC, null), "the caller's initiator")
        .world(ScenarioWorld::pair)
        .call(e -> inRegion(ATTRIBUTE, e).param("InstanceId", e.ri("init")))
        .after((e, probe, o, problems) -> {
          if (!e.ri("init").equals(o.body().text("RouterInterfaceId"))) {
            problems.add("RouterInterfaceId is " + o.body().text("RouterInterfaceId") + ", expected " + e.ri("init"));
          }
          if (!"true".equals(o.body().text("Success"))) {
            problems.add("Success is " + o.body().text("Success") + ", expected true");
          }
          if (!"Idle".equals(o.body().text("Status"))) {
            problems.add("Status is " + o.body().text("Status") + ", expected Idle");
          }
        }));
    return out;
  }

  private static RpcCall modify(Env e, String ri) {
    return on(MODIFY, e, ri);
  }

  private static void modify(Dialect d, List<Scenario> out) {
    Scenario.FollowUp renamed =
        (e, probe, o, problems) -> {
          JsonNode n = probe.describe(e.ri("init")).get(e.ri("init"));
          if (n == null || !"ct-renamed".equals(n.path("Name").asText())
              || !"Renamed by the contract suite".equals(n.path("Description").asText())) {
            problems.add("DescribeRouterInterfaces does not show the new Name and Description: " + n);
          }
        };
    String ok = row(MODIFY, d, null);
    out.add(Scenario.of(ok, "a new Name and Description")
        .world(ScenarioWorld::pair)
        .call(e -> modify(e, "init").param("Name", "ct-renamed").param("Description", "Renamed by the contract suite"))
        .after(renamed));
    out.add(Scenario.of(ok, "a new Name and Description of an Active interface")
        .world(() -> ScenarioWorld.pair().with(w -> {
          w.ri("init").set("Status", "Active");
          w.ri("acc").set("Status", "Active");
        }))
        .call(e -> modify(e, "init").param("Name", "ct-renamed").param("Description", "Renamed by the contract suite"))
        .after(renamed));

    out.add(Scenario.of(row(MODIFY, d, "InvalidRegionId.NotFound"), "an unknown RegionId")
        .call(e -> modify(e, "ghost").param("RegionId", NO_REGION).param("Name", "ct-name")));
    out.add(Scenario.of(row(MODIFY, d, "InvalidRouterInterfaceId.NotFound"), "no such router interface")
        .call(e -> modify(e, "ghost").param("Name", "ct-name")));
    String name = row(MODIFY, d, "InvalidName.Malformd");
    out.add(Scenario.of(name, "a one-character Name").world(ScenarioWorld::pair)
        .call(e -> modify(e, "init").param("Name", "x")));
    out.add(Scenario.of(name, "a Name starting with a digit").world(ScenarioWorld::pair)
        .call(e -> modify(e, "init").param("Name", "9lives")));
    String description = row(MODIFY, d, "InvalidDescription.Malformed");
    out.add(Scenario.of(description, "a Description starting with http://").world(ScenarioWorld::pair)
        .call(e -> modify(e, "init").param("Description", "http://example.com/ri")));
    out.add(Scenario.of(description, "a one-character Description").world(ScenarioWorld::pair)
        .call(e -> modify(e, "init").param("Description", "x")));
    out.add(Scenario.of(row(MODIFY, d, "InvalidOppositeRouterType.ValueNotSupported"), "OppositeRouterType=Switch")
        .world(ScenarioWorld::pair)
        .call(e -> modify(e, "init").param("OppositeRouterType", "Switch")));
    out.add(Scenario.of(row(MODIFY, d, "Forbidden.FinancileLocked"), "a FinancialLocked interface")
        .world(() -> ScenarioWorld.pair().with(w -> w.ri("init").set("BusinessStatus", "FinancialLocked")))
        .call(e -> modify(e, "init").param("Name", "ct-name")));
  }

  private static RpcCall create(Env e, String role, String spec) {
    return inRegion(CREATE, e)
        .param("RouterId", e.router("ra"))
        .param("RouterType", "VRouter")
        .param("Role", role)
        .param("Spec", spec)
        .param("OppositeRegionId", ScenarioWorld.OTHER);
  }

  private static ScenarioWorld router() {
    return ScenarioWorld.caller().with(w -> w.router("ra", ScenarioWorld.CALLER, ScenarioWorld.HOME, "VRouter"));
  }

  private static void create(Dialect d, List<Scenario> out) {
    String ok = row(CREATE, d, null);
    for (Map.Entry<String, String> kind : List.of(Map.entry("InitiatingSide", "Large.2"), Map.entry("AcceptingSide", "Negative"))) {
      out.add(Scenario.of(ok, "an " + kind.getKey() + " (Spec " + kind.getValue() + ") on the caller's VRouter")
          .world(AttributeScenarios::router)
          .call(e -> create(e, kind.getKey(), kind.getValue()))
          .after((e, probe, o, problems) -> {
            String id = o.body().text("RouterInterfaceId");
            String orderId = o.body().text("OrderId");
            if (orderId == null || !orderId.matches("\\d+")) {
              problems.add("OrderId " + orderId + " is not a number");
            }
            JsonNode n = id == null ? null : probe.describe(id).get(id);
            if (n == null) {
              problems.add("DescribeRouterInterfaces does not list the new " + id);
            } else if (!"Idle".equals(n.path("Status").asText())
                || !kind.getKey().equals(n.path("Role").asText())
                || !kind.getValue().equals(n.path("Spec").asText())) {
              problems.add("the new interface is not Idle with the Role and Spec asked: " + n);
            }
          }));
    }
    out.add(Scenario.of(row(CREATE, d, "InvalidRole.ValueNotSupported"), "Role=Observer")
        .world(AttributeScenarios::router)
        .call(e -> create(e, "Observer", "Large.2")));
    out.add(Scenario.of(row(CREATE, d, "InvalidSpec.ValudNotSupported"), "Spec=Huge.9")
        .world(AttributeScenarios::router)
        .call(e -> create(e, "InitiatingSide", "Huge.9")));
  }
}

package dev.aliyunmock.contract.scenario;

import static dev.aliyunmock.contract.scenario.Calls.incorrectStatus;
import static dev.aliyunmock.contract.scenario.Calls.on;
import static dev.aliyunmock.contract.scenario.Calls.row;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.world.ScenarioWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Activate, Deactivate, Delete and ModifyRouterInterfaceSpec (docs/reference/router-interfaces.md;
 * docs/reference/transitions.md).
 */
final class LifecycleScenarios {
  private static final String ACTIVATE = "ActivateRouterInterface";
  private static final String DEACTIVATE = "DeactivateRouterInterface";
  private static final String DELETE = "DeleteRouterInterface";
  private static final String SPEC = "ModifyRouterInterfaceSpec";
  private static final String ACTIVE_RI = "ALIYUN_CT_ACTIVE_RI";

  private LifecycleScenarios() {}

  /** The pair, both in a status. */
  private static ScenarioWorld pair(String status) {
    return ScenarioWorld.pair().with(w -> {
      w.ri("init").set("Status", status);
      w.ri("acc").set("Status", status);
    });
  }

  private static ScenarioWorld connecting() {
    return ScenarioWorld.pair().with(w -> {
      w.ri("init").set("Status", "Connecting");
      w.ri("acc").set("Status", "AcceptingConnect");
    });
  }

  private static ScenarioWorld locked(String status) {
    return pair(status).with(w -> w.ri("init").set("BusinessStatus", "FinancialLocked"));
  }

  static List<Scenario> all() {
    List<Scenario> out = new ArrayList<>();
    for (Dialect d : List.of(Dialect.ECS, Dialect.VPC)) {
      activate(d, out);
      deactivate(d, out);
      delete(d, out);
      spec(d, out);
    }
    return out;
  }

  private static void activate(Dialect d, List<Scenario> out) {
    out.add(Scenario.of(row(ACTIVATE, d, null), "an Inactive interface")
        .world(() -> pair("Inactive"))
        .call(e -> on(ACTIVATE, e, "init"))
        .after((e, probe, o, problems) -> probe.expectTransition(Map.of("init", "Activating"), "Active", problems)));
    String status = row(ACTIVATE, d, incorrectStatus(d));
    out.add(Scenario.of(status, "an Idle interface").world(ScenarioWorld::pair).call(e -> on(ACTIVATE, e, "init")));
    out.add(Scenario.of(status, "an Active interface")
        .world(() -> pair("Active"))
        .call(e -> on(ACTIVATE, e, "init"))
        .onAliyun("init", ACTIVE_RI));
    out.add(Scenario.of(row(ACTIVATE, d, "Forbidden.FinancileLocked"), "an Inactive interface that is FinancialLocked")
        .world(() -> locked("Inactive"))
        .call(e -> on(ACTIVATE, e, "init")));
    out.add(Scenario.of(row(ACTIVATE, d, "InvalidRouterInterfaceId.NotFound"), "no such router interface")
        .call(e -> on(ACTIVATE, e, "ghost")));
  }

  private static void deactivate(Dialect d, List<Scenario> out) {
    out.add(Scenario.of(row(DEACTIVATE, d, null), "an Active interface")
        .world(() -> pair("Active"))
        .call(e -> on(DEACTIVATE, e, "init"))
        .after((e, probe, o, problems) ->
            probe.expectTransition(Map.of("init", "Deactivating"), "Inactive", problems)));
    String status = row(DEACTIVATE, d, "IncorrectStatus");
    out.add(Scenario.of(status, "an Idle interface").world(ScenarioWorld::pair).call(e -> on(DEACTIVATE, e, "init")));
    out.add(Scenario.of(status, "an Inactive interface")
        .world(() -> pair("Inactive"))
        .call(e -> on(DEACTIVATE, e, "init")));
    out.add(Scenario.of(row(DEACTIVATE, d, "Forbidden.FinancileLocked"), "an Active interface that is FinancialLocked")
        .world(() -> locked("Active"))
        .call(e -> on(DEACTIVATE, e, "init")));
    out.add(Scenario.of(row(DEACTIVATE, d, "InvalidRouterInterfaceId.NotFound"), "no such router interface")
        .call(e -> on(DEACTIVATE, e, "ghost")));
  }

  private static void delete(Dialect d, List<Scenario> out) {
    for (String status : List.of("Idle", "Inactive")) {
      out.add(Scenario.of(row(DELETE, d, null), "an " + status + " interface")
          .world(() -> pair(status))
          .call(e -> on(DELETE, e, "init"))
          .after((e, probe, o, problems) -> {
            if (!probe.describe(e.ri("init")).isEmpty()) {
              problems.add("DescribeRouterInterfaces still lists the deleted interface");
            }
          }));
    }
    String statusError = row(DELETE, d, "InvalidInstance.StatusError");
    out.add(Scenario.of(statusError, "an Active interface").world(() -> pair("Active"))
        .call(e -> on(DELETE, e, "init")));
    out.add(Scenario.of(statusError, "a Connecting interface").world(LifecycleScenarios::connecting)
        .call(e -> on(DELETE, e, "init")));
  }

  private static void spec(Dialect d, List<Scenario> out) {
    String ok = row(SPEC, d, null);
    out.add(Scenario.of(ok, "an Active initiator: the new Spec, Activating, then Active")
        .world(() -> pair("Active"))
        .call(e -> on(SPEC, e, "init").param("Spec", "Middle.1"))
        .after((e, probe, o, problems) -> {
          newSpec(o.body().text("Spec"), problems);
          Map<String, JsonNode> last = probe.expectTransition(Map.of("init", "Activating"), "Active", problems);
          if (last.containsKey("init")) {
            newSpec(last.get("init").path("Spec").asText(), problems);
          }
        }));
    out.add(Scenario.of(ok, "an Idle initiator: the new Spec at once")
        .world(ScenarioWorld::pair)
        .call(e -> on(SPEC, e, "init").param("Spec", "Middle.1"))
        .after((e, probe, o, problems) -> {
          newSpec(o.body().text("Spec"), problems);
          JsonNode n = probe.describe(e.ri("init")).get(e.ri("init"));
          if (n == null || !"Idle".equals(n.path("Status").asText())) {
            problems.add("the interface is not Idle any more: " + n);
          } else {
            newSpec(n.path("Spec").asText(), problems);
          }
        }));
    out.add(Scenario.of(row(SPEC, d, "InvalidSpec.ValudNotSupported"), "Spec=Huge.9")
        .world(ScenarioWorld::pair)
        .call(e -> on(SPEC, e, "init").param("Spec", "Huge.9")));
    out.add(Scenario.of(row(SPEC, d, "InvalidRouterInterfaceId.NotFound"), "no such router interface")
        .call(e -> on(SPEC, e, "ghost").param("Spec", "Large.1")));
    out.add(Scenario.of(row(SPEC, d, "InvalidInstance.StatusError"), "a Connecting initiator")
        .world(LifecycleScenarios::connecting)
        .call(e -> on(SPEC, e, "init").param("Spec", "Middle.1")));
  }

  private static void newSpec(String spec, List<String> problems) {
    if (!"Middle.1".equals(spec)) {
      problems.add("Spec is " + spec + ", expected Middle.1");
    }
  }
}

package dev.aliyunmock.contract.scenario;

import static dev.aliyunmock.contract.scenario.Calls.NO_REGION;
import static dev.aliyunmock.contract.scenario.Calls.connect;
import static dev.aliyunmock.contract.scenario.Calls.incorrectStatus;
import static dev.aliyunmock.contract.scenario.Calls.row;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.table.Format;
import dev.aliyunmock.contract.world.Ref;
import dev.aliyunmock.contract.world.ScenarioWorld;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * ConnectRouterInterface: ECS-2016's error table, the differences of the two versions
 * (docs/reference/api-versions.md), and the order of checks of docs/reference/router-interfaces.md
 * (each "…: X is checked first" scenario breaks two rules at once).
 */
final class ConnectScenarios {
  private static final String CONNECT = "ConnectRouterInterface";
  /** A site other than {@link ScenarioWorld#DEFAULT_BID}. */
  private static final String OTHER_BID = "26888";
  private static final String ACCEPTING_RI = "ALIYUN_CT_ACCEPTING_RI";
  private static final String ACTIVE_RI = "ALIYUN_CT_ACTIVE_RI";

  private ConnectScenarios() {}

  static List<Scenario> all() {
    List<Scenario> out = new ArrayList<>();
    for (Dialect d : List.of(Dialect.ECS, Dialect.VPC)) {
      success(d, out);
      lookup(d, out);
      roleAndStatus(d, out);
      opposite(d, out);
      connections(d, out);
    }
    String crossBid = row(CONNECT, Dialect.VPC, "CROSS_BID.FORBIDDEN");
    out.add(Scenario.of(crossBid, "the acceptor's owner is on another site (Bid)")
        .world(ConnectScenarios::crossSite)
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(crossBid, "across sites and the acceptor not pointing back: CROSS_BID is checked first")
        .world(() -> crossSite().with(w -> w.ri("acc").set("OppositeInterfaceId", Ref.ri("ghost"))))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(CONNECT + "/ECS/OK#cross-bid", "the acceptor's owner is on another site: not checked")
        .world(ConnectScenarios::crossSite)
        .call(e -> connect(e, "init"))
        .after((e, probe, o, problems) -> probe.expectTransition(Map.of("init", "Connecting"), "Active", problems)));
    return out;
  }

  /** The caller's initiator on ra; the acceptor on rb belongs to account b, on another site. */
  private static ScenarioWorld crossSite() {
    ScenarioWorld w = ScenarioWorld.caller();
    w.account("b").bid(OTHER_BID);
    w.router("ra", ScenarioWorld.CALLER, ScenarioWorld.HOME, "VRouter");
    w.router("rb", "b", ScenarioWorld.HOME, "VRouter");
    w.addRi("init", "ra", "InitiatingSide").set("Spec", "Large.2");
    w.addRi("acc", "rb", "AcceptingSide").set("Spec", "Negative");
    w.ri("init").pointAt("acc");
    w.ri("acc").pointAt("init");
    return w;
  }

  private static ScenarioWorld pair(Consumer<ScenarioWorld> change) {
    return ScenarioWorld.pair().with(change);
  }

  private static void both(ScenarioWorld w, String status) {
    w.ri("init").set("Status", status);
    w.ri("acc").set("Status", status);
  }

  private static void success(Dialect d, List<Scenario> out) {
    String ok = row(CONNECT, d, null);
    Scenario.FollowUp connected =
        (e, probe, o, problems) -> {
          Map<String, String> transients = new LinkedHashMap<>();
          transients.put("init", "Connecting");
          transients.put("acc", "AcceptingConnect");
          Map<String, JsonNode> last = probe.expectTransition(transients, "Active", problems);
          last.forEach((name, n) -> {
            if (n.path("ConnectedTime").asText("").isEmpty()) {
              problems.add(name + " is Active without a ConnectedTime");
            }
          });
        };
    out.add(Scenario.of(ok, "an Idle initiator whose acceptor points back")
        .world(ScenarioWorld::pair)
        .call(e -> connect(e, "init"))
        .after(connected));
    Format other = d == Dialect.ECS ? Format.JSON : Format.XML;
    out.add(Scenario.of(ok, "the same, asking for Format=" + other)
        .world(ScenarioWorld::pair)
        .call(e -> connect(e, "init").format(other))
        .after(connected)
        .rawOnly());
  }

  private static void lookup(Dialect d, List<Scenario> out) {
    String noRegion = row(CONNECT, d, "InvalidRegionId.NotFound");
    out.add(Scenario.of(noRegion, "an unknown RegionId")
        .world(ScenarioWorld::pair)
        .call(e -> connect(e, "init").param("RegionId", NO_REGION)));
    out.add(Scenario.of(noRegion, "an unknown RegionId and an unknown interface: the region is checked first")
        .call(e -> connect(e, "ghost").param("RegionId", NO_REGION)));

    String notFound = row(CONNECT, d, "InvalidRouterInterfaceId.NotFound");
    out.add(Scenario.of(notFound, "no such router interface").call(e -> connect(e, "ghost")));
    out.add(Scenario.of(notFound, "the interface is in another region")
        .world(ScenarioWorld::pair)
        .call(e -> connect(e, "init").param("RegionId", ScenarioWorld.OTHER)));
    out.add(Scenario.of(notFound, "the interface belongs to another account")
        .world(() -> pair(w -> w.account("b")))
        .call(e -> connect(e, "init").credentials(e.credentials("b"))));
  }

  private static void roleAndStatus(Dialect d, List<Scenario> out) {
    String role = row(CONNECT, d, "IncorrectRole.NotInitiatingSide");
    out.add(Scenario.of(role, "an AcceptingSide")
        .world(ScenarioWorld::pair)
        .call(e -> connect(e, "acc"))
        .onAliyun("acc", ACCEPTING_RI));
    out.add(Scenario.of(role, "an AcceptingSide that is Active: the role is checked first")
        .world(() -> pair(w -> both(w, "Active")))
        .call(e -> connect(e, "acc")));

    String status = row(CONNECT, d, incorrectStatus(d));
    out.add(Scenario.of(status, "an initiator that is Active")
        .world(() -> pair(w -> both(w, "Active")))
        .call(e -> connect(e, "init"))
        .onAliyun("init", ACTIVE_RI));
    out.add(Scenario.of(status, "an initiator that is Inactive")
        .world(() -> pair(w -> both(w, "Inactive")))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(status, "an initiator that is Connecting")
        .world(() -> pair(w -> {
          w.ri("init").set("Status", "Connecting");
          w.ri("acc").set("Status", "AcceptingConnect");
        }))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(status, "an Active initiator with no OppositeInterfaceId: the status is checked first")
        .world(() -> pair(w -> w.ri("init").set("Status", "Active").unset("OppositeInterfaceId")))
        .call(e -> connect(e, "init")));
  }

  private static void opposite(Dialect d, List<Scenario> out) {
    String notSet = row(CONNECT, d, "IncorrectOppositeInterfaceInfo.NotSet");
    for (String field :
        List.of("OppositeInterfaceId", "OppositeRouterId", "OppositeRouterType", "OppositeInterfaceOwnerId")) {
      out.add(Scenario.of(notSet, field + " not set")
          .world(() -> pair(w -> w.ri("init").unset(field)))
          .call(e -> connect(e, "init")));
    }
    out.add(Scenario.of(notSet, "OppositeRouterId not set and bills outstanding: NotSet is checked first")
        .world(() -> pair(w -> {
          w.ri("init").unset("OppositeRouterId");
          w.account(ScenarioWorld.CALLER).billsOutstanding();
        }))
        .call(e -> connect(e, "init")));

    String mismatch = row(CONNECT, d, "IncorrectOppositeInterfaceInfo") + "#mismatch";
    out.add(Scenario.of(mismatch, "the opposite interface does not exist")
        .world(() -> pair(w -> w.ri("init").set("OppositeInterfaceId", Ref.ri("ghost"))))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(mismatch, "the opposite router does not exist")
        .world(() -> pair(w -> w.ri("init").set("OppositeRouterId", Ref.router("ghost"))))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(mismatch, "OppositeRouterId names another router than the opposite's")
        .world(() -> pair(w -> {
          w.router("rc", ScenarioWorld.CALLER, ScenarioWorld.HOME, "VRouter");
          w.ri("init").set("OppositeRouterId", Ref.router("rc"));
        }))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(mismatch, "OppositeRouterType VBR, the opposite's router a VRouter")
        .world(() -> pair(w -> w.ri("init").set("OppositeRouterType", "VBR")))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(mismatch, "OppositeInterfaceOwnerId names another account")
        .world(() -> pair(w -> {
          w.account("b");
          w.ri("init").set("OppositeInterfaceOwnerId", Ref.owner("b"));
        }))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(mismatch, "OppositeRegionId names another region")
        .world(() -> pair(w -> w.ri("init").set("OppositeRegionId", ScenarioWorld.OTHER)))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(mismatch, "the opposite is an InitiatingSide")
        .world(() -> pair(w -> w.ri("acc").set("Role", "InitiatingSide").set("Spec", "Large.2")))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(mismatch,
            "the opposite an InitiatingSide that does not point back: the opposite info is checked first")
        .world(() -> pair(w -> w.ri("acc").set("Role", "InitiatingSide").set("Spec", "Large.2")
            .set("OppositeInterfaceId", Ref.ri("ghost"))))
        .call(e -> connect(e, "init")));

    String sameRouter = row(CONNECT, d, "IncorrectOppositeInterfaceInfo") + "#same-router";
    out.add(Scenario.of(sameRouter, "the opposite is the interface itself")
        .world(() -> pair(w -> w.ri("init").pointAt("init")))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(sameRouter, "the opposite is on the same router")
        .world(() -> pair(w -> {
          w.ri("acc").onRouter("ra");
          w.ri("init").pointAt("acc");
          w.ri("acc").pointAt("init");
        }))
        .call(e -> connect(e, "init")));

    String rejected = row(CONNECT, d, "RejectedByOppositeInterface");
    out.add(Scenario.of(rejected, "the acceptor's OppositeInterfaceId names another interface")
        .world(() -> pair(w -> w.ri("acc").set("OppositeInterfaceId", Ref.ri("ghost"))))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(rejected, "the acceptor's OppositeRouterId names another router")
        .world(() -> pair(w -> w.ri("acc").set("OppositeRouterId", Ref.router("ghost"))))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(rejected, "the acceptor's OppositeInterfaceOwnerId names another account")
        .world(() -> pair(w -> w.ri("acc").set("OppositeInterfaceOwnerId", Ref.owner("b"))))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(rejected, "the acceptor has no opposite set")
        .world(() -> pair(w -> w.ri("acc").unset("OppositeInterfaceId").unset("OppositeRouterId")
            .unset("OppositeRouterType").unset("OppositeInterfaceOwnerId").unset("OppositeRegionId")))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(rejected, "not pointed back and bills outstanding: RejectedByOppositeInterface is checked first")
        .world(() -> pair(w -> {
          w.ri("acc").set("OppositeInterfaceId", Ref.ri("ghost"));
          w.account(ScenarioWorld.CALLER).billsOutstanding();
        }))
        .call(e -> connect(e, "init")));
  }

  /** The pair plus a second pair between the same routers (init2 on {@code from}, acc2 on the other). */
  private static ScenarioWorld twoPairs(String from, String initStatus, String accStatus, boolean billsOutstanding) {
    return pair(w -> {
      String to = from.equals("ra") ? "rb" : "ra";
      w.addRi("init2", from, "InitiatingSide").set("Spec", "Large.2").set("Status", initStatus);
      w.addRi("acc2", to, "AcceptingSide").set("Spec", "Negative").set("Status", accStatus);
      w.ri("init2").pointAt("acc2");
      w.ri("acc2").pointAt("init2");
      if (billsOutstanding) {
        w.account(ScenarioWorld.CALLER).billsOutstanding();
      }
    });
  }

  private static void connections(Dialect d, List<Scenario> out) {
    String connected = row(CONNECT, d, "Forbidden.OnlyOneConnection") + "#connected";
    out.add(Scenario.of(connected, "another pair between the same routers is Active")
        .world(() -> twoPairs("ra", "Active", "Active", false))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(connected, "another pair between the same routers, the other way round, is Active")
        .world(() -> twoPairs("rb", "Active", "Active", false))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(connected, "an Active pair between the same routers and bills outstanding: OnlyOneConnection is checked first")
        .world(() -> twoPairs("ra", "Active", "Active", true))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(row(CONNECT, d, "Forbidden.OnlyOneConnection") + "#connecting",
            "another pair between the same routers is connecting")
        .world(() -> twoPairs("ra", "Connecting", "AcceptingConnect", false))
        .call(e -> connect(e, "init")));

    String bills = row(CONNECT, d, "Forbidden.BillsOutstanding");
    out.add(Scenario.of(bills, "the caller's account has BillsOutstanding set")
        .world(() -> pair(w -> w.account(ScenarioWorld.CALLER).billsOutstanding()))
        .call(e -> connect(e, "init")));
    out.add(Scenario.of(bills, "one of the caller's router interfaces is FinancialLocked")
        .world(() -> pair(w -> w.addRi("locked", "ra", "InitiatingSide").set("BusinessStatus", "FinancialLocked")))
        .call(e -> connect(e, "init")));
  }
}

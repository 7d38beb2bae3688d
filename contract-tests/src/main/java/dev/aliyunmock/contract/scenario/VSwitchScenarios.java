package dev.aliyunmock.contract.scenario;

import static dev.aliyunmock.contract.scenario.Calls.inRegion;
import static dev.aliyunmock.contract.scenario.Calls.row;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aliyunmock.contract.http.RpcCall;
import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.targets.Env;
import dev.aliyunmock.contract.world.ScenarioWorld;
import java.util.ArrayList;
import java.util.List;

/** CreateVSwitch, DescribeVSwitches, DeleteVSwitch (docs/reference/vpc/vswitch.md). */
final class VSwitchScenarios {
  private static final String CREATE = "CreateVSwitch";
  private static final String DESCRIBE = "DescribeVSwitches";
  private static final String DELETE = "DeleteVSwitch";

  private VSwitchScenarios() {}

  static List<Scenario> all() {
    List<Scenario> out = new ArrayList<>();
    for (Dialect d : List.of(Dialect.ECS, Dialect.VPC)) {
      create(d, out);
      describe(d, out);
      delete(d, out);
    }
    return out;
  }

  /** CreateVSwitch in the caller's VPC, zone {@code <home>-c}. */
  private static RpcCall create(Env e, String vpc, String cidr) {
    return inRegion(CREATE, e).param("VpcId", e.vpc(vpc)).param("ZoneId", e.region() + "-c").param("CidrBlock", cidr);
  }

  private static void create(Dialect d, List<Scenario> out) {
    out.add(Scenario.of(row(CREATE, d, null), "a vSwitch inside the VPC's block: Pending, then Available")
        .world(Nets::net)
        .call(e -> create(e, "va", "172.16.2.0/24"))
        .after((e, probe, o, problems) -> {
          String id = o.body().text("VSwitchId");
          probe.expectStatuses(() -> Nets.vSwitchStatus(e, probe, "va", id), "Pending", "Available", problems);
        }));
    for (String missing : List.of("VpcId", "ZoneId", "CidrBlock")) {
      out.add(Scenario.of(row(CREATE, d, "Missing" + missing), "no " + missing)
          .world(Nets::net)
          .call(e -> create(e, "va", "172.16.2.0/24").without(missing))
          .rawOnly());
    }
    out.add(Scenario.of(row(CREATE, d, "InvalidZoneId.NotFound"), "a zone of another region")
        .world(Nets::net)
        .call(e -> create(e, "va", "172.16.2.0/24").param("ZoneId", ScenarioWorld.OTHER + "-a")));
    out.add(Scenario.of(row(CREATE, d, "InvalidVpcId.NotFound"), "no such VPC")
        .call(e -> create(e, "ghost", "172.16.2.0/24")));
    out.add(Scenario.of(row(CREATE, d, "IncorrectVpcStatus"), "a Pending VPC")
        .world(Nets::withPendingVpc)
        .call(e -> create(e, "vp", "10.1.0.0/16")));
    out.add(Scenario.of(row(CREATE, d, "IncorrectVSwitchStatus") + "#creating", "another vSwitch of the VPC is being created")
        .world(() -> Nets.net().with(w -> w.vSwitch("sp", "va", "172.16.3.0/24", "Pending")))
        .call(e -> create(e, "va", "172.16.2.0/24")));
    out.add(Scenario.of(row(CREATE, d, "IncorrectVSwitchStatus") + "#modifying", "another vSwitch of the VPC is being deleted")
        .world(Nets::net)
        .before(e -> inRegion(DELETE, e).param("VSwitchId", e.vSwitch("sa")))
        .call(e -> create(e, "va", "172.16.2.0/24")));
    out.add(Scenario.of(row(CREATE, d, "IncorrectRouteEntryStatus"), "a route of the VPC is being created")
        .world(() -> Nets.net().with(w -> w.routeEntry("ep", "va", "192.168.0.0/16", "ib", "Pending")))
        .call(e -> create(e, "va", "172.16.2.0/24")));
    out.add(Scenario.of(row(CREATE, d, "InvalidVSwitchName.Malformed"), "VSwitchName starting with http://")
        .world(Nets::net)
        .call(e -> create(e, "va", "172.16.2.0/24").param("VSwitchName", "http://x")));
    out.add(Scenario.of(row(CREATE, d, "InvalidVSwitchDiscription.Malformed"), "Description of 257 characters")
        .world(Nets::net)
        .call(e -> create(e, "va", "172.16.2.0/24").param("Description", "d".repeat(257))));
    out.add(Scenario.of(row(CREATE, d, "InvalidCidrBlock.Malformed"), "a block with host bits set")
        .world(Nets::net)
        .call(e -> create(e, "va", "172.16.2.1/24")));
    out.add(Scenario.of(row(CREATE, d, "InvalidCirdrBlock.MaskLength"), "a /30 block")
        .world(Nets::net)
        .call(e -> create(e, "va", "172.16.2.0/30")));
    out.add(Scenario.of(row(CREATE, d, "InvalidParameter"), "a block outside the VPC's")
        .world(Nets::net)
        .call(e -> create(e, "va", "192.168.2.0/24")));
    out.add(Scenario.of(row(CREATE, d, "InvalidCidrBlock.Overlapped") + "#subnets", "a block overlapping the vSwitch's")
        .world(Nets::net)
        .call(e -> create(e, "va", "172.16.0.0/16")));
    out.add(Scenario.of(row(CREATE, d, "InvalidCidrBlock.Overlapped") + "#entry", "the destination of a custom route")
        .world(() -> Nets.net().with(w -> w.routeEntry("ei", "va", "172.16.8.0/24", "ib", "Available")))
        .call(e -> create(e, "va", "172.16.8.0/24")));
    out.add(Scenario.of(row(CREATE, d, "QuotaExceeded.VSwitch"), "the VPC has 150 vSwitches")
        .world(() -> {
          ScenarioWorld w = ScenarioWorld.caller();
          w.vpc("vq", "10.0.0.0/8");
          for (int i = 0; i < 150; i++) {
            w.vSwitch("q" + i, "vq", "10." + i + ".0.0/16", "Available");
          }
          return w;
        })
        .call(e -> create(e, "vq", "10.200.0.0/16")));
  }

  private static void describe(Dialect d, List<Scenario> out) {
    out.add(Scenario.of(row(DESCRIBE, d, null), "the vSwitches of a VPC")
        .world(Nets::net)
        .call(e -> inRegion(DESCRIBE, e).param("VpcId", e.vpc("va")))
        .after((e, probe, o, problems) -> {
          List<JsonNode> items = Probe.items(o.body().tree(), "VSwitches", "VSwitch");
          if (items.size() != 1 || !items.get(0).path("VSwitchId").asText().equals(e.vSwitch("sa"))
              || !items.get(0).path("CidrBlock").asText().equals("172.16.1.0/24")) {
            problems.add("expected the VPC's one vSwitch, got " + items);
          }
        }));
    out.add(Scenario.of(row(DESCRIBE, d, "InvalidVSwitchId.NotFound"), "VSwitchId of no vSwitch")
        .call(e -> inRegion(DESCRIBE, e).param("VSwitchId", e.vSwitch("ghost"))));
    out.add(Scenario.of(row(DESCRIBE, d, "Forbidden.VpcNotFound"), "VpcId of no VPC")
        .call(e -> inRegion(DESCRIBE, e).param("VpcId", e.vpc("ghost"))));
  }

  private static RpcCall delete(Env e, String id) {
    return inRegion(DELETE, e).param("VSwitchId", e.vSwitch(id));
  }

  private static void delete(Dialect d, List<Scenario> out) {
    out.add(Scenario.of(row(DELETE, d, null), "an Available vSwitch: Pending, then gone")
        .world(Nets::net)
        .call(e -> delete(e, "sa"))
        .after((e, probe, o, problems) ->
            probe.expectStatuses(() -> Nets.vSwitchStatus(e, probe, "va", e.vSwitch("sa")), "Pending", null, problems)));
    out.add(Scenario.of(row(DELETE, d, "MissingVSwitchId"), "no VSwitchId").call(e -> inRegion(DELETE, e)).rawOnly());
    out.add(Scenario.of(row(DELETE, d, "InvalidVSwitchId.NotFound"), "no such vSwitch").call(e -> delete(e, "ghost")));
    out.add(Scenario.of(row(DELETE, d, "IncorrectVSwitchStatus"), "a vSwitch being created")
        .world(() -> Nets.net().with(w -> w.vSwitch("sp", "va", "172.16.3.0/24", "Pending")))
        .call(e -> delete(e, "sp")));
    out.add(Scenario.of(row(DELETE, d, "IncorrectStatus"), "another vSwitch of the VPC is being created")
        .world(() -> Nets.net().with(w -> w.vSwitch("sp", "va", "172.16.3.0/24", "Pending")))
        .call(e -> delete(e, "sa")));
    out.add(Scenario.of(row(DELETE, d, "IncorrectRouteEntryStatus"), "a route of the VPC is being deleted")
        .world(() -> Nets.net().with(w -> w.routeEntry("ed", "va", "192.168.0.0/16", "ib", "Deleting")))
        .call(e -> delete(e, "sa")));
  }
}

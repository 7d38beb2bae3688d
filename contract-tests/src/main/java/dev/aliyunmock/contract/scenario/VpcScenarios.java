package dev.aliyunmock.contract.scenario;

import static dev.aliyunmock.contract.scenario.Calls.NO_REGION;
import static dev.aliyunmock.contract.scenario.Calls.inRegion;
import static dev.aliyunmock.contract.scenario.Calls.row;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aliyunmock.contract.http.RpcCall;
import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.targets.Env;
import dev.aliyunmock.contract.world.ScenarioWorld;
import java.util.ArrayList;
import java.util.List;

/**
 * The VPC actions: CreateVpc, DescribeVpcs, ModifyVpcAttribute, DeleteVpc, DescribeVRouters,
 * DescribeRegions (docs/reference/vpc/vpc.md, routing.md, regions-zones.md).
 */
final class VpcScenarios {
  private static final String CREATE = "CreateVpc";
  private static final String DESCRIBE = "DescribeVpcs";
  private static final String MODIFY = "ModifyVpcAttribute";
  private static final String DELETE = "DeleteVpc";

  private VpcScenarios() {}

  static List<Scenario> all() {
    List<Scenario> out = new ArrayList<>();
    for (Dialect d : List.of(Dialect.ECS, Dialect.VPC)) {
      create(d, out);
      describe(d, out);
      modify(d, out);
      delete(d, out);
    }
    out.add(Scenario.of(row(CREATE, Dialect.VPC, "DryRunOperation"), "DryRun=true with a valid request")
        .call(e -> inRegion(CREATE, e).param("CidrBlock", "10.0.0.0/8").param("DryRun", "true")));
    out.add(Scenario.of(row(DESCRIBE, Dialect.VPC, "DryRunOperation"), "DryRun=true")
        .call(e -> inRegion(DESCRIBE, e).param("DryRun", "true")));
    return out;
  }

  private static RpcCall create(Env e) {
    return inRegion(CREATE, e);
  }

  private static void create(Dialect d, List<Scenario> out) {
    out.add(Scenario.of(row(CREATE, d, null), "a VPC with its vRouter and route table: Pending, then Available")
        .world(() -> ScenarioWorld.caller().mockOnly())
        .call(e -> create(e).param("CidrBlock", "192.168.0.0/16").param("VpcName", "contract"))
        .after((e, probe, o, problems) -> {
          String id = o.body().text("VpcId");
          probe.expectStatuses(() -> {
            List<JsonNode> items = Probe.items(
                probe.read(RpcCall.of(DESCRIBE).param("RegionId", e.region()).param("VpcId", id)), "Vpcs", "Vpc");
            return items.isEmpty() ? null : items.get(0).path("Status").asText();
          }, "Pending", "Available", problems);
        }));
    out.add(Scenario.of(row(CREATE, d, "InvalidRegionId.NotFound"), "RegionId of no region")
        .call(e -> RpcCall.of(CREATE).param("RegionId", NO_REGION).param("CidrBlock", "10.0.0.0/8")));
    out.add(Scenario.of(row(CREATE, d, "MissingRegionId"), "no RegionId")
        .call(e -> RpcCall.of(CREATE).param("CidrBlock", "10.0.0.0/8"))
        .rawOnly());
    out.add(Scenario.of(row(CREATE, d, "InvalidParameter") + "#cidr", "CidrBlock 8.8.8.0/24, outside the private ranges")
        .call(e -> create(e).param("CidrBlock", "8.8.8.0/24")));
    out.add(Scenario.of(row(CREATE, d, "InvalidParameter") + "#cidr", "CidrBlock 192.168.1.0/25, a mask longer than /24")
        .call(e -> create(e).param("CidrBlock", "192.168.1.0/25")));
    out.add(Scenario.of(row(CREATE, d, "InvalidCidrBlock.Malformed"), "CidrBlock 10.0.0.0 (no mask)")
        .call(e -> create(e).param("CidrBlock", "10.0.0.0")));
    out.add(Scenario.of(row(CREATE, d, "InvalidVpcName.Malformed"), "VpcName starting with http://")
        .call(e -> create(e).param("VpcName", "http://contract")));
    out.add(Scenario.of(row(CREATE, d, "InvalidVpcDiscription.Malformed"), "Description starting with https://")
        .call(e -> create(e).param("Description", "https://contract")));
    out.add(Scenario.of(row(CREATE, d, "InvalidParameter") + "#user-cidr-format", "UserCidr that is no block")
        .call(e -> create(e).param("UserCidr", "192.168.0.0/16,nonsense")));
    out.add(Scenario.of(row(CREATE, d, "InvalidParameter") + "#user-cidr-mask", "UserCidr with a /29 mask")
        .call(e -> create(e).param("UserCidr", "192.168.1.0/29")));
    out.add(Scenario.of(row(CREATE, d, "InvalidUserCidr.Quota"), "four UserCidr blocks")
        .call(e -> create(e).param("UserCidr", "192.168.1.0/24,192.168.2.0/24,192.168.3.0/24,192.168.4.0/24")));
    out.add(Scenario.of(row(CREATE, d, "InvalidUserCidr.Malformed"), "UserCidr inside 100.64.0.0/10")
        .call(e -> create(e).param("UserCidr", "100.100.0.0/16")));
    out.add(Scenario.of(row(CREATE, d, "QuotaExceeded.Vpc"), "the caller has 10 VPCs in the region")
        .world(() -> {
          ScenarioWorld w = ScenarioWorld.caller();
          for (int i = 0; i < 10; i++) {
            w.vpc("q" + i, "10.0.0.0/8");
          }
          return w;
        })
        .call(e -> create(e).param("CidrBlock", "10.0.0.0/8")));
  }

  private static void describe(Dialect d, List<Scenario> out) {
    out.add(Scenario.of(row(DESCRIBE, d, null), "the caller's VPCs named in VpcId, with their vSwitches and vRouter")
        .world(Nets::net)
        .call(e -> inRegion(DESCRIBE, e).param("VpcId", e.vpc("va") + "," + e.vpc("ve")))
        .after((e, probe, o, problems) -> {
          List<JsonNode> vpcs = Probe.items(o.body().tree(), "Vpcs", "Vpc");
          if (vpcs.size() != 2 || !o.body().text("TotalCount").equals("2")) {
            problems.add("expected the two VPCs named, got " + vpcs);
            return;
          }
          JsonNode va = vpcs.get(0);
          if (!va.path("VRouterId").asText().equals(e.router("va"))
              || !Probe.items(va, "VSwitchIds", "VSwitchId").toString().contains(e.vSwitch("sa"))) {
            problems.add("va is shown without its vRouter or vSwitch: " + va);
          }
        }));
    out.add(Scenario.of(row(DESCRIBE, d, null), "PageSize 1, PageNumber 2: the second of two, TotalCount 2")
        .world(Nets::net)
        .call(e -> inRegion(DESCRIBE, e).param("PageSize", "1").param("PageNumber", "2"))
        .after((e, probe, o, problems) -> {
          List<JsonNode> vpcs = Probe.items(o.body().tree(), "Vpcs", "Vpc");
          if (vpcs.size() != 1 || !vpcs.get(0).path("VpcId").asText().equals(e.vpc("ve"))) {
            problems.add("expected only ve on page 2, got " + vpcs);
          }
        }));
    out.add(Scenario.of(row("DescribeVRouters", d, null), "the vRouter of a VPC, with its route table")
        .world(Nets::net)
        .call(e -> inRegion("DescribeVRouters", e).param("VRouterId", e.router("va")))
        .after((e, probe, o, problems) -> {
          List<JsonNode> routers = Probe.items(o.body().tree(), "VRouters", "VRouter");
          if (routers.size() != 1 || !routers.get(0).path("VpcId").asText().equals(e.vpc("va"))
              || !Probe.items(routers.get(0), "RouteTableIds", "RouteTableId").toString().contains(e.routeTable("va"))) {
            problems.add("expected va's vRouter with its route table, got " + routers);
          }
        }));
    out.add(Scenario.of(row("DescribeRegions", d, null), "every region, with its endpoint")
        .call(e -> inRegion("DescribeRegions", e))
        .after((e, probe, o, problems) -> {
          if (!Probe.items(o.body().tree(), "Regions", "Region").toString().contains("\"" + e.region() + "\"")) {
            problems.add("the caller's region is not listed");
          }
        }));
  }

  private static RpcCall modify(Env e, String vpc) {
    return inRegion(MODIFY, e).param("VpcId", e.vpc(vpc));
  }

  private static void modify(Dialect d, List<Scenario> out) {
    out.add(Scenario.of(row(MODIFY, d, null), "a new name, shown by DescribeVpcs")
        .world(Nets::net)
        .call(e -> modify(e, "va").param("VpcName", "renamed"))
        .after((e, probe, o, problems) -> {
          JsonNode tree = probe.read(RpcCall.of(DESCRIBE).param("RegionId", e.region()).param("VpcId", e.vpc("va")));
          if (!Probe.items(tree, "Vpcs", "Vpc").get(0).path("VpcName").asText().equals("renamed")) {
            problems.add("the name did not change");
          }
        }));
    out.add(Scenario.of(row(MODIFY, d, "MissingVpcId"), "no VpcId")
        .call(e -> inRegion(MODIFY, e).param("VpcName", "x"))
        .rawOnly());
    out.add(Scenario.of(row(MODIFY, d, "InvalidVpcId.NotFound"), "no such VPC")
        .call(e -> modify(e, "ghost").param("VpcName", "x")));
    out.add(Scenario.of(row(MODIFY, d, "InvalidVpcName.Malformed"), "VpcName of 129 characters")
        .world(Nets::net)
        .call(e -> modify(e, "va").param("VpcName", "n".repeat(129))));
    out.add(Scenario.of(row(MODIFY, d, "InvalidVpcDiscription.Malformed"), "Description of 257 characters")
        .world(Nets::net)
        .call(e -> modify(e, "va").param("Description", "d".repeat(257))));
    // UserCidr is in the 2014-05-26 SDK only; in 2016-04-28 a raw request sends it.
    out.add(userCidr(d, row(MODIFY, d, "InvalidParameter") + "#user-cidr-format", "UserCidr that is no block", "x/y"));
    out.add(userCidr(d, row(MODIFY, d, "InvalidParameter") + "#user-cidr-mask", "UserCidr with a /6 mask", "8.0.0.0/6"));
    out.add(userCidr(d, row(MODIFY, d, "InvalidUserCidr.Quota"), "four UserCidr blocks",
        "192.168.1.0/24,192.168.2.0/24,192.168.3.0/24,192.168.4.0/24"));
    out.add(userCidr(d, row(MODIFY, d, "InvalidUserCidr.Malformed"), "UserCidr 100.64.0.0/10", "100.64.0.0/10"));
    out.add(Scenario.of(row(MODIFY, d, "IncorrectVpcStatus"), "a Pending VPC")
        .world(Nets::withPendingVpc)
        .call(e -> modify(e, "vp").param("VpcName", "too-early")));
    out.add(Scenario.of(row(MODIFY, d, "InvalidCidrBlock.Malformed"), "CidrBlock that is no block")
        .world(Nets::net)
        .call(e -> modify(e, "va").param("CidrBlock", "172.16.0.0/")));
    out.add(Scenario.of(row(MODIFY, d, "InvalidCidrBlock.Malformed"), "CidrBlock that leaves the vSwitch outside")
        .world(Nets::net)
        .call(e -> modify(e, "va").param("CidrBlock", "172.17.0.0/16")));
  }

  private static Scenario userCidr(Dialect d, String rowId, String name, String value) {
    Scenario s = Scenario.of(rowId, name).world(Nets::net).call(e -> modify(e, "va").param("UserCidr", value));
    return d == Dialect.VPC ? s.rawOnly() : s;
  }

  private static RpcCall delete(Env e, String vpc) {
    return inRegion(DELETE, e).param("VpcId", e.vpc(vpc));
  }

  private static void delete(Dialect d, List<Scenario> out) {
    out.add(Scenario.of(row(DELETE, d, null), "an empty VPC: Deleting, then gone")
        .world(Nets::net)
        .call(e -> delete(e, "ve"))
        .after((e, probe, o, problems) ->
            probe.expectStatuses(() -> Nets.vpcStatus(e, probe, "ve"), "Deleting", null, problems)));
    out.add(Scenario.of(row(DELETE, d, "MissingVpcId"), "no VpcId").call(e -> inRegion(DELETE, e)).rawOnly());
    out.add(Scenario.of(row(DELETE, d, "InvalidVpcId.NotFound"), "no such VPC").call(e -> delete(e, "ghost")));
    out.add(Scenario.of(row(DELETE, d, "DependencyViolation.VSwitch"), "a VPC with a vSwitch (and routes and interfaces)")
        .world(Nets::net)
        .call(e -> delete(e, "va")));
    out.add(Scenario.of(row(DELETE, d, "Forbbiden"), "a VPC whose vSwitch is gone but a custom route remains")
        .world(() -> ScenarioWorld.caller().with(w -> {
          w.vpc("vr", "192.168.0.0/16");
          w.addRi("ir", "vr", "InitiatingSide");
          w.routeEntry("er", "vr", "10.0.0.0/8", "ir", "Available");
        }))
        .call(e -> delete(e, "vr")));
    out.add(Scenario.of(row(DELETE, d, "DependencyViolation.RouterInterface"), "a VPC with an interface on its vRouter")
        .world(() -> ScenarioWorld.caller().with(w -> {
          w.vpc("vi", "192.168.0.0/16");
          w.addRi("ii", "vi", "InitiatingSide");
        }))
        .call(e -> delete(e, "vi")));
    out.add(Scenario.of(row(DELETE, d, "IncorrectVpcStatus"), "a Pending VPC")
        .world(() -> ScenarioWorld.caller().with(w -> w.vpc("vp", ScenarioWorld.CALLER, ScenarioWorld.HOME, "10.0.0.0/8", "Pending")))
        .call(e -> delete(e, "vp")));
    out.add(Scenario.of(row(DELETE, d, "IncorrectVpcStatus"), "a VPC already being deleted")
        .world(Nets::net)
        .before(e -> delete(e, "ve"))
        .call(e -> delete(e, "ve")));
  }
}

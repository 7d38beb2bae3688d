package dev.aliyunmock.contract.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aliyunmock.contract.http.RpcCall;
import dev.aliyunmock.contract.targets.Env;
import dev.aliyunmock.contract.world.ScenarioWorld;
import java.util.List;

/** The worlds and follow-up looks of the VPC-side scenarios (docs/reference/vpc-workflow.md). */
final class Nets {
  private Nets() {}

  /**
   * The caller's network in the home region: VPC {@code va} (172.16.0.0/12) with vSwitch {@code sa}
   * (172.16.1.0/24), an Inactive interface {@code ia} and an Idle one {@code ib} on its vRouter, a
   * route {@code ea} to 10.0.0.0/8 through {@code ia}; VPC {@code ve} (192.168.0.0/16), empty.
   */
  static ScenarioWorld net() {
    ScenarioWorld w = ScenarioWorld.caller();
    w.vpc("va", "172.16.0.0/12");
    w.vSwitch("sa", "va", "172.16.1.0/24", "Available");
    w.addRi("ia", "va", "InitiatingSide").set("Status", "Inactive");
    w.addRi("ib", "va", "InitiatingSide");
    w.routeEntry("ea", "va", "10.0.0.0/8", "ia", "Available");
    w.vpc("ve", "192.168.0.0/16");
    return w;
  }

  /** {@link #net()} plus a Pending VPC {@code vp} (10.0.0.0/8) with an interface {@code ip} and a route {@code ep}. */
  static ScenarioWorld withPendingVpc() {
    return net().with(w -> {
      w.vpc("vp", ScenarioWorld.CALLER, ScenarioWorld.HOME, "10.0.0.0/8", "Pending");
      w.addRi("ip", "vp", "InitiatingSide");
      w.routeEntry("ep", "vp", "192.168.0.0/16", "ip", "Available");
    });
  }

  /** The status of the caller's VPC as DescribeVpcs shows it, or {@code null} when not listed. */
  static String vpcStatus(Env e, Probe probe, String vpc) {
    JsonNode tree = probe.read(RpcCall.of("DescribeVpcs").param("RegionId", e.region()).param("VpcId", e.vpc(vpc)));
    List<JsonNode> items = Probe.items(tree, "Vpcs", "Vpc");
    return items.isEmpty() ? null : items.get(0).path("Status").asText();
  }

  /** The status of a vSwitch of the caller's VPC, or {@code null} when not listed. */
  static String vSwitchStatus(Env e, Probe probe, String vpc, String id) {
    JsonNode tree = probe.read(RpcCall.of("DescribeVSwitches").param("RegionId", e.region()).param("VpcId", e.vpc(vpc)));
    for (JsonNode v : Probe.items(tree, "VSwitches", "VSwitch")) {
      if (v.path("VSwitchId").asText().equals(id)) {
        return v.path("Status").asText();
      }
    }
    return null;
  }

  /** The status of the route to {@code destination} in the caller's VPC's table (DescribeRouteTables), or {@code null}. */
  static String routeStatus(Env e, Probe probe, String vpc, String destination) {
    JsonNode tree =
        probe.read(RpcCall.of("DescribeRouteTables").param("RegionId", e.region()).param("RouteTableId", e.routeTable(vpc)));
    for (JsonNode t : Probe.items(tree, "RouteTables", "RouteTable")) {
      for (JsonNode entry : Probe.items(t, "RouteEntrys", "RouteEntry")) {
        if (entry.path("DestinationCidrBlock").asText().equals(destination)) {
          return entry.path("Status").asText();
        }
      }
    }
    return null;
  }
}

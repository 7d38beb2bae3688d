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

/**
 * Route tables and entries: DescribeRouteTables, DescribeRouteTableList, DescribeRouteEntryList,
 * CreateRouteEntry, DeleteRouteEntry; and DeleteRouterInterface while a route uses the interface
 * (docs/reference/vpc/routing.md, create-route-entry-errors.md, router-interface-deletion.md).
 */
final class RouteScenarios {
  private static final String TABLES = "DescribeRouteTables";
  private static final String CREATE = "CreateRouteEntry";
  private static final String DELETE = "DeleteRouteEntry";

  private RouteScenarios() {}

  static List<Scenario> all() {
    List<Scenario> out = new ArrayList<>();
    for (Dialect d : List.of(Dialect.ECS, Dialect.VPC)) {
      tables(d, out);
      create(d, out);
      delete(d, out);
      referred(d, out);
    }
    vpcOnly(out);
    return out;
  }

  private static void tables(Dialect d, List<Scenario> out) {
    out.add(Scenario.of(row(TABLES, d, null), "a VPC's table: its custom route, then the system route 100.64.0.0/10")
        .world(Nets::net)
        .call(e -> inRegion(TABLES, e).param("RouteTableId", e.routeTable("va")))
        .after((e, probe, o, problems) -> {
          List<JsonNode> tables = Probe.items(o.body().tree(), "RouteTables", "RouteTable");
          if (tables.size() != 1) {
            problems.add("expected one table, got " + tables);
            return;
          }
          List<String> seen = new ArrayList<>();
          for (JsonNode entry : Probe.items(tables.get(0), "RouteEntrys", "RouteEntry")) {
            seen.add(entry.path("DestinationCidrBlock").asText() + " " + entry.path("Type").asText() + " "
                + entry.path("NextHopType").asText());
          }
          if (!seen.equals(List.of("10.0.0.0/8 Custom RouterInterface", "100.64.0.0/10 System service"))) {
            problems.add("the table's entries are " + seen);
          }
        }));
    if (d == Dialect.ECS) {
      out.add(Scenario.of(row("DescribeRouteTableList", d, "InvalidAction.NotFound"), "the 2014-05-26 API has no such action")
          .call(e -> inRegion("DescribeRouteTableList", e)));
      out.add(Scenario.of(row("DescribeRouteEntryList", d, "InvalidAction.NotFound"), "the 2014-05-26 API has no such action")
          .call(e -> inRegion("DescribeRouteEntryList", e).param("RouteTableId", e.routeTable("va"))));
    }
  }

  private static void vpcOnly(List<Scenario> out) {
    out.add(Scenario.of(row("DescribeRouteTableList", Dialect.VPC, null), "the tables of a VPC, with its vSwitches")
        .world(Nets::net)
        .call(e -> inRegion("DescribeRouteTableList", e).param("VpcId", e.vpc("va")))
        .after((e, probe, o, problems) -> {
          List<JsonNode> items = Probe.items(o.body().tree(), "RouterTableList", "RouterTableListType");
          if (items.size() != 1 || !items.get(0).path("RouteTableId").asText().equals(e.routeTable("va"))) {
            problems.add("expected va's table, got " + items);
          }
        }));
    out.add(Scenario.of(row("DescribeRouteEntryList", Dialect.VPC, null), "a table's entries, each next hop listed")
        .world(Nets::net)
        .call(e -> inRegion("DescribeRouteEntryList", e).param("RouteTableId", e.routeTable("va")))
        .after((e, probe, o, problems) -> {
          List<JsonNode> items = Probe.items(o.body().tree(), "RouteEntrys", "RouteEntry");
          if (items.size() != 2 || !Probe.items(items.get(0), "NextHops", "NextHop").toString().contains(e.ri("ia"))) {
            problems.add("expected the custom entry through ia and the system entry, got " + items);
          }
        }));
    out.add(Scenario.of(row("DescribeRouteEntryList", Dialect.VPC, "MissingRouteTableId"), "no RouteTableId")
        .call(e -> inRegion("DescribeRouteEntryList", e))
        .rawOnly());
    out.add(Scenario.of(row(CREATE, Dialect.VPC, "INVALID_WEIGHT_PARAM"), "a NextHopList weight of 256")
        .world(Nets::net)
        .call(e -> ecmp(e, "ia", "ib").param("NextHopList.1.Weight", "256"))
        .rawOnly());
    out.add(Scenario.of(row(CREATE, Dialect.VPC, "InvalidRouteEntryName.Malformed"), "RouteEntryName starting with http://")
        .world(Nets::net)
        .call(e -> route(e, "192.168.0.0/16").param("RouteEntryName", "http://x")));
    out.add(Scenario.of(row(CREATE, Dialect.VPC, "InvalidDescription.Malformed"), "Description of 257 characters")
        .world(Nets::net)
        .call(e -> route(e, "192.168.0.0/16").param("Description", "d".repeat(257))));
    out.add(Scenario.of(row(DELETE, Dialect.VPC, "MissingParameter"), "neither RouteEntryId nor a destination")
        .world(Nets::net)
        .call(e -> inRegion(DELETE, e).param("RouteTableId", e.routeTable("va"))));
    out.add(Scenario.of(row(DELETE, Dialect.VPC, null), "by RouteEntryId: Deleting, then gone")
        .world(Nets::net)
        .call(e -> inRegion(DELETE, e).param("RouteEntryId", e.routeEntry("ea")))
        .after((e, probe, o, problems) ->
            probe.expectStatuses(() -> Nets.routeStatus(e, probe, "va", "10.0.0.0/8"), "Deleting", null, problems)));
    out.add(Scenario.of(row(DELETE, Dialect.VPC, "InvalidRouteEntry"), "RouteEntryId of no entry")
        .call(e -> inRegion(DELETE, e).param("RouteEntryId", e.routeEntry("ghost"))));
    out.add(Scenario.of(row(DELETE, Dialect.VPC, "OperationDenied"), "the system entry's RouteEntryId")
        .world(Nets::net)
        .call(e -> inRegion(DELETE, e).param("RouteEntryId", e.routeEntry("va-system"))));
  }

  /** CreateRouteEntry in va's table, through {@code ib}. */
  private static RpcCall route(Env e, String destination) {
    return inRegion(CREATE, e).param("RouteTableId", e.routeTable("va")).param("DestinationCidrBlock", destination);
  }

  private static RpcCall through(Env e, String destination, String ri) {
    return route(e, destination).param("NextHopType", "RouterInterface").param("NextHopId", e.ri(ri));
  }

  private static RpcCall ecmp(Env e, String first, String second) {
    return route(e, "192.168.0.0/16")
        .param("NextHopList.1.NextHopType", "RouterInterface").param("NextHopList.1.NextHopId", e.ri(first))
        .param("NextHopList.2.NextHopType", "RouterInterface").param("NextHopList.2.NextHopId", e.ri(second));
  }

  private static void create(Dialect d, List<Scenario> out) {
    out.add(Scenario.of(row(CREATE, d, null), "a route through an interface of the VPC's vRouter: Pending, then Available")
        .world(Nets::net)
        .call(e -> through(e, "192.168.0.0/16", "ib"))
        .after((e, probe, o, problems) ->
            probe.expectStatuses(() -> Nets.routeStatus(e, probe, "va", "192.168.0.0/16"), "Pending", "Available", problems)));
    for (String missing : List.of("RouteTableId", "DestinationCidrBlock")) {
      out.add(Scenario.of(row(CREATE, d, "Missing" + missing), "no " + missing)
          .world(Nets::net)
          .call(e -> through(e, "192.168.0.0/16", "ib").without(missing))
          .rawOnly());
    }
    out.add(Scenario.of(row(CREATE, d, "MissingParameter"), "NextHopType without NextHopId")
        .world(Nets::net)
        .call(e -> route(e, "192.168.0.0/16").param("NextHopType", "RouterInterface")));
    out.add(Scenario.of(row(CREATE, d, "InvalidRouteTableId.NotFound"), "no such route table")
        .call(e -> inRegion(CREATE, e).param("RouteTableId", e.routeTable("ghost")).param("DestinationCidrBlock", "10.0.0.0/8")
            .param("NextHopType", "RouterInterface").param("NextHopId", e.ri("ghost"))));
    out.add(Scenario.of(row(CREATE, d, "IncorrectVpcStatus"), "the table of a Pending VPC")
        .world(Nets::withPendingVpc)
        .call(e -> inRegion(CREATE, e).param("RouteTableId", e.routeTable("vp")).param("DestinationCidrBlock", "172.16.0.0/12")
            .param("NextHopType", "RouterInterface").param("NextHopId", e.ri("ip"))));
    out.add(Scenario.of(row(CREATE, d, "IncorrectRouteEntryStatus"), "another route of the table is being created")
        .world(() -> Nets.net().with(w -> w.routeEntry("ep", "va", "11.0.0.0/8", "ib", "Pending")))
        .call(e -> through(e, "192.168.0.0/16", "ib")));
    out.add(Scenario.of(row(CREATE, d, "IncorrectVSwitchStatus"), "a vSwitch of the VPC is being created")
        .world(() -> Nets.net().with(w -> w.vSwitch("sp", "va", "172.16.3.0/24", "Pending")))
        .call(e -> through(e, "192.168.0.0/16", "ib")));
    out.add(Scenario.of(row(CREATE, d, "InvalidCidrBlock.Malformed"), "a destination that is no address")
        .world(Nets::net)
        .call(e -> through(e, "192.168.0/16", "ib")));
    out.add(Scenario.of(row(CREATE, d, "IllegalParam.CidrBlock"), "a destination with host bits set")
        .world(Nets::net)
        .call(e -> through(e, "192.168.1.1/16", "ib")));
    out.add(Scenario.of(row(CREATE, d, "OperationDenied.VpcIpv6NotEnabled"), "an IPv6 destination")
        .world(Nets::net)
        .call(e -> through(e, "2408:4321:180:1701::/64", "ib")));
    out.add(Scenario.of(row(CREATE, d, "InvalidCidrBlock"), "100.64.0.0/10")
        .world(Nets::net)
        .call(e -> through(e, "100.64.0.0/10", "ib")));
    out.add(Scenario.of(row(CREATE, d, "InvalidCidrBlock"), "a block inside 100.64.0.0/10")
        .world(Nets::net)
        .call(e -> through(e, "100.100.0.0/16", "ib")));
    out.add(Scenario.of(row(CREATE, d, "InvalidCidrBlock"), "a block inside the vSwitch's")
        .world(Nets::net)
        .call(e -> through(e, "172.16.1.0/25", "ib")));
    out.add(Scenario.of(row(CREATE, d, "InvalidDestinationCidrBlock"), "a multicast destination")
        .world(Nets::net)
        .call(e -> through(e, "224.0.0.0/4", "ib")));
    out.add(Scenario.of(row(CREATE, d, "InvalidCIDRBlock.Duplicate"), "the table's destination, another next hop")
        .world(Nets::net)
        .call(e -> through(e, "10.0.0.0/8", "ib")));
    out.add(Scenario.of(row(CREATE, d, "Duplicated.VpcNextHop"), "the table's destination and next hop again")
        .world(Nets::net)
        .call(e -> through(e, "10.0.0.0/8", "ia")));
    out.add(Scenario.of(row(CREATE, d, "QuotaExceeded"), "the table has 200 custom routes")
        .world(() -> {
          ScenarioWorld w = ScenarioWorld.caller();
          w.vpc("va", "172.16.0.0/12");
          w.addRi("ib", "va", "InitiatingSide");
          for (int i = 0; i < 200; i++) {
            w.routeEntry("q" + i, "va", "11." + i + ".0.0/16", "ib", "Available");
          }
          return w;
        })
        .call(e -> through(e, "192.168.0.0/16", "ib")));
    out.add(Scenario.of(row(CREATE, d, "InvalidNexthopTypeAndList.BothNull"), "neither NextHopType nor NextHopList")
        .world(Nets::net)
        .call(e -> route(e, "192.168.0.0/16").param("NextHopId", e.ri("ib"))));
    out.add(Scenario.of(row(CREATE, d, "InvalidNexthopTypeAndList.BothNotNull"), "both NextHopType and NextHopList")
        .world(Nets::net)
        .call(e -> ecmp(e, "ia", "ib").param("NextHopType", "RouterInterface").param("NextHopId", e.ri("ib")))
        .rawOnly());
    out.add(Scenario.of(row(CREATE, d, "InvalidNextHopType"), "NextHopType Teleporter")
        .world(Nets::net)
        .call(e -> route(e, "192.168.0.0/16").param("NextHopType", "Teleporter").param("NextHopId", e.ri("ib"))));
    out.add(Scenario.of(row(CREATE, d, "InvalidRouterInterface"), "no such router interface")
        .world(Nets::net)
        .call(e -> through(e, "192.168.0.0/16", "ghost")));
    out.add(Scenario.of(row(CREATE, d, "InvalidRouterInterface"), "another account's router interface")
        .world(() -> Nets.net().with(w -> {
          w.vpc("vb", "b", ScenarioWorld.HOME, "10.0.0.0/8", "Available");
          w.addRi("other", "vb", "InitiatingSide");
        }))
        .call(e -> through(e, "192.168.0.0/16", "other")));
    out.add(Scenario.of(row(CREATE, d, "OperationFailed.InstanceDismatchCurrentVpc"), "an interface on another VPC's vRouter")
        .world(() -> Nets.net().with(w -> w.addRi("ie", "ve", "InitiatingSide")))
        .call(e -> through(e, "10.1.0.0/16", "ie")));
    out.add(Scenario.of(row(CREATE, d, "IncorrectStatus.RouterInterface"), "an interface that is Activating")
        .world(() -> Nets.net().with(w -> w.addRi("iz", "va", "InitiatingSide").set("Status", "Activating")))
        .call(e -> through(e, "192.168.0.0/16", "iz")));
    out.add(Scenario.of(row(CREATE, d, "InvalidNexthopListSize"), "a NextHopList of one").world(Nets::net)
        .call(e -> route(e, "192.168.0.0/16").param("NextHopList.1.NextHopType", "RouterInterface")
            .param("NextHopList.1.NextHopId", e.ri("ib")))
        .rawOnly());
    out.add(Scenario.of(row(CREATE, d, "InvalidOppositeRouterType"), "a NextHopList of interfaces whose opposite is a VRouter")
        .world(Nets::net)
        .call(e -> ecmp(e, "ia", "ib"))
        .rawOnly());
    out.add(Scenario.of(row(CREATE, d, "OperationUnsupported.EcmpRiTypeOrNumber"),
            "a NextHopList of two interfaces towards VBRs: no VBR-side connection exists")
        .world(() -> Nets.net().with(w -> {
          w.addRi("v1", "va", "AcceptingSide").set("OppositeRouterType", "VBR").set("Status", "Active");
          w.addRi("v2", "va", "AcceptingSide").set("OppositeRouterType", "VBR").set("Status", "Active");
        }))
        .call(e -> ecmp(e, "v1", "v2"))
        .rawOnly());
    String[][] types = {
      {"Instance", "InvalidInstanId.NotFound"},
      {"HaVip", "InvalidHaVipId.NotFound"},
      {"NetworkInterface", "InvalidNetworkInterface.NotFound"},
      {"VpnGateway", "InvalidVpnInstanceId.NotFound"},
      {"IPv6Gateway", "InvalidIpv6Gateway.NotFound"},
      {"NatGateway", "InvalidNatGatewayId.NotFound"},
      {"Attachment", "InvalidAttachment.NotFound"},
      {"VpcPeer", "ResourceNotFound.VpcPeer"},
      {"Ipv4Gateway", "ResourceNotFound.Ipv4Gateway"},
      {"GatewayEndpoint", "InvalidNextHopId.NotFound"},
      {"GatewayLoadBalancerEndpoint", "ResourceNotFound.GatewayLoadBalancerEndpoint"}
    };
    for (String[] t : types) {
      out.add(Scenario.of(row(CREATE, d, t[1]), "a next hop of type " + t[0] + " that does not exist")
          .world(Nets::net)
          .call(e -> route(e, "192.168.0.0/16").param("NextHopType", t[0]).param("NextHopId", "i-ct" + e.token())));
    }
  }

  private static RpcCall byDestination(Env e, String destination) {
    return inRegion(DELETE, e).param("RouteTableId", e.routeTable("va")).param("DestinationCidrBlock", destination);
  }

  private static void delete(Dialect d, List<Scenario> out) {
    out.add(Scenario.of(row(DELETE, d, null), "by table, destination and next hop: Deleting, then gone")
        .world(Nets::net)
        .call(e -> byDestination(e, "10.0.0.0/8").param("NextHopId", e.ri("ia")))
        .after((e, probe, o, problems) ->
            probe.expectStatuses(() -> Nets.routeStatus(e, probe, "va", "10.0.0.0/8"), "Deleting", null, problems)));
    if (d == Dialect.ECS) {
      out.add(Scenario.of(row(DELETE, d, "MissingDestinationCidrBlock"), "no DestinationCidrBlock")
          .call(e -> inRegion(DELETE, e).param("RouteTableId", e.routeTable("va")))
          .rawOnly());
    }
    out.add(Scenario.of(row(DELETE, d, "InvalidRouteTableId.NotFound"), "no such table")
        .call(e -> inRegion(DELETE, e).param("RouteTableId", e.routeTable("ghost")).param("DestinationCidrBlock", "10.0.0.0/8")
            .param("NextHopId", e.ri("ghost"))));
    out.add(Scenario.of(row(DELETE, d, "InvalidCidrBlock.Malformed"), "a destination that is no address")
        .world(Nets::net)
        .call(e -> byDestination(e, "ten").param("NextHopId", e.ri("ia"))));
    out.add(Scenario.of(row(DELETE, d, "InvalidNextHop"), "a destination without a next hop")
        .world(Nets::net)
        .call(e -> byDestination(e, "10.0.0.0/8")));
    out.add(Scenario.of(row(DELETE, d, "InvalidRouteEntry.NotFound"), "a destination the table has no route to")
        .world(Nets::net)
        .call(e -> byDestination(e, "11.0.0.0/8").param("NextHopId", e.ri("ia"))));
    out.add(Scenario.of(row(DELETE, d, "OperationDenied"), "the system route 100.64.0.0/10")
        .world(Nets::net)
        .call(e -> byDestination(e, "100.64.0.0/10").param("NextHopId", e.ri("ia"))));
    out.add(Scenario.of(row(DELETE, d, "IncorrectVpcStatus"), "a route of a Pending VPC")
        .world(Nets::withPendingVpc)
        .call(e -> inRegion(DELETE, e).param("RouteTableId", e.routeTable("vp")).param("DestinationCidrBlock", "192.168.0.0/16")
            .param("NextHopId", e.ri("ip"))));
    out.add(Scenario.of(row(DELETE, d, "IncorrectRouteEntryStatus") + "#entry-status-error", "a route being created")
        .world(() -> Nets.net().with(w -> w.routeEntry("ep", "va", "11.0.0.0/8", "ib", "Pending")))
        .call(e -> byDestination(e, "11.0.0.0/8").param("NextHopId", e.ri("ib"))));
    out.add(Scenario.of(row(DELETE, d, "IncorrectRouteEntryStatus") + "#blocked", "another route of the table is being deleted")
        .world(() -> Nets.net().with(w -> w.routeEntry("ed", "va", "11.0.0.0/8", "ib", "Deleting")))
        .call(e -> byDestination(e, "10.0.0.0/8").param("NextHopId", e.ri("ia"))));
  }

  private static void referred(Dialect d, List<Scenario> out) {
    String code = d == Dialect.ECS ? "DependencyViolation.RouterInterfaceReferedByRouteEntry" : "RouterInterfaceReferredByRouteEntry";
    out.add(Scenario.of(row("DeleteRouterInterface", d, code), "an Inactive interface a route still uses")
        .world(Nets::net)
        .call(e -> Calls.on("DeleteRouterInterface", e, "ia")));
    out.add(Scenario.of(row("DeleteRouterInterface", d, null), "an interface whose route is gone")
        .world(() -> Nets.net().with(w -> w.ri("ib").set("Status", "Inactive")))
        .call(e -> Calls.on("DeleteRouterInterface", e, "ib"))
        .after((e, probe, o, problems) -> {
          if (!probe.describe(e.ri("ib")).isEmpty()) {
            problems.add("DescribeRouterInterfaces still lists the deleted interface");
          }
        }));
  }
}

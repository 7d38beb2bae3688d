package dev.aliyunmock.routetable.wire;

import static dev.aliyunmock.vpc.wire.Rendering.list;
import static dev.aliyunmock.vpc.wire.Rendering.ownerId;
import static dev.aliyunmock.vpc.wire.Rendering.page;
import static dev.aliyunmock.vpc.wire.Rendering.text;

import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.routetable.Commands;
import dev.aliyunmock.routetable.RouteEntry;
import dev.aliyunmock.routetable.SystemEntry;
import dev.aliyunmock.vpc.Page;
import dev.aliyunmock.vpc.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Route tables and their entries as each API version's SDK reads them (docs/reference/vpc/routing.md).
 * A route table's {@code Status}, whose values no source documents, and the next hop's
 * {@code NextHopOppsite*} fields, whose meaning none states, are left out.
 */
final class Rendering {
  private Rendering() {}

  /** DescribeRouteTables: paging, then {@code RouteTables.RouteTable[]}, each with {@code RouteEntrys.RouteEntry[]}. */
  static Map<String, Object> routeTables(Page<Commands.TableView> page, Dialect dialect) {
    return page(page, "RouteTables", "RouteTable", t -> routeTable(t, dialect));
  }

  private static Map<String, Object> routeTable(Commands.TableView t, Dialect dialect) {
    Vpc v = t.vpc();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("RouteTableId", v.routeTableId());
    out.put("VRouterId", v.vRouterId());
    out.put("RouteTableType", "System");
    out.put("CreationTime", v.creationTime());
    out.put("ResourceGroupId", v.resourceGroupId());
    if (dialect == Dialect.VPC) {
      out.put("VSwitchIds", list("VSwitchId", t.vSwitchIds()));
    }
    List<Map<String, Object>> entries = new ArrayList<>();
    for (RouteEntry e : t.entries()) {
      entries.add(entry(v.routeTableId(), e.id(), e.destination(), "Custom", e.status().apiName(),
          e.nextHopType().apiName(), e.nextHopId(), e.name(), e.description(), dialect));
    }
    if (t.showSystemEntry()) {
      entries.add(entry(v.routeTableId(), v.systemRouteEntryId(), SystemEntry.DESTINATION, "System", "Available",
          SystemEntry.NEXT_HOP_TYPE, "", null, null, dialect));
    }
    out.put("RouteEntrys", list("RouteEntry", entries));
    return out;
  }

  private static Map<String, Object> entry(
      String tableId, String id, String destination, String type, String status, String nextHopType, String instanceId,
      String name, String description, Dialect dialect) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (dialect == Dialect.VPC) {
      out.put("RouteEntryId", id);
    }
    out.put("RouteTableId", tableId);
    out.put("DestinationCidrBlock", destination);
    out.put("Type", type);
    out.put("Status", status);
    out.put("NextHopType", nextHopType);
    out.put("InstanceId", instanceId);
    if (dialect == Dialect.VPC) {
      out.put("RouteEntryName", text(name));
      out.put("Description", text(description));
    }
    // A route with one next hop shows it in NextHopType/InstanceId; NextHops lists ECMP hops only (DOC19-EN example).
    out.put("NextHops", list("NextHop", List.of()));
    return out;
  }

  /** DescribeRouteTableList: paging, {@code RouterTableList.RouterTableListType[]}, and the success envelope its SDK reads (G23). */
  static Map<String, Object> routeTableList(Page<Commands.TableView> page) {
    Map<String, Object> out = page(page, "RouterTableList", "RouterTableListType", Rendering::listed);
    out.put("Success", Boolean.TRUE);
    out.put("Code", "200");
    out.put("Message", "successful");
    return out;
  }

  private static Map<String, Object> listed(Commands.TableView t) {
    Vpc v = t.vpc();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("VpcId", v.id());
    out.put("RouterId", v.vRouterId());
    out.put("RouterType", "VRouter");
    out.put("RouteTableId", v.routeTableId());
    out.put("RouteTableName", "");
    out.put("RouteTableType", "System");
    out.put("Description", "");
    out.put("CreationTime", v.creationTime());
    out.put("OwnerId", ownerId(v.ownerId()));
    out.put("ResourceGroupId", v.resourceGroupId());
    out.put("VSwitchIds", list("VSwitchId", t.vSwitchIds()));
    out.put("GatewayIds", list("GatewayIds", List.of()));
    out.put("Tags", list("Tag", List.of()));
    return out;
  }

  /** DescribeRouteEntryList: {@code RouteEntrys.RouteEntry[]} and the {@code NextToken} of the next page (none on the last). */
  static Map<String, Object> routeEntryList(Commands.EntryPage page) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Commands.EntryView v : page.entries()) {
      items.add(v.entry() != null ? custom(v) : system(v.systemOf()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (page.nextOffset() >= 0) {
      out.put("NextToken", String.valueOf(page.nextOffset()));
    }
    out.put("RouteEntrys", list("RouteEntry", items));
    return out;
  }

  private static Map<String, Object> custom(Commands.EntryView v) {
    RouteEntry e = v.entry();
    Map<String, Object> out =
        listedEntry(e.id(), e.routeTableId(), e.destination(), "Custom", e.status().apiName(), e.name(), e.description(),
            e.gmtModified());
    Map<String, Object> hop = new LinkedHashMap<>();
    hop.put("NextHopId", e.nextHopId());
    hop.put("NextHopType", e.nextHopType().apiName());
    hop.put("NextHopRegionId", e.regionId());
    hop.put("Enabled", 1);
    if (v.nextHop() != null) {
      Map<String, Object> related = new LinkedHashMap<>();
      related.put("InstanceId", v.nextHop().instanceId());
      related.put("InstanceType", v.nextHop().instanceType());
      related.put("RegionId", text(v.nextHop().regionId()));
      hop.put("NextHopRelatedInfo", related);
    }
    out.put("NextHops", list("NextHop", List.of(hop)));
    return out;
  }

  private static Map<String, Object> system(Vpc v) {
    Map<String, Object> out =
        listedEntry(v.systemRouteEntryId(), v.routeTableId(), SystemEntry.DESTINATION, "System", "Available", null, null,
            v.creationTime());
    out.put("NextHops", list("NextHop", List.of()));
    return out;
  }

  private static Map<String, Object> listedEntry(
      String id, String tableId, String destination, String type, String status, String name, String description,
      String gmtModified) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("RouteEntryId", id);
    out.put("RouteTableId", tableId);
    out.put("DestinationCidrBlock", destination);
    out.put("Type", type);
    out.put("Status", status);
    out.put("IpVersion", "IPv4");
    out.put("RouteEntryName", text(name));
    out.put("Description", text(description));
    out.put("GmtModified", gmtModified);
    return out;
  }

}

package dev.aliyunmock.vpc.wire;

import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.vpc.Commands;
import dev.aliyunmock.vpc.Page;
import dev.aliyunmock.vpc.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * VPCs and vRouters as each API version's SDK reads them (docs/reference/vpc/vpc.md,
 * routing.md): every list is an object holding one array under its exact inner name. Fields whose
 * values no source gives (DHCP options, advanced features, CEN status, network ACLs) are left out
 * rather than invented.
 */
public final class Rendering {
  private Rendering() {}

  /** A list as the API nests it: {@code {"Inner": [...]}}. */
  public static Map<String, Object> list(String inner, List<?> items) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(inner, items);
    return m;
  }

  /** An account id as the SDK reads it ({@code Long}); a value too long for one stays text. */
  public static Object ownerId(String ownerId) {
    try {
      return Long.parseLong(ownerId);
    } catch (NumberFormatException e) {
      return ownerId;
    }
  }

  /** Paging, then the page's items under {@code outer.inner}. */
  public static <T> Map<String, Object> page(Page<T> page, String outer, String inner, Function<T, Map<String, Object>> item) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("PageNumber", page.pageNumber());
    out.put("PageSize", page.pageSize());
    out.put("TotalCount", page.totalCount());
    List<Map<String, Object>> items = new ArrayList<>();
    page.items().forEach(t -> items.add(item.apply(t)));
    out.put(outer, list(inner, items));
    return out;
  }

  /** One VPC of DescribeVpcs: the ECS SDK's eleven fields, or the VPC SDK's. */
  static Map<String, Object> vpc(Commands.VpcView view, Dialect dialect) {
    Vpc v = view.vpc();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("VpcId", v.id());
    out.put("RegionId", v.regionId());
    out.put("Status", v.status().apiName());
    out.put("VpcName", text(v.name()));
    out.put("CreationTime", v.creationTime());
    out.put("CidrBlock", v.cidrBlock());
    out.put("VRouterId", v.vRouterId());
    out.put("Description", text(v.description()));
    out.put("IsDefault", v.isDefault());
    out.put("VSwitchIds", list("VSwitchId", view.vSwitchIds()));
    out.put("UserCidrs", list("UserCidr", v.userCidrs()));
    if (dialect == Dialect.VPC) {
      out.put("Ipv6CidrBlock", "");
      out.put("ResourceGroupId", v.resourceGroupId());
      out.put("OwnerId", ownerId(v.ownerId()));
      out.put("RouterTableIds", list("RouterTableIds", List.of(v.routeTableId())));
      out.put("NatGatewayIds", list("NatGatewayIds", List.of()));
      out.put("SecondaryCidrBlocks", list("SecondaryCidrBlock", List.of()));
      out.put("Ipv6CidrBlocks", list("Ipv6CidrBlock", List.of()));
      out.put("Tags", list("Tag", List.of()));
    }
    return out;
  }

  /** One vRouter of DescribeVRouters (the same fields in both versions). */
  static Map<String, Object> vRouter(Vpc v) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("VRouterId", v.vRouterId());
    out.put("VpcId", v.id());
    out.put("RegionId", v.regionId());
    out.put("VRouterName", "");
    out.put("Description", "");
    out.put("CreationTime", v.creationTime());
    out.put("RouteTableIds", list("RouteTableId", List.of(v.routeTableId())));
    return out;
  }

  /** One region of DescribeRegions; the ECS product's adds its Status. */
  static Map<String, Object> region(Commands.Region r, Dialect dialect) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("RegionId", r.regionId());
    out.put("LocalName", r.localName());
    out.put("RegionEndpoint", r.endpoint());
    if (dialect == Dialect.ECS) {
      out.put("Status", "available");
    }
    return out;
  }

  /** An unset text as the API shows it: empty. */
  public static String text(String s) {
    return s == null ? "" : s;
  }
}

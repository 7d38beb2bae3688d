package dev.aliyunmock.routetable.wire;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.api.Input;
import dev.aliyunmock.protocol.Action;
import dev.aliyunmock.protocol.ActionContext;
import dev.aliyunmock.protocol.Formats;
import dev.aliyunmock.routetable.Commands;
import dev.aliyunmock.routetable.CreateRouteEntryRule;
import dev.aliyunmock.routetable.DeleteRouteEntryRule;
import dev.aliyunmock.routetable.DescribeRoutesRule;
import dev.aliyunmock.routetable.Destination;
import dev.aliyunmock.routetable.NextHopType;
import dev.aliyunmock.routetable.RouteTableError;
import dev.aliyunmock.vpc.Requester;
import dev.aliyunmock.vpc.VpcError;
import dev.aliyunmock.vpc.wire.Inputs;
import dev.aliyunmock.vpc.wire.VpcActions;
import dev.aliyunmock.world.World;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The route-table actions on the wire (docs/reference/vpc/routing.md): DescribeRouteTables,
 * CreateRouteEntry and DeleteRouteEntry in both API versions, DescribeRouteTableList and
 * DescribeRouteEntryList in the VPC version only (the 2014-05-26 API has neither).
 */
public final class RouteTableActions {
  /** DescribeRouteEntryList's MaxResult: 1 to 100, default 10 (G22). */
  private static final int MAX_RESULTS = 100;
  private static final int DEFAULT_RESULTS = 10;

  private final CreateRouteEntryRule create;
  private final DeleteRouteEntryRule delete;
  private final DescribeRoutesRule describe;

  public RouteTableActions(World world) {
    this.create = new CreateRouteEntryRule(world);
    this.delete = new DeleteRouteEntryRule(world);
    this.describe = new DescribeRoutesRule(world);
  }

  public List<Action> actions() {
    return List.of(
        Action.inBoth("DescribeRouteTables", this::describeRouteTables),
        new Action("DescribeRouteTableList", EnumSet.of(Dialect.VPC), this::describeRouteTableList),
        new Action("DescribeRouteEntryList", EnumSet.of(Dialect.VPC), this::describeRouteEntryList),
        Action.inBoth("CreateRouteEntry", this::createRouteEntry),
        Action.inBoth("DeleteRouteEntry", this::deleteRouteEntry));
  }

  private Map<String, Object> createRouteEntry(ActionContext ctx) {
    String tableId = ctx.required("RouteTableId");
    String destination = ctx.required("DestinationCidrBlock");
    Requester r = VpcActions.inOptionalRegion(ctx);
    boolean vpc = ctx.dialect() == Dialect.VPC;
    String type = ctx.optional("NextHopType");
    Commands.NextHop single =
        type == null ? null : new Commands.NextHop(nextHopType(type), ctx.optional("NextHopId"), Input.absent());
    List<Commands.NextHop> list = new ArrayList<>();
    for (Map<String, String> item : ctx.items("NextHopList")) {
      list.add(
          new Commands.NextHop(
              nextHopType(nonEmpty(item.get("NextHopType"))),
              nonEmpty(item.get("NextHopId")),
              vpc ? weight(nonEmpty(item.get("Weight"))) : Input.absent()));
    }
    String id =
        create.create(
            new Commands.Create(
                r,
                tableId,
                destination(destination),
                single,
                list,
                Input.ofNullable(ctx.optional("ClientToken")),
                Inputs.name(vpc ? ctx.optional("RouteEntryName") : null, RouteTableError.NAME_MALFORMED),
                Inputs.description(vpc ? ctx.optional("Description") : null, RouteTableError.DESCRIPTION_MALFORMED)));
    ctx.resource(id);
    Map<String, Object> out = new LinkedHashMap<>();
    if (vpc) {
      out.put("RouteEntryId", id);
    }
    return out;
  }

  private Map<String, Object> deleteRouteEntry(ActionContext ctx) {
    boolean vpc = ctx.dialect() == Dialect.VPC;
    String entryId = vpc ? ctx.optional("RouteEntryId") : null;
    String tableId = vpc ? ctx.optional("RouteTableId") : ctx.required("RouteTableId");
    String destination = vpc ? ctx.optional("DestinationCidrBlock") : ctx.required("DestinationCidrBlock");
    if (entryId == null && (tableId == null || destination == null)) {
      throw new ApiException(VpcError.MISSING_PARAMETER);
    }
    Requester r = VpcActions.inOptionalRegion(ctx);
    List<String> listIds = new ArrayList<>();
    for (Map<String, String> item : ctx.items("NextHopList")) {
      String id = nonEmpty(item.get("NextHopId"));
      if (id != null) {
        listIds.add(id);
      }
    }
    ctx.resource(entryId != null ? entryId : tableId);
    delete.delete(
        new Commands.Delete(
            r, entryId, tableId, destination(destination), ctx.optional("NextHopId"), listIds));
    return Map.of();
  }

  private Map<String, Object> describeRouteTables(ActionContext ctx) {
    boolean vpc = ctx.dialect() == Dialect.VPC;
    Requester r = VpcActions.inOptionalRegion(ctx);
    int pageNumber = Inputs.pageNumber(ctx);
    int pageSize = Inputs.pageSize(ctx);
    Commands.DescribeTables q =
        new Commands.DescribeTables(
            r,
            pageNumber,
            pageSize,
            ctx.optional("RouteTableId"),
            ctx.optional("VRouterId"),
            null,
            ctx.optional("RouterType"),
            ctx.optional("RouterId"),
            ctx.optional("RouteTableName"),
            null,
            vpc ? ctx.optional("ResourceGroupId") : null,
            vpc ? ctx.optional("Type") : null);
    return Rendering.routeTables(describe.tables(q, true), ctx.dialect());
  }

  private Map<String, Object> describeRouteTableList(ActionContext ctx) {
    String region = ctx.required("RegionId");
    Requester r = new Requester(ctx.caller().ownerId(), region);
    int pageNumber = Inputs.pageNumber(ctx);
    int pageSize = Inputs.pageSize(ctx);
    Commands.DescribeTables q =
        new Commands.DescribeTables(
            r,
            pageNumber,
            pageSize,
            ctx.optional("RouteTableId"),
            null,
            ctx.optional("VpcId"),
            ctx.optional("RouterType"),
            ctx.optional("RouterId"),
            ctx.optional("RouteTableName"),
            ctx.optional("RouteTableType"),
            ctx.optional("ResourceGroupId"),
            null);
    return Rendering.routeTableList(describe.tables(q, false));
  }

  private Map<String, Object> describeRouteEntryList(ActionContext ctx) {
    String region = ctx.required("RegionId");
    String tableId = ctx.required("RouteTableId");
    Requester r = new Requester(ctx.caller().ownerId(), region);
    int max = ctx.intWithin("MaxResult", 1, MAX_RESULTS, DEFAULT_RESULTS, () -> invalid("MaxResult"));
    int offset = ctx.intWithin("NextToken", 0, Integer.MAX_VALUE, 0, () -> invalid("NextToken"));
    Commands.EntryPage page =
        describe.entries(
            new Commands.DescribeEntries(
                r,
                tableId,
                ctx.optional("RouteEntryId"),
                ctx.optional("RouteEntryName"),
                ctx.optional("RouteEntryType"),
                ctx.optional("DestinationCidrBlock"),
                ctx.optional("IpVersion"),
                ctx.optional("NextHopId"),
                ctx.optional("NextHopType"),
                max,
                offset));
    return Rendering.routeEntryList(page);
  }

  /** DestinationCidrBlock: {@code InvalidCidrBlock.Malformed} unless an IPv4 or IPv6 address or block. */
  private static Input<Destination> destination(String raw) {
    return Input.parse(raw, v -> Destination.parse(v).orElse(null), () -> new ApiException(VpcError.CIDR_MALFORMED));
  }

  private static Input<NextHopType> nextHopType(String raw) {
    if (raw == null) {
      return Input.invalid(new ApiException(VpcError.MISSING_PARAMETER));
    }
    return Input.apiEnum(raw, NextHopType.class, () -> new ApiException(RouteTableError.NEXT_HOP_TYPE_INVALID));
  }

  /** NextHopList.N.Weight: a number from 0 to 255 (reading). */
  private static Input<Integer> weight(String raw) {
    return Input.parse(raw, v -> Formats.intWithin(v, 0, 255), () -> new ApiException(RouteTableError.WEIGHT_INVALID));
  }

  /** {@code InvalidParameter} naming the parameter. */
  private static ApiException invalid(String name) {
    return new ApiException(ApiError.INVALID_PARAMETER, name);
  }

  private static String nonEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}

package dev.aliyunmock.vpc.wire;

import dev.aliyunmock.api.Input;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.protocol.Action;
import dev.aliyunmock.protocol.ActionContext;
import dev.aliyunmock.vpc.Commands;
import dev.aliyunmock.vpc.CreateVpcRule;
import dev.aliyunmock.vpc.DescribeVpcsRule;
import dev.aliyunmock.vpc.Page;
import dev.aliyunmock.vpc.Regions;
import dev.aliyunmock.vpc.Requester;
import dev.aliyunmock.vpc.VpcError;
import dev.aliyunmock.vpc.VpcRules;
import dev.aliyunmock.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The VPC actions on the wire (docs/reference/vpc/vpc.md, routing.md for DescribeVRouters,
 * regions-zones.md for DescribeRegions): each reads its parameters (required ones first) into a
 * typed command, runs the rule, and shapes the response for the caller's API version. All exist
 * in both versions; parameters only the VPC version has are read only there.
 */
public final class VpcActions {
  /** DescribeVpcs' VpcId lists at most this many ids. */
  private static final int MAX_VPC_IDS = 20;

  private final CreateVpcRule create;
  private final VpcRules rules;
  private final DescribeVpcsRule describe;
  private final Regions regions;

  public VpcActions(World world) {
    this.create = new CreateVpcRule(world);
    this.rules = new VpcRules(world);
    this.describe = new DescribeVpcsRule(world);
    this.regions = new Regions(world);
  }

  public List<Action> actions() {
    return List.of(
        Action.inBoth("CreateVpc", this::createVpc),
        Action.inBoth("DescribeVpcs", this::describeVpcs),
        Action.inBoth("ModifyVpcAttribute", this::modifyVpc),
        Action.inBoth("DeleteVpc", this::deleteVpc),
        Action.inBoth("DescribeVRouters", this::describeVRouters),
        Action.inBoth(
            "DescribeRegions",
            ctx -> {
              List<Map<String, Object>> items = new ArrayList<>();
              regions.describe(ctx.dialect()).forEach(r -> items.add(Rendering.region(r, ctx.dialect())));
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("Regions", Rendering.list("Region", items));
              return out;
            }));
  }

  /** The caller, in the region the request requires. */
  static Requester inRequiredRegion(ActionContext ctx) {
    return new Requester(ctx.caller().ownerId(), ctx.required("RegionId"));
  }

  /** The caller, in the region the request names, if any. */
  public static Requester inOptionalRegion(ActionContext ctx) {
    return new Requester(ctx.caller().ownerId(), ctx.optional("RegionId"));
  }

  private Map<String, Object> createVpc(ActionContext ctx) {
    Requester r = inRequiredRegion(ctx);
    boolean vpc = ctx.dialect() == Dialect.VPC;
    Commands.Created c =
        create.create(
            new Commands.CreateVpc(
                r,
                Input.ofNullable(ctx.optional("ClientToken")),
                Inputs.cidr(ctx.optional("CidrBlock")),
                Inputs.name(ctx.optional("VpcName"), VpcError.VPC_NAME_MALFORMED),
                Inputs.description(ctx.optional("Description"), VpcError.VPC_DESCRIPTION_MALFORMED),
                Inputs.userCidrs(ctx.optional("UserCidr")),
                Input.ofNullable(vpc ? ctx.optional("ResourceGroupId") : null),
                vpc && Inputs.dryRun(ctx)));
    ctx.resource(c.vpcId());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("VpcId", c.vpcId());
    out.put("VRouterId", c.vRouterId());
    out.put("RouteTableId", c.routeTableId());
    if (vpc) {
      out.put("ResourceGroupId", c.resourceGroupId());
    }
    return out;
  }

  private Map<String, Object> describeVpcs(ActionContext ctx) {
    Requester r = inRequiredRegion(ctx);
    boolean vpc = ctx.dialect() == Dialect.VPC;
    int pageNumber = Inputs.pageNumber(ctx);
    int pageSize = Inputs.pageSize(ctx);
    Page<Commands.VpcView> page =
        describe.describe(
            new Commands.DescribeVpcs(
                r,
                pageNumber,
                pageSize,
                Inputs.commaSeparated(ctx, "VpcId", MAX_VPC_IDS),
                vpc ? ctx.optional("VpcName") : null,
                ctx.bool("IsDefault"),
                vpc ? ctx.optional("VpcOwnerId") : null,
                vpc ? ctx.optional("ResourceGroupId") : null,
                vpc ? ctx.optional("DhcpOptionsSetId") : null,
                vpc && Inputs.dryRun(ctx)));
    return Rendering.page(page, "Vpcs", "Vpc", v -> Rendering.vpc(v, ctx.dialect()));
  }

  private Map<String, Object> modifyVpc(ActionContext ctx) {
    String vpcId = ctx.required("VpcId");
    Requester r = inOptionalRegion(ctx);
    ctx.resource(vpcId);
    rules.modify(
        new Commands.ModifyVpc(
            r,
            vpcId,
            Inputs.name(ctx.optional("VpcName"), VpcError.VPC_NAME_MALFORMED),
            Inputs.description(ctx.optional("Description"), VpcError.VPC_DESCRIPTION_MALFORMED),
            Inputs.cidr(ctx.optional("CidrBlock")),
            Inputs.userCidrs(ctx.optional("UserCidr"))));
    return Map.of();
  }

  private Map<String, Object> deleteVpc(ActionContext ctx) {
    String vpcId = ctx.required("VpcId");
    Requester r = inOptionalRegion(ctx);
    ctx.resource(vpcId);
    rules.delete(new Commands.DeleteVpc(r, vpcId));
    return Map.of();
  }

  private Map<String, Object> describeVRouters(ActionContext ctx) {
    Requester r = inRequiredRegion(ctx);
    int pageNumber = Inputs.pageNumber(ctx);
    int pageSize = Inputs.pageSize(ctx);
    return Rendering.page(
        describe.describeVRouters(new Commands.DescribeVRouters(r, pageNumber, pageSize, ctx.optional("VRouterId"))),
        "VRouters",
        "VRouter",
        Rendering::vRouter);
  }
}

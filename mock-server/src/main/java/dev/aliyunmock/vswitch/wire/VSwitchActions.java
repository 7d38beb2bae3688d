package dev.aliyunmock.vswitch.wire;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.api.Input;
import dev.aliyunmock.protocol.Action;
import dev.aliyunmock.protocol.ActionContext;
import dev.aliyunmock.vpc.Cidr;
import dev.aliyunmock.vpc.Requester;
import dev.aliyunmock.vpc.VpcError;
import dev.aliyunmock.vpc.wire.Inputs;
import dev.aliyunmock.vpc.wire.Rendering;
import dev.aliyunmock.vpc.wire.VpcActions;
import dev.aliyunmock.vswitch.Commands;
import dev.aliyunmock.vswitch.CreateVSwitchRule;
import dev.aliyunmock.vswitch.VSwitch;
import dev.aliyunmock.vswitch.VSwitchError;
import dev.aliyunmock.vswitch.VSwitchRules;
import dev.aliyunmock.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vSwitch actions on the wire (docs/reference/vpc/vswitch.md), in both API versions; the
 * parameters and fields only the VPC version has are read and shown only there.
 */
public final class VSwitchActions {
  private final CreateVSwitchRule create;
  private final VSwitchRules rules;

  public VSwitchActions(World world) {
    this.create = new CreateVSwitchRule(world);
    this.rules = new VSwitchRules(world);
  }

  public List<Action> actions() {
    return List.of(
        Action.inBoth("CreateVSwitch", this::create),
        Action.inBoth("DescribeVSwitches", this::describe),
        Action.inBoth("DeleteVSwitch", this::delete));
  }

  private Map<String, Object> create(ActionContext ctx) {
    String vpcId = ctx.required("VpcId");
    String zoneId = ctx.required("ZoneId");
    String cidr = ctx.required("CidrBlock");
    Requester r = VpcActions.inOptionalRegion(ctx);
    String id =
        create.create(
            new Commands.Create(
                r,
                vpcId,
                zoneId,
                Input.parse(
                    cidr,
                    v -> Cidr.parse(v).filter(Cidr::isNetwork).orElse(null),
                    () -> new ApiException(VpcError.CIDR_MALFORMED)),
                Input.ofNullable(ctx.optional("ClientToken")),
                Inputs.name(ctx.optional("VSwitchName"), VSwitchError.NAME_MALFORMED),
                Inputs.description(ctx.optional("Description"), VSwitchError.DESCRIPTION_MALFORMED)));
    ctx.resource(id);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("VSwitchId", id);
    return out;
  }

  private Map<String, Object> delete(ActionContext ctx) {
    String id = ctx.required("VSwitchId");
    Requester r = VpcActions.inOptionalRegion(ctx);
    ctx.resource(id);
    rules.delete(new Commands.Delete(r, id));
    return Map.of();
  }

  private Map<String, Object> describe(ActionContext ctx) {
    Requester r = VpcActions.inOptionalRegion(ctx);
    boolean vpc = ctx.dialect() == Dialect.VPC;
    int pageNumber = Inputs.pageNumber(ctx);
    int pageSize = Inputs.pageSize(ctx);
    return Rendering.page(
        rules.describe(
            new Commands.Describe(
                r,
                pageNumber,
                pageSize,
                ctx.optional("VpcId"),
                ctx.optional("VSwitchId"),
                ctx.optional("ZoneId"),
                ctx.bool("IsDefault"),
                vpc ? ctx.optional("VSwitchName") : null,
                vpc ? ctx.optional("RouteTableId") : null,
                vpc ? ctx.optional("ResourceGroupId") : null,
                vpc ? ctx.optional("VSwitchOwnerId") : null,
                vpc && Inputs.dryRun(ctx))),
        "VSwitches",
        "VSwitch",
        v -> vSwitch(v.vSwitch(), ctx.dialect(), v.routeTableId()));
  }

  /** One vSwitch of DescribeVSwitches: the ECS SDK's eleven fields, or the VPC SDK's. */
  static Map<String, Object> vSwitch(VSwitch v, Dialect dialect, String routeTableId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("VSwitchId", v.id());
    out.put("VpcId", v.vpcId());
    out.put("Status", v.status().apiName());
    out.put("CidrBlock", v.cidrBlock());
    out.put("ZoneId", v.zoneId());
    out.put("VSwitchName", Rendering.text(v.name()));
    out.put("Description", Rendering.text(v.description()));
    out.put("CreationTime", v.creationTime());
    out.put("IsDefault", v.isDefault());
    out.put("AvailableIpAddressCount", v.availableIpAddressCount());
    out.put("ResourceGroupId", v.resourceGroupId());
    if (dialect == Dialect.VPC) {
      out.put("OwnerId", Rendering.ownerId(v.ownerId()));
      out.put("NetworkAclId", "");
      out.put("Ipv6CidrBlock", "");
      Map<String, Object> table = new LinkedHashMap<>();
      table.put("RouteTableId", Rendering.text(routeTableId));
      table.put("RouteTableType", "System");
      out.put("RouteTable", table);
      out.put("Tags", Rendering.list("Tag", List.of()));
    }
    return out;
  }
}

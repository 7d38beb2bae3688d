package dev.aliyunmock.routerinterface.wire;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.api.Input;
import dev.aliyunmock.protocol.Action;
import dev.aliyunmock.protocol.ActionContext;
import dev.aliyunmock.protocol.Formats;
import dev.aliyunmock.router.RouterType;
import dev.aliyunmock.routerinterface.AttributeRules;
import dev.aliyunmock.routerinterface.Commands;
import dev.aliyunmock.routerinterface.ConnectRule;
import dev.aliyunmock.routerinterface.CreateRule;
import dev.aliyunmock.routerinterface.DescribeRule;
import dev.aliyunmock.routerinterface.Lifecycle;
import dev.aliyunmock.routerinterface.Role;
import dev.aliyunmock.routerinterface.RouterInterfaceError;
import dev.aliyunmock.routerinterface.Filter;
import dev.aliyunmock.routerinterface.Spec;
import dev.aliyunmock.world.Caller;
import dev.aliyunmock.world.World;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The router-interface actions on the wire: each reads its parameters (required ones first, in
 * the order of the API's documentation) into a typed command, runs the rule, and shapes the
 * response fields for the caller's API version. No rule lives here.
 */
public final class RouterInterfaceActions {
  private final ConnectRule connect;
  private final CreateRule create;
  private final AttributeRules attributes;
  private final Lifecycle lifecycle;
  private final DescribeRule describe;

  public RouterInterfaceActions(World world) {
    this.connect = new ConnectRule(world);
    this.create = new CreateRule(world);
    this.attributes = new AttributeRules(world);
    this.lifecycle = new Lifecycle(world);
    this.describe = new DescribeRule(world);
  }

  /** The actions, in the order the catalogue lists them. */
  public List<Action> actions() {
    return List.of(
        Action.inBoth(
            "ConnectRouterInterface",
            ctx -> {
              Commands.OnInterface c = onInterface(ctx);
              connect.connect(new Commands.Connect(c.caller(), c.routerInterfaceId(), ctx.dialect()));
              return Map.of();
            }),
        Action.inBoth("DescribeRouterInterfaces", this::describe),
        Action.inBoth("ModifyRouterInterfaceAttribute", this::modifyAttribute),
        Action.inBoth("CreateRouterInterface", this::create),
        Action.inBoth("ActivateRouterInterface", onInterface(lifecycle::activate)),
        Action.inBoth("DeactivateRouterInterface", onInterface(lifecycle::deactivate)),
        Action.inBoth("DeleteRouterInterface", onInterface(lifecycle::delete)),
        Action.inBoth("ModifyRouterInterfaceSpec", this::modifySpec),
        // The 2014-05-26 API has no such action.
        new Action(
            "DescribeRouterInterfaceAttribute",
            EnumSet.of(Dialect.VPC),
            ctx -> {
              Caller caller = caller(ctx);
              String id = ctx.required("InstanceId");
              ctx.resource(id);
              return Rendering.attributes(
                  describe.describeAttribute(new Commands.OnInterface(caller, id)), ctx.dialect());
            }));
  }

  /** An action that takes a region and an interface and answers only its RequestId. */
  private static dev.aliyunmock.protocol.ActionHandler onInterface(Consumer<Commands.OnInterface> rule) {
    return ctx -> {
      rule.accept(onInterface(ctx));
      return Map.of();
    };
  }

  private static Commands.OnInterface onInterface(ActionContext ctx) {
    Caller caller = caller(ctx);
    String id = ctx.required("RouterInterfaceId");
    ctx.resource(id);
    return new Commands.OnInterface(caller, id);
  }

  private static Caller caller(ActionContext ctx) {
    return new Caller(ctx.caller().ownerId(), ctx.required("RegionId"));
  }

  private Map<String, Object> modifySpec(ActionContext ctx) {
    Caller caller = caller(ctx);
    String id = ctx.required("RouterInterfaceId");
    String spec = ctx.required("Spec");
    ctx.resource(id);
    Spec s = attributes.modifySpec(new Commands.ModifySpec(caller, id, Inputs.spec(spec)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Spec", s.apiName());
    return out;
  }

  private Map<String, Object> modifyAttribute(ActionContext ctx) {
    Caller caller = caller(ctx);
    String id = ctx.required("RouterInterfaceId");
    ctx.resource(id);
    boolean vpc = ctx.dialect() == Dialect.VPC;
    Boolean deleteHc = vpc ? ctx.bool("DeleteHealthCheckIp") : null;
    attributes.modifyAttribute(
        new Commands.ModifyAttribute(
            caller,
            id,
            Inputs.name(ctx.optional("Name")),
            Inputs.description(ctx.optional("Description")),
            Input.ofNullable(ctx.optional("OppositeInterfaceId")),
            Input.ofNullable(ctx.optional("OppositeRouterId")),
            Inputs.oppositeRouterType(ctx.optional("OppositeRouterType")),
            Input.text(
                ctx.optional("OppositeInterfaceOwnerId"),
                Formats::isAccountId,
                () -> new ApiException(ApiError.INVALID_PARAMETER, "OppositeInterfaceOwnerId")),
            Inputs.healthCheckIp(ctx.optional("HealthCheckSourceIp")),
            Inputs.healthCheckIp(ctx.optional("HealthCheckTargetIp")),
            Inputs.positive("HcRate", vpc ? ctx.optional("HcRate") : null),
            Inputs.positive("HcThreshold", vpc ? ctx.optional("HcThreshold") : null),
            Boolean.TRUE.equals(deleteHc)));
    return Map.of();
  }

  private Map<String, Object> create(ActionContext ctx) {
    Caller caller = caller(ctx);
    String role = ctx.required("Role");
    String spec = ctx.required("Spec");
    String routerType = ctx.required("RouterType");
    String routerId = ctx.required("RouterId");
    String oppositeRegionId = ctx.required("OppositeRegionId");
    Commands.Created created =
        create.create(
            new Commands.Create(
                caller,
                Input.ofNullable(ctx.optional("ClientToken")),
                Input.apiEnum(role, Role.class, () -> new ApiException(RouterInterfaceError.ROLE_NOT_SUPPORTED)),
                Inputs.spec(spec),
                Input.apiEnum(
                    routerType, RouterType.class, () -> new ApiException(ApiError.INVALID_PARAMETER, "RouterType")),
                routerId,
                oppositeRegionId,
                Input.ofNullable(ctx.optional("OppositeRouterId")),
                Inputs.oppositeRouterType(ctx.optional("OppositeRouterType")),
                Input.ofNullable(ctx.optional("OppositeInterfaceId")),
                Input.ofNullable(ctx.optional("OppositeInterfaceOwnerId")),
                Input.ofNullable(ctx.optional("AccessPointId")),
                Input.ofNullable(ctx.optional("OppositeAccessPointId")),
                Inputs.name(ctx.optional("Name")),
                Inputs.description(ctx.optional("Description")),
                Inputs.healthCheckIp(ctx.optional("HealthCheckSourceIp")),
                Inputs.healthCheckIp(ctx.optional("HealthCheckTargetIp")),
                Inputs.charge(ctx.optional("InstanceChargeType"), ctx.optional("Period"), ctx.optional("PricingCycle")),
                ctx.dialect() == Dialect.VPC ? Inputs.tags(ctx.items("Tags")) : Input.absent(),
                ctx.dialect() == Dialect.VPC ? Input.ofNullable(ctx.optional("ResourceGroupId")) : Input.absent()));
    ctx.resource(created.routerInterfaceId());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("RouterInterfaceId", created.routerInterfaceId());
    out.put("OrderId", created.orderId());
    return out;
  }

  private Map<String, Object> describe(ActionContext ctx) {
    Caller caller = caller(ctx);
    // Out of range or not a number: InvalidRegionId.NotFound with its own message, as the page documents.
    Supplier<ApiException> paging = () -> new ApiException(RouterInterfaceError.PAGING_INVALID);
    int pageNumber = ctx.intWithin("PageNumber", 1, Integer.MAX_VALUE, 1, paging);
    int pageSize = ctx.intWithin("PageSize", 1, 50, 10, paging);
    List<Filter> filters = Filters.of(ctx);
    boolean vpc = ctx.dialect() == Dialect.VPC;
    Map<String, String> tags = vpc ? Inputs.tags(ctx.items("Tags")).orElse(Map.of()) : Map.of();
    String resourceGroupId = vpc ? ctx.optional("ResourceGroupId") : null;
    if (vpc) {
      ctx.bool("IncludeReservationData"); // read and checked; the mock holds no reservation data
    }
    Commands.Page page =
        describe.describe(new Commands.Describe(caller, pageNumber, pageSize, filters, tags, resourceGroupId));
    return Rendering.page(page, ctx.dialect());
  }
}

package dev.aliyunmock.reliability;

import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.model.Filter;
import dev.aliyunmock.model.Page;
import dev.aliyunmock.model.RouterInterfaces;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One API call of the stateful tests, which can run straight on {@link RouterInterfaces} or as
 * request parameters through the whole engine.
 */
sealed interface Call {
  /** The action's name. */
  String action();

  /** The region the call names. */
  String region();

  /** The router interface the call is about, or {@code null} (Create, Describe). */
  default String target() {
    return null;
  }

  /** Runs the call on the rules directly; throws ApiException when refused. */
  Result direct(RouterInterfaces ris, String owner, Dialect dialect);

  /** The call as API parameters (without the common ones). */
  Map<String, String> params();

  /** What a call answered. */
  record Result(boolean ok, String code, String createdId, Integer total, List<String> itemIds) {
    static Result success() {
      return new Result(true, null, null, null, List.of());
    }

    static Result refused(String code) {
      return new Result(false, code, null, null, List.of());
    }

    @Override
    public String toString() {
      return ok ? "OK" + (createdId == null ? "" : " " + createdId) + (total == null ? "" : " total=" + total + " " + itemIds) : code;
    }
  }

  private static Map<String, String> base(String action, String region, String id) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("Action", action);
    p.put("RegionId", region);
    if (id != null) {
      p.put(action.equals("DescribeRouterInterfaceAttribute") ? "InstanceId" : "RouterInterfaceId", id);
    }
    return p;
  }

  private static void putIf(Map<String, String> p, String name, String value) {
    if (value != null) {
      p.put(name, value);
    }
  }

  record Connect(String region, String id) implements Call {
    public String action() {
      return "ConnectRouterInterface";
    }

    public String target() {
      return id;
    }

    public Result direct(RouterInterfaces ris, String owner, Dialect d) {
      ris.connect(owner, d, region, id);
      return Result.success();
    }

    public Map<String, String> params() {
      return base(action(), region, id);
    }
  }

  record Activate(String region, String id) implements Call {
    public String action() {
      return "ActivateRouterInterface";
    }

    public String target() {
      return id;
    }

    public Result direct(RouterInterfaces ris, String owner, Dialect d) {
      ris.activate(owner, region, id);
      return Result.success();
    }

    public Map<String, String> params() {
      return base(action(), region, id);
    }
  }

  record Deactivate(String region, String id) implements Call {
    public String action() {
      return "DeactivateRouterInterface";
    }

    public String target() {
      return id;
    }

    public Result direct(RouterInterfaces ris, String owner, Dialect d) {
      ris.deactivate(owner, region, id);
      return Result.success();
    }

    public Map<String, String> params() {
      return base(action(), region, id);
    }
  }

  record Delete(String region, String id) implements Call {
    public String action() {
      return "DeleteRouterInterface";
    }

    public String target() {
      return id;
    }

    public Result direct(RouterInterfaces ris, String owner, Dialect d) {
      ris.delete(owner, region, id);
      return Result.success();
    }

    public Map<String, String> params() {
      return base(action(), region, id);
    }
  }

  record ModifySpec(String region, String id, String spec) implements Call {
    public String action() {
      return "ModifyRouterInterfaceSpec";
    }

    public String target() {
      return id;
    }

    public Result direct(RouterInterfaces ris, String owner, Dialect d) {
      ris.modifySpec(owner, region, id, spec);
      return Result.success();
    }

    public Map<String, String> params() {
      Map<String, String> p = base(action(), region, id);
      p.put("Spec", spec);
      return p;
    }
  }

  record DescribeAttribute(String region, String id) implements Call {
    public String action() {
      return "DescribeRouterInterfaceAttribute";
    }

    public String target() {
      return id;
    }

    public Result direct(RouterInterfaces ris, String owner, Dialect d) {
      Map<String, Object> out = ris.describeAttribute(owner, Dialect.VPC, region, id);
      return new Result(true, null, null, 1, List.of(String.valueOf(out.get("RouterInterfaceId"))));
    }

    public Map<String, String> params() {
      return base(action(), region, id);
    }
  }

  record ModifyAttribute(String region, String id, RouterInterfaces.AttributeChanges c) implements Call {
    public String action() {
      return "ModifyRouterInterfaceAttribute";
    }

    public String target() {
      return id;
    }

    public Result direct(RouterInterfaces ris, String owner, Dialect d) {
      RouterInterfaces.AttributeChanges changes =
          d == Dialect.VPC
              ? c
              : new RouterInterfaces.AttributeChanges(
                  c.name(), c.description(), c.oppositeInterfaceId(), c.oppositeRouterId(), c.oppositeRouterType(),
                  c.oppositeInterfaceOwnerId(), c.healthCheckSourceIp(), c.healthCheckTargetIp(), null, null, false);
      ris.modifyAttribute(owner, d, region, id, changes);
      return Result.success();
    }

    public Map<String, String> params() {
      Map<String, String> p = base(action(), region, id);
      putIf(p, "Name", c.name());
      putIf(p, "Description", c.description());
      putIf(p, "OppositeInterfaceId", c.oppositeInterfaceId());
      putIf(p, "OppositeRouterId", c.oppositeRouterId());
      putIf(p, "OppositeRouterType", c.oppositeRouterType());
      putIf(p, "OppositeInterfaceOwnerId", c.oppositeInterfaceOwnerId());
      putIf(p, "HealthCheckSourceIp", c.healthCheckSourceIp());
      putIf(p, "HealthCheckTargetIp", c.healthCheckTargetIp());
      putIf(p, "HcRate", c.hcRate());
      putIf(p, "HcThreshold", c.hcThreshold());
      if (c.deleteHealthCheckIp()) {
        p.put("DeleteHealthCheckIp", "true");
      }
      return p;
    }
  }

  record Create(String region, RouterInterfaces.CreateRequest r) implements Call {
    public String action() {
      return "CreateRouterInterface";
    }

    public Result direct(RouterInterfaces ris, String owner, Dialect d) {
      RouterInterfaces.Created c = ris.create(owner, region, r);
      return new Result(true, null, c.routerInterfaceId(), null, List.of());
    }

    public Map<String, String> params() {
      Map<String, String> p = base(action(), region, null);
      putIf(p, "Role", r.role());
      putIf(p, "Spec", r.spec());
      putIf(p, "RouterType", r.routerType());
      putIf(p, "RouterId", r.routerId());
      putIf(p, "OppositeRegionId", r.oppositeRegionId());
      putIf(p, "OppositeRouterId", r.oppositeRouterId());
      putIf(p, "OppositeRouterType", r.oppositeRouterType());
      putIf(p, "OppositeInterfaceId", r.oppositeInterfaceId());
      putIf(p, "OppositeInterfaceOwnerId", r.oppositeInterfaceOwnerId());
      putIf(p, "Name", r.name());
      putIf(p, "Description", r.description());
      putIf(p, "HealthCheckSourceIp", r.healthCheckSourceIp());
      putIf(p, "HealthCheckTargetIp", r.healthCheckTargetIp());
      putIf(p, "InstanceChargeType", r.instanceChargeType());
      putIf(p, "Period", r.period());
      putIf(p, "PricingCycle", r.pricingCycle());
      putIf(p, "ClientToken", r.clientToken());
      return p;
    }
  }

  record Describe(String region, int pageNumber, int pageSize, List<Filter> filters) implements Call {
    public String action() {
      return "DescribeRouterInterfaces";
    }

    public Result direct(RouterInterfaces ris, String owner, Dialect d) {
      Page page = ris.describe(owner, d, region, pageNumber, pageSize, filters);
      List<String> ids = new ArrayList<>();
      for (Map<String, Object> item : page.items()) {
        ids.add(String.valueOf(item.get("RouterInterfaceId")));
      }
      return new Result(true, null, null, page.totalCount(), ids);
    }

    public Map<String, String> params() {
      Map<String, String> p = base(action(), region, null);
      p.put("PageNumber", String.valueOf(pageNumber));
      p.put("PageSize", String.valueOf(pageSize));
      int n = 1;
      for (Filter f : filters) {
        p.put("Filter." + n + ".Key", f.key().name());
        int m = 1;
        for (String v : f.values()) {
          p.put("Filter." + n + ".Value." + m++, v);
        }
        n++;
      }
      return p;
    }
  }
}

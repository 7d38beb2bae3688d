package dev.aliyunmock.reliability;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.protocol.ActionContext;
import dev.aliyunmock.protocol.ActionHandler;
import dev.aliyunmock.protocol.Parameters;
import dev.aliyunmock.protocol.PercentCodec;
import dev.aliyunmock.protocol.RpcRequest;
import dev.aliyunmock.protocol.auth.Principal;
import dev.aliyunmock.routerinterface.Filter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One API call of the stateful tests, which can run straight on the action (its parameters parsed
 * and its rules run, no gateway, no signature) or as a signed request through the whole engine.
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

  /**
   * Runs the call straight on its action, as {@code owner}; throws ApiException when refused.
   * DescribeRouterInterfaceAttribute runs in the VPC dialect, the only one that has it.
   */
  default Result direct(AliyunMock mock, String owner, Dialect dialect) {
    Dialect d = this instanceof DescribeAttribute ? Dialect.VPC : dialect;
    ActionHandler handler = mock.actions().find(action(), d).orElseThrow(() -> new ApiException(ApiError.ACTION_NOT_FOUND));
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, String> e : params().entrySet()) {
      query.append(query.length() == 0 ? "" : "&")
          .append(PercentCodec.percentEncode(e.getKey()))
          .append('=')
          .append(PercentCodec.percentEncode(e.getValue()));
    }
    Parameters params = Parameters.of(RpcRequest.builder("POST", "/?" + query).build());
    Map<String, Object> out = handler.handle(new ActionContext(new Principal("direct", "", owner), d, params, action()));
    return result(out);
  }

  /** What the response fields of a successful call say. */
  default Result result(Map<String, Object> out) {
    return Result.success();
  }

  /** The raw parameters of ModifyRouterInterfaceAttribute; {@code null} means not sent. */
  record AttributeChanges(
      String name,
      String description,
      String oppositeInterfaceId,
      String oppositeRouterId,
      String oppositeRouterType,
      String oppositeInterfaceOwnerId,
      String healthCheckSourceIp,
      String healthCheckTargetIp,
      String hcRate,
      String hcThreshold,
      boolean deleteHealthCheckIp) {}

  /** The raw parameters of CreateRouterInterface; {@code null} means not sent. */
  record CreateRequest(
      String role,
      String spec,
      String routerType,
      String routerId,
      String oppositeRegionId,
      String oppositeRouterId,
      String oppositeRouterType,
      String oppositeInterfaceId,
      String oppositeInterfaceOwnerId,
      String accessPointId,
      String oppositeAccessPointId,
      String name,
      String description,
      String healthCheckSourceIp,
      String healthCheckTargetIp,
      String instanceChargeType,
      String period,
      String pricingCycle,
      String clientToken) {}

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

    public Result result(Map<String, Object> out) {
      return new Result(true, null, null, 1, List.of(String.valueOf(out.get("RouterInterfaceId"))));
    }

    public Map<String, String> params() {
      return base(action(), region, id);
    }
  }

  record ModifyAttribute(String region, String id, AttributeChanges c) implements Call {
    public String action() {
      return "ModifyRouterInterfaceAttribute";
    }

    public String target() {
      return id;
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

  record Create(String region, CreateRequest r) implements Call {
    public String action() {
      return "CreateRouterInterface";
    }

    public Result result(Map<String, Object> out) {
      return new Result(true, null, String.valueOf(out.get("RouterInterfaceId")), null, List.of());
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
      putIf(p, "AccessPointId", r.accessPointId());
      putIf(p, "OppositeAccessPointId", r.oppositeAccessPointId());
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

    @SuppressWarnings("unchecked")
    public Result result(Map<String, Object> out) {
      List<String> ids = new ArrayList<>();
      Map<String, Object> set = (Map<String, Object>) out.get("RouterInterfaceSet");
      for (Map<String, Object> item : (List<Map<String, Object>>) set.get("RouterInterfaceType")) {
        ids.add(String.valueOf(item.get("RouterInterfaceId")));
      }
      return new Result(true, null, null, ((Number) out.get("TotalCount")).intValue(), ids);
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

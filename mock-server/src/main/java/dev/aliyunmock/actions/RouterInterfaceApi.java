package dev.aliyunmock.actions;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.model.Filter;
import dev.aliyunmock.model.FilterKey;
import dev.aliyunmock.model.Page;
import dev.aliyunmock.model.RouterInterfaces;
import dev.aliyunmock.protocol.ActionContext;
import dev.aliyunmock.protocol.ActionHandler;
import dev.aliyunmock.protocol.ActionRegistry;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The router-interface actions as the gateway sees them: each reads its parameters (required
 * ones first, in the order of the API's documentation), calls {@link RouterInterfaces}, and shapes
 * the response fields. No rules live here.
 */
public final class RouterInterfaceApi implements ActionRegistry {
  private static final Pattern FILTER_KEY = Pattern.compile("Filter\\.(\\d{1,9})\\.Key");
  private static final Pattern FILTER_VALUE = Pattern.compile("Filter\\.(\\d{1,9})\\.Value\\.(\\d{1,9})");

  private record Entry(ActionHandler handler, Set<Dialect> dialects) {}

  private final RouterInterfaces ris;
  private final Map<String, Entry> actions = new LinkedHashMap<>();

  public RouterInterfaceApi(RouterInterfaces ris) {
    this.ris = ris;
    Set<Dialect> both = EnumSet.allOf(Dialect.class);
    actions.put("ConnectRouterInterface", new Entry(this::connect, both));
    actions.put("DescribeRouterInterfaces", new Entry(this::describe, both));
    actions.put("ModifyRouterInterfaceAttribute", new Entry(this::modifyAttribute, both));
    actions.put("CreateRouterInterface", new Entry(this::create, both));
    actions.put("ActivateRouterInterface", new Entry(this::activate, both));
    actions.put("DeactivateRouterInterface", new Entry(this::deactivate, both));
    actions.put("DeleteRouterInterface", new Entry(this::delete, both));
    actions.put("ModifyRouterInterfaceSpec", new Entry(this::modifySpec, both));
    actions.put("DescribeRouterInterfaceAttribute", new Entry(this::describeAttribute, EnumSet.of(Dialect.VPC)));
  }

  /** The actions served, with the dialects each exists in. */
  public Map<String, Set<Dialect>> catalogue() {
    Map<String, Set<Dialect>> out = new LinkedHashMap<>();
    actions.forEach((k, v) -> out.put(k, v.dialects()));
    return out;
  }

  @Override
  public boolean knows(String action) {
    return actions.containsKey(action);
  }

  @Override
  public Optional<ActionHandler> find(String action, Dialect dialect) {
    Entry e = actions.get(action);
    return e == null || !e.dialects().contains(dialect) ? Optional.empty() : Optional.of(e.handler());
  }

  private static String owner(ActionContext ctx) {
    return ctx.caller().ownerId();
  }

  private Map<String, Object> connect(ActionContext ctx) {
    String region = ctx.required("RegionId");
    String id = ctx.required("RouterInterfaceId");
    ctx.resource(id);
    ris.connect(owner(ctx), ctx.dialect(), region, id);
    return Map.of();
  }

  private Map<String, Object> activate(ActionContext ctx) {
    String region = ctx.required("RegionId");
    String id = ctx.required("RouterInterfaceId");
    ctx.resource(id);
    ris.activate(owner(ctx), region, id);
    return Map.of();
  }

  private Map<String, Object> deactivate(ActionContext ctx) {
    String region = ctx.required("RegionId");
    String id = ctx.required("RouterInterfaceId");
    ctx.resource(id);
    ris.deactivate(owner(ctx), region, id);
    return Map.of();
  }

  private Map<String, Object> delete(ActionContext ctx) {
    String region = ctx.required("RegionId");
    String id = ctx.required("RouterInterfaceId");
    ctx.resource(id);
    ris.delete(owner(ctx), region, id);
    return Map.of();
  }

  private Map<String, Object> modifySpec(ActionContext ctx) {
    String region = ctx.required("RegionId");
    String id = ctx.required("RouterInterfaceId");
    String spec = ctx.required("Spec");
    ctx.resource(id);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Spec", ris.modifySpec(owner(ctx), region, id, spec));
    return out;
  }

  private Map<String, Object> describeAttribute(ActionContext ctx) {
    String region = ctx.required("RegionId");
    String id = ctx.required("InstanceId");
    ctx.resource(id);
    return ris.describeAttribute(owner(ctx), ctx.dialect(), region, id);
  }

  private Map<String, Object> modifyAttribute(ActionContext ctx) {
    String region = ctx.required("RegionId");
    String id = ctx.required("RouterInterfaceId");
    ctx.resource(id);
    boolean vpc = ctx.dialect() == Dialect.VPC;
    String deleteHc = vpc ? ctx.optional("DeleteHealthCheckIp") : null;
    if (deleteHc != null && !deleteHc.equals("true") && !deleteHc.equals("false")) {
      throw new ApiException(ApiError.INVALID_PARAMETER, "DeleteHealthCheckIp");
    }
    ris.modifyAttribute(
        owner(ctx),
        ctx.dialect(),
        region,
        id,
        new RouterInterfaces.AttributeChanges(
            ctx.optional("Name"),
            ctx.optional("Description"),
            ctx.optional("OppositeInterfaceId"),
            ctx.optional("OppositeRouterId"),
            ctx.optional("OppositeRouterType"),
            ctx.optional("OppositeInterfaceOwnerId"),
            ctx.optional("HealthCheckSourceIp"),
            ctx.optional("HealthCheckTargetIp"),
            vpc ? ctx.optional("HcRate") : null,
            vpc ? ctx.optional("HcThreshold") : null,
            "true".equals(deleteHc)));
    return Map.of();
  }

  private Map<String, Object> create(ActionContext ctx) {
    String region = ctx.required("RegionId");
    RouterInterfaces.CreateRequest r =
        new RouterInterfaces.CreateRequest(
            ctx.required("Role"),
            ctx.required("Spec"),
            ctx.required("RouterType"),
            ctx.required("RouterId"),
            ctx.required("OppositeRegionId"),
            ctx.optional("OppositeRouterId"),
            ctx.optional("OppositeRouterType"),
            ctx.optional("OppositeInterfaceId"),
            ctx.optional("OppositeInterfaceOwnerId"),
            ctx.optional("AccessPointId"),
            ctx.optional("OppositeAccessPointId"),
            ctx.optional("Name"),
            ctx.optional("Description"),
            ctx.optional("HealthCheckSourceIp"),
            ctx.optional("HealthCheckTargetIp"),
            ctx.optional("InstanceChargeType"),
            ctx.optional("Period"),
            ctx.optional("PricingCycle"),
            ctx.optional("ClientToken"));
    RouterInterfaces.Created c = ris.create(owner(ctx), region, r);
    ctx.resource(c.routerInterfaceId());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("RouterInterfaceId", c.routerInterfaceId());
    out.put("OrderId", c.orderId());
    return out;
  }

  private Map<String, Object> describe(ActionContext ctx) {
    String region = ctx.required("RegionId");
    int pageNumber = paging(ctx.optional("PageNumber"), 1, Integer.MAX_VALUE, 1);
    int pageSize = paging(ctx.optional("PageSize"), 1, 50, 10);
    List<Filter> filters = filters(ctx.params().all());
    Page page = ris.describe(owner(ctx), ctx.dialect(), region, pageNumber, pageSize, filters);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("PageNumber", page.pageNumber());
    out.put("PageSize", page.pageSize());
    out.put("TotalCount", page.totalCount());
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("RouterInterfaceType", page.items());
    out.put("RouterInterfaceSet", set);
    return out;
  }

  private static int paging(String value, int min, int max, int dflt) {
    if (value == null) {
      return dflt;
    }
    try {
      int v = Integer.parseInt(value.trim());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new ApiException(ApiError.PAGING_INVALID);
  }

  /**
   * {@code Filter.N.Key} and {@code Filter.N.Value.M}, by N then M. A key without values or
   * values without a key: {@code InvalidParam.NotNull}; an unknown key: {@code
   * InvalidFilterKey.ValueNotSupported}.
   */
  static List<Filter> filters(Map<String, String> params) {
    TreeMap<Integer, String> keys = new TreeMap<>();
    TreeMap<Integer, TreeMap<Integer, String>> values = new TreeMap<>();
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (!e.getKey().startsWith("Filter.")) {
        continue;
      }
      Matcher k = FILTER_KEY.matcher(e.getKey());
      Matcher v = FILTER_VALUE.matcher(e.getKey());
      if (k.matches()) {
        keys.put(Integer.parseInt(k.group(1)), e.getValue());
      } else if (v.matches()) {
        values
            .computeIfAbsent(Integer.parseInt(v.group(1)), n -> new TreeMap<>())
            .put(Integer.parseInt(v.group(2)), e.getValue());
      }
    }
    Set<Integer> indexes = new LinkedHashSet<>(keys.keySet());
    indexes.addAll(values.keySet());
    List<Filter> out = new ArrayList<>();
    for (int n : new java.util.TreeSet<>(indexes)) {
      String keyName = keys.get(n);
      TreeMap<Integer, String> vs = values.get(n);
      if (keyName == null || keyName.isEmpty() || vs == null) {
        throw new ApiException(ApiError.PARAM_NOT_NULL);
      }
      FilterKey key = FilterKey.byName(keyName);
      if (key == null) {
        throw new ApiException(ApiError.FILTER_KEY_NOT_SUPPORTED);
      }
      out.add(new Filter(key, new LinkedHashSet<>(vs.values())));
    }
    return out;
  }
}

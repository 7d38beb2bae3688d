package dev.aliyunmock.model;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.api.Dialect;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The router-interface actions and their rules, with no HTTP in sight: each method is one action,
 * runs under the world's lock, checks its rules in a fixed order, and either changes the world or
 * throws an {@link ApiException} having changed nothing.
 *
 * <pre>{@code
 * RouterInterfaces ris = new RouterInterfaces(world);
 * ris.connect(caller, Dialect.VPC, "cn-hangzhou", "ri-initiator");
 * }</pre>
 */
public final class RouterInterfaces {
  /** At most this many router interfaces per router (DOC2016, HELP 109017). */
  public static final int QUOTA_PER_ROUTER = 5;
  /** The EndTime the real service reports for pay-as-you-go interfaces. */
  static final String PAY_AS_YOU_GO_END_TIME = "2999-09-08T16:00:00Z";

  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}._-]{1,127}");
  private static final Pattern DESCRIPTION = Pattern.compile("\\p{L}[\\s\\S]{1,255}");
  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");

  private final World world;

  public RouterInterfaces(World world) {
    this.world = world;
  }

  // ---------------------------------------------------------------- ConnectRouterInterface

  /**
   * ConnectRouterInterface, checked in the order of DECISIONS.md §2 (steps 3-12; the gateway and
   * the action layer did 1-2).
   */
  public void connect(String callerOwnerId, Dialect dialect, String regionId, String id) {
    world.locked(
        () -> {
          Account caller = account(callerOwnerId);
          RouterInterface ri = ownInterface(caller, regionId, id);
          if (ri.role() != Role.INITIATING_SIDE) {
            throw new ApiException(ApiError.NOT_INITIATING_SIDE);
          }
          if (ri.status() != Status.IDLE) {
            throw new ApiException(ApiError.INCORRECT_STATUS, Status.IDLE.apiName());
          }
          if (ri.oppositeInterfaceId() == null
              || ri.oppositeRouterId() == null
              || ri.oppositeRouterType() == null
              || ri.oppositeInterfaceOwnerId() == null) {
            throw new ApiException(ApiError.OPPOSITE_INFO_NOT_SET);
          }
          RouterInterface opp = checkOpposite(ri);
          Account oppOwner = account(opp.ownerId());
          if (dialect == Dialect.VPC && !Objects.equals(caller.bid(), oppOwner.bid())) {
            throw new ApiException(ApiError.CROSS_BID_FORBIDDEN);
          }
          if (!ri.id().equals(opp.oppositeInterfaceId())
              || !ri.routerId().equals(opp.oppositeRouterId())
              || ri.routerType() != opp.oppositeRouterType()
              || !ri.ownerId().equals(opp.oppositeInterfaceOwnerId())) {
            throw new ApiException(ApiError.REJECTED_BY_OPPOSITE);
          }
          checkOnlyOneConnection(ri, opp);
          if (world.hasBillsOutstanding(caller.ownerId())) {
            throw new ApiException(ApiError.BILLS_OUTSTANDING);
          }
          world.set(ri, RouterInterfaceField.Status, Status.CONNECTING);
          world.set(opp, RouterInterfaceField.Status, Status.ACCEPTING_CONNECT);
          world.syncMirrors(ri);
          world.transitions.begin(PendingTransition.Kind.CONNECT, List.of(ri, opp));
        });
  }

  /** Step 8: the opposite exists and is what this interface says it is. */
  private RouterInterface checkOpposite(RouterInterface ri) {
    if (ri.oppositeInterfaceId().equals(ri.id()) || ri.oppositeRouterId().equals(ri.routerId())) {
      throw new ApiException(ApiError.OPPOSITE_ON_SAME_ROUTER);
    }
    RouterInterface opp = world.interfaces.get(ri.oppositeInterfaceId());
    if (opp == null
        || !opp.routerId().equals(ri.oppositeRouterId())
        || !world.routers.containsKey(opp.routerId())
        || opp.routerType() != ri.oppositeRouterType()
        || !opp.ownerId().equals(ri.oppositeInterfaceOwnerId())
        || (ri.oppositeRegionId() != null && !ri.oppositeRegionId().equals(opp.regionId()))
        || opp.role() != Role.ACCEPTING_SIDE) {
      throw new ApiException(ApiError.OPPOSITE_INFO_INCORRECT);
    }
    return opp;
  }

  /** Step 11: at most one pair between two routers, and the acceptor free. */
  private void checkOnlyOneConnection(RouterInterface ri, RouterInterface opp) {
    for (RouterInterface other : world.onRouter(ri.routerId())) {
      if (other == ri) {
        continue;
      }
      RouterInterface partner = world.partnerOf(other).orElse(null);
      if (partner != null && partner.routerId().equals(opp.routerId())) {
        boolean connecting = other.status() == Status.CONNECTING
            || other.status() == Status.ACCEPTING_CONNECT;
        throw new ApiException(
            connecting ? ApiError.ONLY_ONE_CONNECTION_CONCURRENT : ApiError.ONLY_ONE_CONNECTION);
      }
    }
    if (opp.status() != Status.IDLE) {
      // The acceptor already takes part in a connection.
      throw new ApiException(ApiError.ONLY_ONE_CONNECTION);
    }
  }

  // ---------------------------------------------------------------- DescribeRouterInterfaces

  /**
   * DescribeRouterInterfaces: the caller's interfaces in a region matching every filter, one page
   * of them, with the total count. A read: it ends the poll transitions it shows (DECISIONS §4).
   */
  public Page describe(
      String callerOwnerId, Dialect dialect, String regionId, int pageNumber, int pageSize, List<Filter> filters) {
    return world.locked(
        () -> {
          Account caller = account(callerOwnerId);
          checkRegion(regionId);
          Collection<RouterInterface> candidates = candidates(caller, regionId, filters);
          int total = 0;
          long from = (long) (pageNumber - 1) * pageSize;
          List<RouterInterface> page = new ArrayList<>();
          for (RouterInterface ri : candidates) {
            if (world.interfaces.get(ri.id()) != ri || !inScope(ri, caller, regionId) || !matchesAll(ri, filters)) {
              // gone (a Deleting interface whose transition just ended), another's, or not a match
              continue;
            }
            if (total >= from && page.size() < pageSize) {
              page.add(ri);
            }
            total++;
          }
          List<Map<String, Object>> items = new ArrayList<>(page.size());
          for (RouterInterface ri : page) {
            items.add(ri.render(dialect));
          }
          world.transitions.afterRead(page);
          return new Page(pageNumber, pageSize, total, items);
        });
  }

  /**
   * The smallest set that can hold the matches, in the order Describe lists them: by id, by
   * router, through the index of a selective filter (sorted into creation order), or the
   * caller's region. Before any filter is applied, the poll transitions of what may be shown that
   * have been seen enough end (DECISIONS §4), so that filters see the final statuses. Only the
   * caller's interfaces of the region are read, so only their transitions may end: a filter
   * naming another account's interface or router must not touch it.
   */
  private Collection<RouterInterface> candidates(Account caller, String regionId, List<Filter> filters) {
    for (Filter f : filters) {
      if (f.key() == FilterKey.RouterInterfaceId) {
        Set<RouterInterface> out = new LinkedHashSet<>();
        for (String id : f.values()) {
          RouterInterface ri = world.interfaces.get(id);
          if (ri != null && inScope(ri, caller, regionId)) {
            out.add(ri);
          }
        }
        return beforeRead(out);
      }
    }
    for (Filter f : filters) {
      if (f.key() == FilterKey.RouterId) {
        Set<RouterInterface> out = new LinkedHashSet<>();
        for (String id : f.values()) {
          for (RouterInterface ri : world.onRouter(id)) {
            if (inScope(ri, caller, regionId)) {
              out.add(ri);
            }
          }
        }
        return beforeRead(out);
      }
    }
    Collection<RouterInterface> scope = world.inScope(caller.ownerId(), regionId);
    world.transitions.beforeReadInScope(caller.ownerId(), regionId, scope);
    ValueIndex best = null;
    Filter bestFilter = null;
    int bestCount = scope.size();
    for (Filter f : filters) {
      ValueIndex index = world.index(f.key());
      if (index != null) {
        int n = index.count(f.values());
        if (n < bestCount) {
          best = index;
          bestFilter = f;
          bestCount = n;
        }
      }
    }
    if (best == null) {
      return scope;
    }
    List<RouterInterface> out = best.holding(bestFilter.values());
    out.sort(Comparator.comparingLong(RouterInterface::seq));
    return out;
  }

  private static boolean inScope(RouterInterface ri, Account caller, String regionId) {
    return ri.ownerId().equals(caller.ownerId()) && ri.regionId().equals(regionId);
  }

  private Collection<RouterInterface> beforeRead(Collection<RouterInterface> shown) {
    world.transitions.beforeRead(shown);
    return shown;
  }

  private static boolean matchesAll(RouterInterface ri, List<Filter> filters) {
    for (Filter f : filters) {
      if (!f.matches(ri)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- DescribeRouterInterfaceAttribute

  /**
   * DescribeRouterInterfaceAttribute (VPC): one of the caller's interfaces, flat, with the
   * attribute-only fields. A read, like Describe.
   */
  public Map<String, Object> describeAttribute(String callerOwnerId, Dialect dialect, String regionId, String id) {
    return world.locked(
        () -> {
          Account caller = account(callerOwnerId);
          RouterInterface ri = ownInterface(caller, regionId, id);
          world.transitions.beforeRead(List.of(ri));
          RouterInterface current = world.interfaces.get(id);
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("Code", "200");
          out.put("Message", "successful");
          out.put("Success", Boolean.TRUE);
          if (current == null) {
            // A Deleting interface whose transition just ended: it is gone now.
            throw new ApiException(ApiError.ROUTER_INTERFACE_NOT_FOUND);
          }
          out.putAll(current.render(dialect));
          out.put("GmtModified", current.text(RouterInterfaceField.CreationTime));
          out.put(
              "HealthCheckStatus",
              current.get(RouterInterfaceField.HealthCheckSourceIp) == null ? "NoHealthCheckConfig" : "Normal");
          world.transitions.afterRead(List.of(current));
          return out;
        });
  }

  // ---------------------------------------------------------------- ModifyRouterInterfaceAttribute

  /** The changes a ModifyRouterInterfaceAttribute request asks for; {@code null} means unchanged. */
  public record AttributeChanges(
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
      boolean deleteHealthCheckIp) {

    boolean touchesOpposite() {
      return oppositeInterfaceId != null
          || oppositeRouterId != null
          || oppositeRouterType != null
          || oppositeInterfaceOwnerId != null;
    }
  }

  /**
   * ModifyRouterInterfaceAttribute: name, description and health check at any time; the opposite
   * fields only while Idle. Order: region, interface, financial lock, name, description,
   * opposite router type, opposite owner id, health check, status.
   */
  public void modifyAttribute(String callerOwnerId, Dialect dialect, String regionId, String id, AttributeChanges c) {
    world.locked(
        () -> {
          Account caller = account(callerOwnerId);
          RouterInterface ri = ownInterface(caller, regionId, id);
          if (ri.businessStatus() == BusinessStatus.FINANCIAL_LOCKED) {
            throw new ApiException(ApiError.FINANCIAL_LOCKED);
          }
          checkName(c.name());
          checkDescription(c.description());
          RouterType oppType = null;
          if (c.oppositeRouterType() != null) {
            oppType = ApiEnum.parse(RouterType.class, c.oppositeRouterType());
            if (oppType == null) {
              throw new ApiException(ApiError.OPPOSITE_ROUTER_TYPE_NOT_SUPPORTED);
            }
          }
          if (c.oppositeInterfaceOwnerId() != null && !DIGITS.matcher(c.oppositeInterfaceOwnerId()).matches()) {
            throw new ApiException(ApiError.INVALID_PARAMETER, "OppositeInterfaceOwnerId");
          }
          checkHealthCheck(ri, c);
          if (c.touchesOpposite() && ri.status() != Status.IDLE) {
            throw new ApiException(ApiError.INCORRECT_STATUS, Status.IDLE.apiName());
          }
          setIfGiven(ri, RouterInterfaceField.Name, c.name());
          setIfGiven(ri, RouterInterfaceField.Description, c.description());
          setIfGiven(ri, RouterInterfaceField.OppositeInterfaceId, c.oppositeInterfaceId());
          setIfGiven(ri, RouterInterfaceField.OppositeRouterId, c.oppositeRouterId());
          if (oppType != null) {
            world.set(ri, RouterInterfaceField.OppositeRouterType, oppType);
          }
          setIfGiven(ri, RouterInterfaceField.OppositeInterfaceOwnerId, c.oppositeInterfaceOwnerId());
          if (c.deleteHealthCheckIp()) {
            world.set(ri, RouterInterfaceField.HealthCheckSourceIp, null);
            world.set(ri, RouterInterfaceField.HealthCheckTargetIp, null);
          }
          setIfGiven(ri, RouterInterfaceField.HealthCheckSourceIp, c.healthCheckSourceIp());
          setIfGiven(ri, RouterInterfaceField.HealthCheckTargetIp, c.healthCheckTargetIp());
          if (c.hcRate() != null) {
            world.set(ri, RouterInterfaceField.HcRate, Integer.valueOf(c.hcRate()));
          }
          if (c.hcThreshold() != null) {
            world.set(ri, RouterInterfaceField.HcThreshold, Integer.valueOf(c.hcThreshold()));
          }
        });
  }

  private void checkHealthCheck(RouterInterface ri, AttributeChanges c) {
    if (c.deleteHealthCheckIp() && (c.healthCheckSourceIp() != null || c.healthCheckTargetIp() != null)) {
      throw new ApiException(
          ApiError.MODIFY_PARAM_INVALID, "healthCheck Ip is conflicted with DeleteHealthCheckIp option");
    }
    for (String ip : new String[] {c.healthCheckSourceIp(), c.healthCheckTargetIp()}) {
      if (ip != null && !IPV4.matcher(ip).matches()) {
        throw new ApiException(ApiError.HEALTH_CHECK_IP_MALFORMED);
      }
    }
    boolean targetAfter =
        c.healthCheckTargetIp() != null || (!c.deleteHealthCheckIp() && ri.get(RouterInterfaceField.HealthCheckTargetIp) != null);
    if (c.healthCheckSourceIp() != null && !targetAfter) {
      throw new ApiException(
          ApiError.MODIFY_PARAM_INVALID, "Modify routerinterface health check source ip invalid");
    }
    checkPositive("HcRate", c.hcRate());
    checkPositive("HcThreshold", c.hcThreshold());
  }

  private static void checkPositive(String name, String value) {
    if (value == null) {
      return;
    }
    try {
      if (Integer.parseInt(value) > 0) {
        return;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new ApiException(ApiError.HEALTH_CHECK_PARAM_ILLEGAL, name);
  }

  private static void checkName(String name) {
    if (name != null && !NAME.matcher(name).matches()) {
      throw new ApiException(ApiError.NAME_MALFORMED);
    }
  }

  private static void checkDescription(String d) {
    if (d != null && (!DESCRIPTION.matcher(d).matches() || d.startsWith("http://") || d.startsWith("https://"))) {
      throw new ApiException(ApiError.DESCRIPTION_MALFORMED);
    }
  }

  private void setIfGiven(RouterInterface ri, RouterInterfaceField f, String value) {
    if (value != null) {
      world.set(ri, f, value);
    }
  }

  // ---------------------------------------------------------------- CreateRouterInterface

  /** The parameters of CreateRouterInterface; optional ones are {@code null}. */
  public record CreateRequest(
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

  /** What CreateRouterInterface answers. */
  public record Created(String routerInterfaceId, long orderId) {}

  /**
   * CreateRouterInterface. Order: region, ClientToken replay, role, router type, spec, router,
   * VBR must initiate, opposite router type, name, description, health check, charge type,
   * quota, bills outstanding.
   */
  public Created create(String callerOwnerId, String regionId, CreateRequest r) {
    return world.locked(
        () -> {
          Account caller = account(callerOwnerId);
          checkRegion(regionId);
          if (r.clientToken() != null) {
            String existing = world.clientTokens.get(caller.ownerId() + '\n' + r.clientToken());
            if (existing != null && world.interfaces.containsKey(existing)) {
              return new Created(existing, orderIdOf(existing));
            }
          }
          Role role = ApiEnum.parse(Role.class, r.role());
          if (role == null) {
            throw new ApiException(ApiError.ROLE_NOT_SUPPORTED);
          }
          RouterType type = ApiEnum.parse(RouterType.class, r.routerType());
          if (type == null) {
            throw new ApiException(ApiError.INVALID_PARAMETER, "RouterType");
          }
          Spec spec = ApiEnum.parse(Spec.class, r.spec());
          if (spec == null || (role == Role.ACCEPTING_SIDE) != (spec == Spec.NEGATIVE)) {
            throw new ApiException(ApiError.SPEC_NOT_SUPPORTED);
          }
          Router router = world.routers.get(r.routerId());
          if (router == null || !router.ownerId().equals(caller.ownerId()) || !router.regionId().equals(regionId)) {
            throw new ApiException(ApiError.ROUTER_NOT_FOUND);
          }
          if (router.routerType() != type) {
            throw new ApiException(ApiError.INVALID_PARAMETER, "RouterType");
          }
          if (type == RouterType.VBR && role != Role.INITIATING_SIDE) {
            throw new ApiException(ApiError.VBR_MUST_INITIATE);
          }
          RouterType oppType = null;
          if (r.oppositeRouterType() != null) {
            oppType = ApiEnum.parse(RouterType.class, r.oppositeRouterType());
            if (oppType == null) {
              throw new ApiException(ApiError.OPPOSITE_ROUTER_TYPE_NOT_SUPPORTED);
            }
          }
          checkName(r.name());
          checkDescription(r.description());
          for (String ip : new String[] {r.healthCheckSourceIp(), r.healthCheckTargetIp()}) {
            if (ip != null && !IPV4.matcher(ip).matches()) {
              throw new ApiException(ApiError.HEALTH_CHECK_IP_MALFORMED);
            }
          }
          if (r.healthCheckSourceIp() != null && r.healthCheckTargetIp() == null) {
            throw new ApiException(ApiError.MISSING_PARAMETER, "HealthCheckTargetIp");
          }
          boolean prepaid = isPrepaid(r.instanceChargeType());
          int months = prepaid ? prepaidMonths(r.period(), r.pricingCycle()) : 0;
          if (world.onRouter(router.routerId()).size() >= QUOTA_PER_ROUTER) {
            throw new ApiException(ApiError.QUOTA_EXCEEDED, String.valueOf(QUOTA_PER_ROUTER));
          }
          if (world.hasBillsOutstanding(caller.ownerId())) {
            throw new ApiException(ApiError.BILLS_OUTSTANDING);
          }
          String id = newId("ri-");
          Map<RouterInterfaceField, Object> v = new EnumMap<>(RouterInterfaceField.class);
          v.put(RouterInterfaceField.RouterInterfaceId, id);
          v.put(RouterInterfaceField.RouterId, router.routerId());
          v.put(RouterInterfaceField.RouterType, type);
          v.put(RouterInterfaceField.Role, role);
          v.put(RouterInterfaceField.Spec, spec);
          v.put(RouterInterfaceField.Status, Status.IDLE);
          v.put(RouterInterfaceField.BusinessStatus, BusinessStatus.NORMAL);
          String now = world.clock.apiNow();
          v.put(RouterInterfaceField.CreationTime, now);
          v.put(RouterInterfaceField.ChargeType, prepaid ? "Prepaid" : "AfterPay");
          v.put(
              RouterInterfaceField.EndTime,
              prepaid
                  ? MockClock.API_TIME.format(ZonedDateTime.ofInstant(world.clock.now(), ZoneOffset.UTC).plusMonths(months))
                  : PAY_AS_YOU_GO_END_TIME);
          v.put(RouterInterfaceField.Bandwidth, spec.bandwidth());
          v.put(RouterInterfaceField.HasReservationData, "false");
          putIfGiven(v, RouterInterfaceField.Name, r.name());
          putIfGiven(v, RouterInterfaceField.Description, r.description());
          putIfGiven(v, RouterInterfaceField.OppositeRegionId, r.oppositeRegionId());
          putIfGiven(v, RouterInterfaceField.OppositeRouterId, r.oppositeRouterId());
          if (oppType != null) {
            v.put(RouterInterfaceField.OppositeRouterType, oppType);
          }
          putIfGiven(v, RouterInterfaceField.OppositeInterfaceId, r.oppositeInterfaceId());
          putIfGiven(v, RouterInterfaceField.OppositeInterfaceOwnerId, r.oppositeInterfaceOwnerId());
          putIfGiven(v, RouterInterfaceField.AccessPointId, r.accessPointId());
          putIfGiven(v, RouterInterfaceField.OppositeAccessPointId, r.oppositeAccessPointId());
          putIfGiven(v, RouterInterfaceField.HealthCheckSourceIp, r.healthCheckSourceIp());
          putIfGiven(v, RouterInterfaceField.HealthCheckTargetIp, r.healthCheckTargetIp());
          world.addInterface(new RouterInterface(v, router.ownerId(), router.regionId()));
          if (r.clientToken() != null) {
            world.clientTokens.put(caller.ownerId() + '\n' + r.clientToken(), id);
          }
          return new Created(id, orderIdOf(id));
        });
  }

  private static boolean isPrepaid(String chargeType) {
    if (chargeType == null || chargeType.equals("PostPaid")) {
      return false;
    }
    if (chargeType.equals("PrePaid")) {
      return true;
    }
    throw new ApiException(ApiError.INVALID_PARAMETER, "InstanceChargeType");
  }

  private static int prepaidMonths(String period, String pricingCycle) {
    String cycle = pricingCycle == null ? "Month" : pricingCycle;
    if (period == null) {
      throw new ApiException(ApiError.MISSING_PARAMETER, "Period");
    }
    int p;
    try {
      p = Integer.parseInt(period);
    } catch (NumberFormatException e) {
      throw new ApiException(ApiError.INVALID_PARAMETER, "Period");
    }
    switch (cycle) {
      case "Month":
        if (p < 1 || p > 9) {
          throw new ApiException(ApiError.INVALID_PARAMETER, "Period");
        }
        return p;
      case "Year":
        if (p < 1 || p > 3) {
          throw new ApiException(ApiError.INVALID_PARAMETER, "Period");
        }
        return 12 * p;
      default:
        throw new ApiException(ApiError.INVALID_PARAMETER, "PricingCycle");
    }
  }

  /** A stable order id per interface, so a ClientToken replay answers the same one. */
  private static long orderIdOf(String id) {
    return 200_000_000_000_000L + Math.floorMod((long) id.hashCode() * 2_654_435_761L, 100_000_000_000_000L);
  }

  private String newId(String prefix) {
    String alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
    ThreadLocalRandom rnd = ThreadLocalRandom.current();
    while (true) {
      StringBuilder b = new StringBuilder(prefix);
      for (int i = 0; i < 20; i++) {
        b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String id = b.toString();
      if (!world.interfaces.containsKey(id)) {
        return id;
      }
    }
  }

  private static void putIfGiven(Map<RouterInterfaceField, Object> v, RouterInterfaceField f, String value) {
    if (value != null) {
      v.put(f, value);
    }
  }

  // ---------------------------------------------------------------- Activate / Deactivate

  /** ActivateRouterInterface: Inactive → Activating → Active. Order: region, interface, status, lock. */
  public void activate(String callerOwnerId, String regionId, String id) {
    startTransition(
        callerOwnerId, regionId, id, Status.INACTIVE, ApiError.INCORRECT_STATUS,
        Status.ACTIVATING, PendingTransition.Kind.ACTIVATE);
  }

  /** DeactivateRouterInterface: Active → Deactivating → Inactive. Order as Activate. */
  public void deactivate(String callerOwnerId, String regionId, String id) {
    startTransition(
        callerOwnerId, regionId, id, Status.ACTIVE, ApiError.INCORRECT_STATUS_FOR_DEACTIVATE,
        Status.DEACTIVATING, PendingTransition.Kind.DEACTIVATE);
  }

  private void startTransition(
      String callerOwnerId,
      String regionId,
      String id,
      Status required,
      ApiError wrongStatus,
      Status transient_,
      PendingTransition.Kind kind) {
    world.locked(
        () -> {
          RouterInterface ri = ownInterface(account(callerOwnerId), regionId, id);
          if (ri.status() != required) {
            throw new ApiException(wrongStatus, required.apiName());
          }
          if (ri.businessStatus() == BusinessStatus.FINANCIAL_LOCKED) {
            throw new ApiException(ApiError.FINANCIAL_LOCKED);
          }
          world.set(ri, RouterInterfaceField.Status, transient_);
          world.syncMirrors(ri);
          world.transitions.begin(kind, List.of(ri));
        });
  }

  // ---------------------------------------------------------------- Delete

  /**
   * DeleteRouterInterface: only from Idle or Inactive, at once. The peer of a connected pair then
   * reports {@code OppositeInterfaceStatus} Deleted.
   */
  public void delete(String callerOwnerId, String regionId, String id) {
    world.locked(
        () -> {
          RouterInterface ri = ownInterface(account(callerOwnerId), regionId, id);
          if (ri.status() != Status.IDLE && ri.status() != Status.INACTIVE) {
            throw new ApiException(ApiError.INSTANCE_STATUS_ERROR);
          }
          world.partnerOf(ri)
              .ifPresent(p -> world.set(p, RouterInterfaceField.OppositeInterfaceStatus, Status.DELETED));
          world.removeInterface(ri);
        });
  }

  // ---------------------------------------------------------------- ModifyRouterInterfaceSpec

  /**
   * ModifyRouterInterfaceSpec: a new spec for an initiating side. Idle or Inactive: at once;
   * Active: Activating, then Active (VPCDOC). Order: region, interface, spec, role, status, lock,
   * bills outstanding.
   */
  public String modifySpec(String callerOwnerId, String regionId, String id, String specName) {
    return world.locked(
        () -> {
          Account caller = account(callerOwnerId);
          RouterInterface ri = ownInterface(caller, regionId, id);
          Spec spec = ApiEnum.parse(Spec.class, specName);
          if (spec == null || spec == Spec.NEGATIVE) {
            throw new ApiException(ApiError.SPEC_NOT_SUPPORTED);
          }
          if (ri.role() != Role.INITIATING_SIDE) {
            throw new ApiException(ApiError.NOT_INITIATING_SIDE);
          }
          Status s = ri.status();
          if (s != Status.IDLE
              && s != Status.ACTIVE
              && s != Status.INACTIVE) {
            throw new ApiException(ApiError.INSTANCE_STATUS_ERROR);
          }
          if (ri.businessStatus() == BusinessStatus.FINANCIAL_LOCKED) {
            throw new ApiException(ApiError.FINANCIAL_LOCKED);
          }
          if (world.hasBillsOutstanding(caller.ownerId())) {
            throw new ApiException(ApiError.BILLS_OUTSTANDING);
          }
          world.set(ri, RouterInterfaceField.Spec, spec);
          world.set(ri, RouterInterfaceField.Bandwidth, spec.bandwidth());
          if (s == Status.ACTIVE) {
            world.set(ri, RouterInterfaceField.Status, Status.ACTIVATING);
            world.syncMirrors(ri);
            world.transitions.begin(PendingTransition.Kind.MODIFY_SPEC, List.of(ri));
          } else {
            world.syncMirrors(ri);
          }
          return spec.apiName();
        });
  }

  // ---------------------------------------------------------------- shared checks

  private Account account(String ownerId) {
    Account a = world.accounts.get(ownerId);
    if (a == null) {
      // The caller's account was removed by a fixture reload between signing and acting.
      throw new ApiException(ApiError.ACCESS_KEY_NOT_FOUND);
    }
    return a;
  }

  private void checkRegion(String regionId) {
    if (!world.regions.contains(regionId)) {
      throw new ApiException(ApiError.REGION_NOT_FOUND);
    }
  }

  /** Steps 3-4: the region exists, and the interface is the caller's, in that region. */
  private RouterInterface ownInterface(Account caller, String regionId, String id) {
    checkRegion(regionId);
    RouterInterface ri = world.interfaces.get(id);
    if (ri == null || !ri.ownerId().equals(caller.ownerId()) || !ri.regionId().equals(regionId)) {
      throw new ApiException(ApiError.ROUTER_INTERFACE_NOT_FOUND);
    }
    return ri;
  }
}

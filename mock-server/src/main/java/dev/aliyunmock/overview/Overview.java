package dev.aliyunmock.overview;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.api.ApiEnum;
import dev.aliyunmock.control.AdminApi.Fields;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.router.Router;
import dev.aliyunmock.router.RouterStore;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.routerinterface.RouterInterfaceField;
import dev.aliyunmock.routerinterface.RouterInterfaceStore;
import dev.aliyunmock.routetable.RouteEntry;
import dev.aliyunmock.routetable.RouteEntryStore;
import dev.aliyunmock.vpc.Vpc;
import dev.aliyunmock.vpc.VpcStore;
import dev.aliyunmock.vswitch.VSwitch;
import dev.aliyunmock.vswitch.VSwitchStore;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.world.Transitions;
import dev.aliyunmock.world.View;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The world at a glance, as the admin API serves it ({@code GET /__admin/aliyun/overview}) and the
 * dashboard draws it: accounts without their secrets, regions, at most {@code limit} resources of
 * each kind (those any of whose values contains the query, if one is given), the totals, and the
 * transitions under way. Read in one transaction, as an observer: it ends no poll-mode transition
 * (only the API's Describe calls count as reads).
 *
 * <pre>{@code
 * Map<String, Object> glance = Overview.of(mock, "hangzhou", 500);
 * String json = JsonValues.write(glance);
 * }</pre>
 */
public final class Overview {
  /** Resources of each kind shown unless asked otherwise. */
  public static final int DEFAULT_LIMIT = 500;

  /** The most resources of each kind one answer holds. */
  public static final int MAX_LIMIT = 5_000;

  private Overview() {}

  /**
   * The overview.
   *
   * @param query text a resource must contain in one of its values (case-insensitive), or {@code null}
   * @param limit resources of each kind, 0 to {@link #MAX_LIMIT}
   */
  public static Map<String, Object> of(AliyunMock mock, String query, int limit) {
    int max = Math.max(0, Math.min(limit, MAX_LIMIT));
    String q = query == null || query.isBlank() ? null : query.trim().toLowerCase(Locale.ROOT);
    return mock.world().read(view -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put(Fields.VERSION, AliyunMock.version());
      out.put(Fields.AUTH, mock.authMode().name().toLowerCase(Locale.ROOT));
      out.put(Fields.CLOCK, view.clock().now().toString());
      out.put(Fields.REGIONS, new ArrayList<>(view.regions()));
      List<Object> accounts = new ArrayList<>();
      for (Account a : view.accounts()) {
        accounts.add(account(a));
      }
      out.put(Fields.ACCOUNTS, accounts);

      Collection<RouterInterface> interfaces = view.store(RouterInterfaceStore.KEY).all();
      Collection<Router> routers = view.store(RouterStore.KEY).all();
      Collection<Vpc> vpcs = view.store(VpcStore.KEY).all();
      Collection<VSwitch> vSwitches = view.store(VSwitchStore.KEY).all();
      Collection<RouteEntry> routeEntries = view.store(RouteEntryStore.KEY).all();
      Map<String, Object> totals = new LinkedHashMap<>();
      totals.put(Sections.ROUTER_INTERFACES, interfaces.size());
      totals.put(Sections.ROUTERS, routers.size());
      totals.put(Sections.VPCS, vpcs.size());
      totals.put(Sections.VSWITCHES, vSwitches.size());
      totals.put(Sections.ROUTE_ENTRIES, routeEntries.size());
      out.put(Fields.TOTALS, totals);

      List<Map<String, Object>> shownInterfaces = page(interfaces, Overview::routerInterface, Overview::matches, q, max);
      Map<String, Object> resources = new LinkedHashMap<>();
      resources.put(Sections.ROUTER_INTERFACES, shownInterfaces);
      resources.put(Sections.ROUTERS, routers(view, shownInterfaces, routers, q, max));
      resources.put(Sections.VPCS, page(vpcs, Overview::vpc, (v, text) -> matches(vpc(v), text), q, max));
      resources.put(Sections.VSWITCHES, page(vSwitches, Overview::vSwitch, (v, text) -> matches(vSwitch(v), text), q, max));
      resources.put(Sections.ROUTE_ENTRIES, page(routeEntries, Overview::routeEntry, (e, text) -> matches(routeEntry(e), text), q, max));
      out.put(Fields.RESOURCES, resources);
      out.put(Fields.TRANSITIONS, transitions(mock.transitions().defaultMode(), mock.transitions().pending()));
      return out;
    });
  }

  /** The section names the overview lists resources under: the fixture format's. */
  public static final class Sections {
    private Sections() {}

    public static final String ROUTER_INTERFACES = "RouterInterfaces";
    public static final String ROUTERS = "Routers";
    public static final String VPCS = "Vpcs";
    public static final String VSWITCHES = "VSwitches";
    public static final String ROUTE_ENTRIES = "RouteEntries";
  }

  /** The default mode and the transitions under way, as the admin API's transitions route writes them. */
  public static Map<String, Object> transitions(TransitionMode defaultMode, List<Transitions.Pending> pending) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(Fields.DEFAULT_MODE, defaultMode.toString());
    List<Object> list = new ArrayList<>();
    for (Transitions.Pending p : pending) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put(Fields.KIND, p.kind());
      n.put(Fields.ROUTER_INTERFACE_IDS, p.routerInterfaceIds());
      n.put(Fields.MODE, p.mode());
      if (p.pollsLeft() != null) {
        n.put(Fields.POLLS_LEFT, p.pollsLeft());
      }
      if (p.dueAt() != null) {
        n.put(Fields.DUE_AT, p.dueAt().toString());
      }
      list.add(n);
    }
    out.put(Fields.PENDING, list);
    return out;
  }

  /** An account as the overview shows it: never its secret. */
  private static Map<String, Object> account(Account a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(Fields.OWNER_ID, a.ownerId());
    m.put(Fields.ACCESS_KEY_ID, a.accessKeyId());
    m.put("Bid", a.bid());
    m.put("BillsOutstanding", a.billsOutstanding());
    return m;
  }

  /**
   * The first {@code max} items (matching {@code q}, if given), in the store's order. A search
   * looks at every item under the world's lock, so the large kinds match without building their
   * views ({@link #matches(RouterInterface, String)}, {@link #matches(Router, String)}).
   */
  private static <T> List<Map<String, Object>> page(
      Collection<T> all, Function<T, Map<String, Object>> show, BiPredicate<T, String> match, String q, int max) {
    List<Map<String, Object>> out = new ArrayList<>(Math.min(max, all.size()));
    for (T item : all) {
      if (out.size() >= max) {
        break;
      }
      if (q == null || match.test(item, q)) {
        out.add(show.apply(item));
      }
    }
    return out;
  }

  private static boolean matches(Map<String, Object> m, String q) {
    for (Object v : m.values()) {
      if (v != null && contains(String.valueOf(v), q)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(RouterInterface ri, String q) {
    for (Map.Entry<RouterInterfaceField, Object> e : ri.values().entrySet()) {
      if (contains(String.valueOf(e.getKey().type().render(e.getValue())), q)) {
        return true;
      }
    }
    return contains(ri.regionId(), q) || contains(ri.ownerId(), q);
  }

  private static boolean matches(Router r, String q) {
    return contains(r.routerId(), q) || contains(r.routerType().apiName(), q) || contains(r.regionId(), q)
        || contains(r.ownerId(), q) || (r.vpcId() != null && contains(r.vpcId(), q));
  }

  /** Whether {@code text} contains {@code lowerCaseQuery}, ignoring case, without copying {@code text}. */
  private static boolean contains(String text, String lowerCaseQuery) {
    int n = lowerCaseQuery.length();
    char first = lowerCaseQuery.charAt(0);
    char firstUpper = Character.toUpperCase(first);
    for (int i = 0, last = text.length() - n; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == first || c == firstUpper) && text.regionMatches(true, i, lowerCaseQuery, 0, n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The routers the shown interfaces sit on or face first (so that every pair drawn has both
   * ends), then the others, at most {@code max} in all.
   */
  private static List<Map<String, Object>> routers(
      View view, List<Map<String, Object>> interfaces, Collection<Router> all, String q, int max) {
    RouterStore store = view.store(RouterStore.KEY);
    Set<String> ids = new LinkedHashSet<>();
    for (Map<String, Object> ri : interfaces) {
      ids.add((String) ri.get(RouterInterfaceField.RouterId.name()));
      Object opposite = ri.get(RouterInterfaceField.OppositeRouterId.name());
      if (opposite != null) {
        ids.add((String) opposite);
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (String id : ids) {
      if (out.size() >= max) {
        return out;
      }
      store.acrossAccounts(id).ifPresent(r -> out.add(router(r)));
    }
    for (Router r : all) {
      if (out.size() >= max) {
        break;
      }
      if (!ids.contains(r.routerId()) && (q == null || matches(r, q))) {
        out.add(router(r));
      }
    }
    return out;
  }

  private static Map<String, Object> routerInterface(RouterInterface ri) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Map.Entry<RouterInterfaceField, Object> e : ri.values().entrySet()) {
      m.put(e.getKey().name(), e.getKey().type().render(e.getValue()));
    }
    m.put(Fields.REGION_ID, ri.regionId());
    m.put(Fields.OWNER_ID, ri.ownerId());
    return m;
  }

  private static Map<String, Object> router(Router r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("RouterId", r.routerId());
    m.put("RouterType", r.routerType().apiName());
    m.put(Fields.REGION_ID, r.regionId());
    m.put(Fields.OWNER_ID, r.ownerId());
    m.put("VpcId", r.vpcId());
    return m;
  }

  private static Map<String, Object> vpc(Vpc v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("VpcId", v.id());
    m.put("VpcName", v.name());
    m.put(Fields.REGION_ID, v.regionId());
    m.put(Fields.OWNER_ID, v.ownerId());
    m.put("CidrBlock", v.cidrBlock());
    m.put("VRouterId", v.vRouterId());
    m.put("RouteTableId", v.routeTableId());
    m.put("Status", api(v.status()));
    m.put("Description", v.description());
    return m;
  }

  private static Map<String, Object> vSwitch(VSwitch s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("VSwitchId", s.id());
    m.put("VSwitchName", s.name());
    m.put("VpcId", s.vpcId());
    m.put("ZoneId", s.zoneId());
    m.put(Fields.REGION_ID, s.regionId());
    m.put(Fields.OWNER_ID, s.ownerId());
    m.put("CidrBlock", s.cidrBlock());
    m.put("Status", api(s.status()));
    m.put("Description", s.description());
    return m;
  }

  private static Map<String, Object> routeEntry(RouteEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("RouteEntryId", e.id());
    m.put("RouteEntryName", e.name());
    m.put("RouteTableId", e.routeTableId());
    m.put("VpcId", e.vpcId());
    m.put(Fields.REGION_ID, e.regionId());
    m.put(Fields.OWNER_ID, e.ownerId());
    m.put("DestinationCidrBlock", e.destination());
    m.put("NextHopType", api(e.nextHopType()));
    m.put("NextHopId", e.nextHopId());
    m.put("Status", api(e.status()));
    m.put("Description", e.description());
    return m;
  }

  private static String api(Object value) {
    return value == null ? null : value instanceof ApiEnum e ? e.apiName() : String.valueOf(value);
  }
}

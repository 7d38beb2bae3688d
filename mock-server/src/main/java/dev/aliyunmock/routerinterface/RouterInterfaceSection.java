package dev.aliyunmock.routerinterface;

import dev.aliyunmock.api.ApiEnum;
import dev.aliyunmock.fixtures.EntryPath;
import dev.aliyunmock.fixtures.FieldSpec;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.fixtures.FixtureSection;
import dev.aliyunmock.fixtures.LoadCheck;
import dev.aliyunmock.fixtures.SectionSpec;
import dev.aliyunmock.fixtures.ValueType;
import dev.aliyunmock.router.Router;
import dev.aliyunmock.router.RouterSection;
import dev.aliyunmock.router.RouterType;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.View;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code RouterInterfaces}: any field of DescribeRouterInterfaces' {@code RouterInterfaceType};
 * region, owner and router type come from the router. Omitted fields get what the real service
 * gives a new interface; an interface in a transient status finishes it like one that entered it
 * through the API.
 */
public final class RouterInterfaceSection implements FixtureSection<RouterInterfaceSection.Entry, RouterInterface> {
  /** The section's key. */
  public static final String KEY = "RouterInterfaces";

  /** The key of an interface's tags: an object of strings, {@code {"env": "prod"}}. */
  public static final String TAGS = "Tags";

  /**
   * One entry of the section, well typed.
   *
   * @param values its RouterInterfaceType fields
   * @param tags its tags, key → value
   */
  public record Entry(Map<RouterInterfaceField, Object> values, Map<String, String> tags) {
    public Entry {
      values = java.util.Collections.unmodifiableMap(new EnumMap<>(values.isEmpty() ? new EnumMap<>(RouterInterfaceField.class) : values));
      tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
  }

  private static final List<RouterInterfaceField> REQUIRED =
      List.of(RouterInterfaceField.RouterInterfaceId, RouterInterfaceField.RouterId, RouterInterfaceField.Role);

  /**
   * The text fields whose values a large world repeats (owners, regions, dates, charge types):
   * held once per distinct value, so that 100,000 interfaces of one account do not hold 100,000
   * copies of its id.
   */
  private static final Set<RouterInterfaceField> SHARED_VALUES =
      Set.of(
          RouterInterfaceField.OppositeRegionId,
          RouterInterfaceField.OppositeInterfaceOwnerId,
          RouterInterfaceField.CreationTime,
          RouterInterfaceField.EndTime,
          RouterInterfaceField.ChargeType,
          RouterInterfaceField.ConnectedTime,
          RouterInterfaceField.AccessPointId,
          RouterInterfaceField.OppositeAccessPointId,
          RouterInterfaceField.HasReservationData,
          RouterInterfaceField.ReservationActiveTime,
          RouterInterfaceField.ReservationBandwidth,
          RouterInterfaceField.ReservationInternetChargeType,
          RouterInterfaceField.ReservationOrderType,
          RouterInterfaceField.Ipv6Status);

  private static final SectionSpec SPEC = describe();

  private static SectionSpec describe() {
    List<FieldSpec> fields = new ArrayList<>();
    for (RouterInterfaceField f : RouterInterfaceField.values()) {
      boolean required = REQUIRED.contains(f);
      String description = f.name() + " of RouterInterfaceType" + (required ? " (required)" : "") + ".";
      FieldType t = f.type();
      fields.add(
          switch (t) {
            case TEXT -> FieldSpec.of(f.name(), ValueType.TEXT, required, true, description);
            case INTEGER -> FieldSpec.of(f.name(), ValueType.INTEGER, required, true, description);
            case BOOLEAN -> FieldSpec.of(f.name(), ValueType.BOOLEAN, required, true, description);
            default -> FieldSpec.oneOf(f.name(), enumNames(t), required, true, description);
          });
    }
    fields.add(FieldSpec.of(TAGS, ValueType.STRING_MAP, false, true, "Its tags, key to value."));
    return new SectionSpec(
        KEY,
        fields,
        "unknown key (a RouterInterfaceType field or Tags is expected)",
        "The router interfaces: any field of DescribeRouterInterfaces' RouterInterfaceType.");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<String> enumNames(FieldType t) {
    return ApiEnum.names((Class) t.enumType());
  }

  @Override
  public SectionSpec spec() {
    return SPEC;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Entry read(dev.aliyunmock.fixtures.FixtureEntry e) {
    Map<RouterInterfaceField, Object> values = new EnumMap<>(RouterInterfaceField.class);
    Map<String, String> tags = Map.of();
    for (Map.Entry<String, Object> v : e.values().entrySet()) {
      if (v.getKey().equals(TAGS)) {
        tags = (Map<String, String>) v.getValue();
        continue;
      }
      RouterInterfaceField f = RouterInterfaceField.valueOf(v.getKey());
      Object value = v.getValue();
      if (f.type().enumType() != null) {
        value = ApiEnum.parse((Class) f.type().enumType(), (String) value);
      }
      values.put(f, SHARED_VALUES.contains(f) || value instanceof Integer ? e.shared(value) : value);
    }
    return new Entry(values, tags);
  }

  @Override
  public List<RouterInterface> prepare(LoadCheck check, List<Entry> entries) throws FixtureException {
    RouterInterfaceStore store = check.world().store(RouterInterfaceStore.KEY);
    List<RouterInterface> built = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Map<RouterInterfaceField, Object> v = new EnumMap<>(RouterInterfaceField.class);
      v.putAll(entries.get(i).values());
      EntryPath at = new EntryPath(KEY, i);
      String id = (String) v.get(RouterInterfaceField.RouterInterfaceId);
      if (store.contains(id) || check.declared(KEY, id, RouterInterface.class).isPresent()) {
        throw at.alreadyExists(RouterInterfaceField.RouterInterfaceId.name(), id);
      }
      Router router = RouterSection.known(check, (String) v.get(RouterInterfaceField.RouterId)).orElse(null);
      if (router == null) {
        throw at.refuse(
            RouterInterfaceField.RouterId.name(), "router '" + v.get(RouterInterfaceField.RouterId) + "' is not in Routers");
      }
      v.put(RouterInterfaceField.RouterId, router.routerId()); // one string for both
      Object type = v.putIfAbsent(RouterInterfaceField.RouterType, router.routerType());
      if (type != null && type != router.routerType()) {
        throw at.refuse(
            RouterInterfaceField.RouterType.name(),
            "'" + ((RouterType) type).apiName() + "' differs from its router's " + router.routerType().apiName());
      }
      if (router.belongsToVpc()) {
        v.putIfAbsent(RouterInterfaceField.VpcInstanceId, router.vpcId());
      }
      applyDefaults(v, check.now());
      RouterInterface ri = new RouterInterface(v, router.ownerId(), router.regionId());
      ri.tags(entries.get(i).tags());
      // Declared whole: a route entry of the same document takes it as next hop and checks its router.
      check.declare(KEY, id, ri);
      built.add(ri);
    }
    return built;
  }

  /** The values the real service gives to what a fixture leaves out. */
  private static void applyDefaults(Map<RouterInterfaceField, Object> v, String now) {
    Role role = (Role) v.get(RouterInterfaceField.Role);
    v.putIfAbsent(RouterInterfaceField.Spec, role == Role.ACCEPTING_SIDE ? Spec.NEGATIVE : Spec.MINI_2);
    v.putIfAbsent(RouterInterfaceField.Status, Status.IDLE);
    v.putIfAbsent(RouterInterfaceField.BusinessStatus, BusinessStatus.NORMAL);
    v.putIfAbsent(RouterInterfaceField.CreationTime, now);
    v.putIfAbsent(RouterInterfaceField.ChargeType, "AfterPay");
    v.putIfAbsent(RouterInterfaceField.EndTime, CreateRule.PAY_AS_YOU_GO_END_TIME);
    v.putIfAbsent(RouterInterfaceField.Bandwidth, ((Spec) v.get(RouterInterfaceField.Spec)).bandwidth());
    v.putIfAbsent(RouterInterfaceField.HasReservationData, "false");
  }

  @Override
  public void apply(Tx tx, List<RouterInterface> prepared) {
    RouterInterfaceStore store = tx.store(RouterInterfaceStore.KEY);
    prepared.forEach(ri -> store.add(ri, null));
    resumeTransitions(tx, store, prepared);
  }

  /**
   * An interface loaded in a transient status finishes it like one that entered it through the
   * API: a Connecting initiator and its AcceptingConnect peer together, the others alone.
   */
  private static void resumeTransitions(Tx tx, RouterInterfaceStore store, List<RouterInterface> built) {
    Set<String> started = new HashSet<>();
    for (RouterInterface ri : built) {
      if (!ri.status().isTransient() || started.contains(ri.id())) {
        continue;
      }
      RouterInterfaceTransition kind =
          switch (ri.status()) {
            case CONNECTING, ACCEPTING_CONNECT -> RouterInterfaceTransition.CONNECT;
            case ACTIVATING -> RouterInterfaceTransition.ACTIVATE;
            case DEACTIVATING -> RouterInterfaceTransition.DEACTIVATE;
            case MODIFYING -> RouterInterfaceTransition.MODIFY_SPEC;
            default -> RouterInterfaceTransition.DELETE;
          };
      List<String> group = new ArrayList<>(List.of(ri.id()));
      if (kind == RouterInterfaceTransition.CONNECT) {
        store.partnerOf(ri)
            .filter(p -> p.status() == Status.CONNECTING || p.status() == Status.ACCEPTING_CONNECT)
            .filter(p -> !started.contains(p.id()))
            .ifPresent(p -> group.add(p.id()));
      }
      started.addAll(group);
      tx.beginTransition(kind, group);
    }
  }

  @Override
  public List<Map<String, Object>> dump(View view) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (RouterInterface ri : view.store(RouterInterfaceStore.KEY).all()) {
      Map<String, Object> n = new LinkedHashMap<>();
      for (Map.Entry<RouterInterfaceField, Object> e : ri.values().entrySet()) {
        n.put(e.getKey().name(), e.getKey().type().render(e.getValue()));
      }
      if (!ri.tags().isEmpty()) {
        n.put(TAGS, new LinkedHashMap<>(ri.tags()));
      }
      out.add(n);
    }
    return out;
  }
}

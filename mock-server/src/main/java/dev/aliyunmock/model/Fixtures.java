package dev.aliyunmock.model;

import dev.aliyunmock.control.TransitionMode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixture format of DECISIONS.md §5: parsing with path-named refusals, all-or-nothing loading
 * into a {@link World}, and dumping a world back into the same format (it round-trips).
 *
 * <pre>{@code
 * Fixtures.Document doc = Fixtures.parse(json);     // FixtureException names the bad path
 * Fixtures.load(world, doc);                          // all or nothing
 * String back = Fixtures.dump(world);
 * }</pre>
 */
public final class Fixtures {
  /** For dumps only: made on first use, so that starting a mock builds no ObjectMapper. */
  private static final class Dump {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private static final Set<String> TOP_KEYS = Set.of("Regions", "Accounts", "Routers", "RouterInterfaces");
  private static final Set<String> ACCOUNT_KEYS =
      Set.of("OwnerId", "AccessKeyId", "AccessKeySecret", "BillsOutstanding", "Bid");
  private static final Set<String> ROUTER_KEYS = Set.of("RouterId", "RouterType", "RegionId", "OwnerId");

  private Fixtures() {}

  /** A parsed, well-typed fixture document, not yet checked against a world. */
  public record Document(
      List<String> regions, List<Account> accounts, List<Router> routers, List<Map<RouterInterfaceField, Object>> interfaces) {

    /** A copy nothing can change, safe to share between mocks (loading copies what it takes). */
    public Document frozen() {
      List<Map<RouterInterfaceField, Object>> ris = new ArrayList<>(interfaces.size());
      for (Map<RouterInterfaceField, Object> m : interfaces) {
        ris.add(java.util.Collections.unmodifiableMap(new EnumMap<>(m)));
      }
      return new Document(List.copyOf(regions), List.copyOf(accounts), List.copyOf(routers), List.copyOf(ris));
    }
  }

  // ------------------------------------------------------------------ parse

  /** Parses a document's text. */
  public static Document parse(String text) throws FixtureException {
    try {
      return parseStreaming(text);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? "(document)"
              : "(line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw new FixtureException(where, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("reading a String cannot fail", e);
    }
  }

  /** Router interfaces read while the document streamed by, or the first refusal among them. */
  private static final class StreamedInterfaces {
    final List<Map<RouterInterfaceField, Object>> values = new ArrayList<>();
    FixtureException refusal;
  }

  /**
   * Reads a document as {@link #parse(JsonNode)} would, with the same refusals in the same order
   * (malformed JSON first, then by section), but turns each router interface into its values as
   * soon as it is read, so that a large document never stands in memory as a whole JSON tree.
   */
  private static Document parseStreaming(String text) throws IOException, FixtureException {
    Map<Object, Object> shared = new HashMap<>();
    StreamedInterfaces streamed = null;
    ObjectNode root;
    try (JsonParser p = JsonTrees.parser(text)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        return parse(t == null ? MissingNode.getInstance() : JsonTrees.value(p, t), shared, null);
      }
      root = JsonNodeFactory.instance.objectNode();
      for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals("RouterInterfaces") && v == JsonToken.START_ARRAY) {
          root.set(name, JsonNodeFactory.instance.arrayNode()); // holds its place among the keys
          streamed = new StreamedInterfaces();
          int i = 0;
          for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken(), i++) {
            JsonNode element = JsonTrees.value(p, e);
            if (streamed.refusal == null) {
              try {
                streamed.values.add(routerInterface(new Entry(element, "RouterInterfaces[" + i + "]"), shared));
              } catch (FixtureException refused) {
                streamed.refusal = refused;
              }
            }
          }
        } else {
          root.set(name, JsonTrees.value(p, v));
        }
      }
      if (p.nextToken() != null) {
        // One document per text: content after it is refused, not silently ignored.
        JsonLocation at = p.currentTokenLocation();
        throw new FixtureException(
            "(line " + at.getLineNr() + ", column " + at.getColumnNr() + ")",
            "not valid JSON: content after the end of the document");
      }
    }
    return parse(root, shared, streamed);
  }

  /**
   * The text fields whose values a large world repeats (owners, regions, dates, charge types):
   * parsed once per distinct value, so that 100,000 interfaces of one account do not hold 100,000
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

  /** Parses a document already read as JSON. */
  public static Document parse(JsonNode root) throws FixtureException {
    return parse(root, new HashMap<>(), null);
  }

  private static Document parse(JsonNode root, Map<Object, Object> shared, StreamedInterfaces streamed)
      throws FixtureException {
    if (root == null || !root.isObject()) {
      throw new FixtureException("(document)", "must be a JSON object with Regions, Accounts, Routers, RouterInterfaces");
    }
    checkKeys(root, "", TOP_KEYS);
    List<String> regions = new ArrayList<>();
    for (Entry e : array(root, "Regions")) {
      regions.add(nonEmptyText(e.node, e.path));
    }
    List<Account> accounts = new ArrayList<>();
    for (Entry e : array(root, "Accounts")) {
      object(e);
      checkKeys(e.node, e.path + ".", ACCOUNT_KEYS);
      String ownerId = requiredText(e, "OwnerId");
      if (!ownerId.matches("\\d{1,20}")) {
        throw new FixtureException(e.path + ".OwnerId", "'" + ownerId + "' is not an account id (digits)");
      }
      accounts.add(
          new Account(
              ownerId,
              requiredText(e, "AccessKeyId"),
              requiredText(e, "AccessKeySecret"),
              optionalBoolean(e, "BillsOutstanding"),
              e.node.has("Bid") ? requiredText(e, "Bid") : Account.DEFAULT_BID));
    }
    List<Router> routers = new ArrayList<>();
    for (Entry e : array(root, "Routers")) {
      object(e);
      checkKeys(e.node, e.path + ".", ROUTER_KEYS);
      RouterType type =
          e.node.has("RouterType")
              ? (RouterType) enumValue(e.node.get("RouterType"), e.path + ".RouterType", FieldType.ROUTER_TYPE)
              : RouterType.VROUTER;
      routers.add(
          new Router(
              requiredText(e, "RouterId"),
              type,
              share(shared, requiredText(e, "RegionId")),
              share(shared, requiredText(e, "OwnerId"))));
    }
    List<Map<RouterInterfaceField, Object>> interfaces;
    if (streamed != null) {
      if (streamed.refusal != null) {
        throw streamed.refusal;
      }
      interfaces = streamed.values;
    } else {
      interfaces = new ArrayList<>();
      for (Entry e : array(root, "RouterInterfaces")) {
        interfaces.add(routerInterface(e, shared));
      }
    }
    return new Document(regions, accounts, routers, interfaces);
  }

  private static final List<RouterInterfaceField> REQUIRED_FIELDS =
      List.of(RouterInterfaceField.RouterInterfaceId, RouterInterfaceField.RouterId, RouterInterfaceField.Role);

  /** One entry of {@code RouterInterfaces}: its values, well typed. */
  private static Map<RouterInterfaceField, Object> routerInterface(Entry e, Map<Object, Object> shared)
      throws FixtureException {
    object(e);
    Map<RouterInterfaceField, Object> values = new EnumMap<>(RouterInterfaceField.class);
    for (Map.Entry<String, JsonNode> f : e.node.properties()) {
      RouterInterfaceField field = RouterInterfaceField.byName(f.getKey());
      if (field == null) {
        throw new FixtureException(e.path + "." + keyInPath(f.getKey()), "unknown key (a RouterInterfaceType field is expected)");
      }
      Object v = value(f.getValue(), e.path + "." + f.getKey(), field.type());
      if (v != null) {
        values.put(field, SHARED_VALUES.contains(field) || v instanceof Integer ? share(shared, v) : v);
      }
    }
    for (RouterInterfaceField required : REQUIRED_FIELDS) {
      if (!values.containsKey(required)) {
        throw new FixtureException(e.path + "." + required.name(), "is required");
      }
    }
    return values;
  }

  /** The one instance of an equal value met before in this document, or this one. */
  @SuppressWarnings("unchecked")
  private static <T> T share(Map<Object, Object> shared, T value) {
    return (T) shared.computeIfAbsent(value, v -> v);
  }

  private record Entry(JsonNode node, String path) {}

  private static List<Entry> array(JsonNode root, String key) throws FixtureException {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw new FixtureException(key, "must be an array");
    }
    List<Entry> out = new ArrayList<>(n.size());
    for (int i = 0; i < n.size(); i++) {
      out.add(new Entry(n.get(i), key + "[" + i + "]"));
    }
    return out;
  }

  private static void object(Entry e) throws FixtureException {
    if (!e.node.isObject()) {
      throw new FixtureException(e.path, "must be an object");
    }
  }

  private static void checkKeys(JsonNode node, String prefix, Set<String> allowed) throws FixtureException {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new FixtureException(
            prefix + keyInPath(name), "unknown key (expected one of " + String.join(", ", sorted(allowed)) + ")");
      }
    }
  }

  /**
   * A key as a path segment: as is when it is a plain name, else JSON-quoted, so that an empty
   * key or one holding dots or brackets still names a place ({@code Routers[0]."a.b"}).
   */
  private static String keyInPath(String key) {
    if (key.matches("[A-Za-z][A-Za-z0-9]*")) {
      return key;
    }
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(key)) + "\"";
  }

  private static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    l.sort(null);
    return l;
  }

  private static String requiredText(Entry e, String key) throws FixtureException {
    JsonNode n = e.node.get(key);
    if (n == null || n.isNull()) {
      throw new FixtureException(e.path + "." + key, "is required");
    }
    return nonEmptyText(n, e.path + "." + key);
  }

  private static String nonEmptyText(JsonNode n, String path) throws FixtureException {
    if (!n.isTextual()) {
      throw new FixtureException(path, "must be a string");
    }
    if (n.asText().isEmpty()) {
      throw new FixtureException(path, "must not be empty");
    }
    return n.asText();
  }

  private static boolean optionalBoolean(Entry e, String key) throws FixtureException {
    JsonNode n = e.node.get(key);
    if (n == null || n.isNull()) {
      return false;
    }
    if (!n.isBoolean()) {
      throw new FixtureException(e.path + "." + key, "must be a boolean");
    }
    return n.asBoolean();
  }

  private static Object value(JsonNode n, String path, FieldType type) throws FixtureException {
    if (n.isNull()) {
      return null;
    }
    switch (type) {
      case TEXT:
        if (!n.isTextual()) {
          throw new FixtureException(path, "must be a string");
        }
        return n.asText().isEmpty() ? null : n.asText();
      case INTEGER:
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
          throw new FixtureException(path, "must be an integer");
        }
        return n.asInt();
      case BOOLEAN:
        if (!n.isBoolean()) {
          throw new FixtureException(path, "must be a boolean");
        }
        return n.asBoolean();
      default:
        return enumValue(n, path, type);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(JsonNode n, String path, FieldType type) throws FixtureException {
    if (!n.isTextual()) {
      throw new FixtureException(path, "must be a string");
    }
    Class enumType = type.enumType();
    Object v = ApiEnum.parse(enumType, n.asText());
    if (v == null) {
      throw new FixtureException(path, "'" + n.asText() + "' is not one of " + ApiEnum.allowed(enumType));
    }
    return v;
  }

  // ------------------------------------------------------------------ load

  /**
   * Loads a document into a world: checks every id is new and every reference resolves (against
   * the world and the document together), then adds everything; on any refusal nothing changes.
   */
  public static void load(World world, Document doc) throws FixtureException {
    FixtureException[] refused = new FixtureException[1];
    world.locked(
        () -> {
          try {
            List<RouterInterface> built = check(world, doc, world.clock.apiNow());
            apply(world, doc, built);
          } catch (FixtureException e) {
            refused[0] = e;
          }
        });
    if (refused[0] != null) {
      throw refused[0];
    }
  }

  /** Parses and loads several documents as one: all of them or none. */
  public static void loadAll(World world, List<Document> docs) throws FixtureException {
    load(world, merge(docs));
  }

  /** One document holding several, in order (regions deduplicated). */
  public static Document merge(List<Document> docs) {
    Set<String> regions = new LinkedHashSet<>();
    List<Account> accounts = new ArrayList<>();
    List<Router> routers = new ArrayList<>();
    List<Map<RouterInterfaceField, Object>> interfaces = new ArrayList<>();
    for (Document d : docs) {
      regions.addAll(d.regions());
      accounts.addAll(d.accounts());
      routers.addAll(d.routers());
      interfaces.addAll(d.interfaces());
    }
    return new Document(List.copyOf(regions), accounts, routers, interfaces);
  }

  private static List<RouterInterface> check(World world, Document doc, String now) throws FixtureException {
    Set<String> regions = new HashSet<>(world.regions);
    regions.addAll(doc.regions());
    Map<String, Account> owners = new HashMap<>(world.accounts);
    Set<String> keys = new HashSet<>();
    world.accounts.values().forEach(a -> keys.add(a.accessKeyId()));
    for (int i = 0; i < doc.accounts().size(); i++) {
      Account a = doc.accounts().get(i);
      if (owners.putIfAbsent(a.ownerId(), a) != null) {
        throw new FixtureException("Accounts[" + i + "].OwnerId", "'" + a.ownerId() + "' already exists");
      }
      if (!keys.add(a.accessKeyId())) {
        throw new FixtureException("Accounts[" + i + "].AccessKeyId", "'" + a.accessKeyId() + "' already exists");
      }
    }
    Map<String, Router> routers = new HashMap<>(world.routers);
    for (int i = 0; i < doc.routers().size(); i++) {
      Router r = doc.routers().get(i);
      String p = "Routers[" + i + "]";
      if (routers.putIfAbsent(r.routerId(), r) != null) {
        throw new FixtureException(p + ".RouterId", "'" + r.routerId() + "' already exists");
      }
      if (!regions.contains(r.regionId())) {
        throw new FixtureException(p + ".RegionId", "region '" + r.regionId() + "' is not in Regions");
      }
      if (!owners.containsKey(r.ownerId())) {
        throw new FixtureException(p + ".OwnerId", "account '" + r.ownerId() + "' is not in Accounts");
      }
    }
    Set<String> ids = new HashSet<>(world.interfaces.keySet());
    List<RouterInterface> built = new ArrayList<>();
    for (int i = 0; i < doc.interfaces().size(); i++) {
      Map<RouterInterfaceField, Object> v = new EnumMap<>(doc.interfaces().get(i));
      String p = "RouterInterfaces[" + i + "]";
      String id = (String) v.get(RouterInterfaceField.RouterInterfaceId);
      if (!ids.add(id)) {
        throw new FixtureException(p + ".RouterInterfaceId", "'" + id + "' already exists");
      }
      Router router = routers.get((String) v.get(RouterInterfaceField.RouterId));
      if (router == null) {
        throw new FixtureException(p + ".RouterId", "router '" + v.get(RouterInterfaceField.RouterId) + "' is not in Routers");
      }
      v.put(RouterInterfaceField.RouterId, router.routerId()); // one string for both
      Object type = v.putIfAbsent(RouterInterfaceField.RouterType, router.routerType());
      if (type != null && type != router.routerType()) {
        throw new FixtureException(
            p + ".RouterType", "'" + ((RouterType) type).apiName() + "' differs from its router's " + router.routerType().apiName());
      }
      applyDefaults(v, now);
      built.add(new RouterInterface(v, router.ownerId(), router.regionId()));
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
    v.putIfAbsent(RouterInterfaceField.EndTime, RouterInterfaces.PAY_AS_YOU_GO_END_TIME);
    v.putIfAbsent(RouterInterfaceField.Bandwidth, ((Spec) v.get(RouterInterfaceField.Spec)).bandwidth());
    v.putIfAbsent(RouterInterfaceField.HasReservationData, "false");
  }

  private static void apply(World world, Document doc, List<RouterInterface> built) {
    doc.regions().forEach(world::addRegion);
    doc.accounts().forEach(world::addAccount);
    doc.routers().forEach(world::addRouter);
    built.forEach(world::addInterface);
    resumeTransitions(world, built);
  }

  /**
   * An interface loaded in a transient status finishes it like one that entered it through the
   * API: a Connecting initiator and its AcceptingConnect peer together, the others alone.
   */
  private static void resumeTransitions(World world, List<RouterInterface> built) {
    Set<String> started = new HashSet<>();
    for (RouterInterface ri : built) {
      if (!ri.status().isTransient() || started.contains(ri.id())) {
        continue;
      }
      PendingTransition.Kind kind =
          switch (ri.status()) {
            case CONNECTING, ACCEPTING_CONNECT -> PendingTransition.Kind.CONNECT;
            case ACTIVATING -> PendingTransition.Kind.ACTIVATE;
            case DEACTIVATING -> PendingTransition.Kind.DEACTIVATE;
            case MODIFYING -> PendingTransition.Kind.MODIFY_SPEC;
            default -> PendingTransition.Kind.DELETE;
          };
      List<RouterInterface> group = new ArrayList<>(List.of(ri));
      if (kind == PendingTransition.Kind.CONNECT) {
        world.partnerOf(ri)
            .filter(p -> p.status() == Status.CONNECTING || p.status() == Status.ACCEPTING_CONNECT)
            .filter(p -> !started.contains(p.id()))
            .ifPresent(group::add);
      }
      group.forEach(g -> started.add(g.id()));
      world.transitions.begin(kind, group);
    }
  }

  // ------------------------------------------------------------------ dump

  /** The whole world as a fixture document (JSON text) that loads back into the same world. */
  public static String dump(World world) {
    try {
      return Dump.JSON.writeValueAsString(dumpTree(world));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a fixture tree is always serialisable", e);
    }
  }

  /** The whole world as a fixture document tree. */
  public static ObjectNode dumpTree(World world) {
    return world.locked(
        () -> {
          ObjectNode root = JsonNodeFactory.instance.objectNode();
          ArrayNode regions = root.putArray("Regions");
          world.regions.forEach(regions::add);
          ArrayNode accounts = root.putArray("Accounts");
          for (Account a : world.accounts.values()) {
            ObjectNode n = accounts.addObject();
            n.put("OwnerId", a.ownerId());
            n.put("AccessKeyId", a.accessKeyId());
            n.put("AccessKeySecret", a.accessKeySecret());
            n.put("BillsOutstanding", a.billsOutstanding());
            n.put("Bid", a.bid());
          }
          ArrayNode routers = root.putArray("Routers");
          for (Router r : world.routers.values()) {
            ObjectNode n = routers.addObject();
            n.put("RouterId", r.routerId());
            n.put("RouterType", r.routerType().apiName());
            n.put("RegionId", r.regionId());
            n.put("OwnerId", r.ownerId());
          }
          ArrayNode interfaces = root.putArray("RouterInterfaces");
          for (RouterInterface ri : world.interfaces.values()) {
            ObjectNode n = interfaces.addObject();
            for (Map.Entry<RouterInterfaceField, Object> e : ri.values().entrySet()) {
              Object v = e.getKey().type().render(e.getValue());
              if (v instanceof Integer i) {
                n.put(e.getKey().name(), i);
              } else if (v instanceof Boolean b) {
                n.put(e.getKey().name(), b);
              } else {
                n.put(e.getKey().name(), (String) v);
              }
            }
          }
          return root;
        });
  }

  /**
   * Empties a world and loads documents into it: the state a server starts (or resets) with.
   * {@code loadTime} dates what the documents leave undated, so that replacing twice with the
   * same arguments gives the same world.
   */
  public static void replace(World world, List<Document> docs, String loadTime) throws FixtureException {
    Document merged = merge(docs);
    FixtureException[] refused = new FixtureException[1];
    world.locked(
        () -> {
          try {
            // Checked against an empty world, which is what the world is once cleared.
            List<RouterInterface> built = check(new World(world.clock, TransitionMode.DEFAULT), merged, loadTime);
            world.clear();
            apply(world, merged, built);
          } catch (FixtureException e) {
            refused[0] = e;
          }
        });
    if (refused[0] != null) {
      throw refused[0];
    }
  }
}

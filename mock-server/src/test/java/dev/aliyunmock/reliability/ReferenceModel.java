package dev.aliyunmock.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.routerinterface.Filter;
import dev.aliyunmock.routerinterface.FilterKey;
import dev.aliyunmock.routerinterface.Role;
import dev.aliyunmock.router.Router;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.routerinterface.RouterInterfaceField;
import dev.aliyunmock.routerinterface.Status;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.RpcRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A mock under random use, and the checks of every step: the result's own oracle (isolation,
 * preconditions, what a read returns), "a refused request changes nothing", the invariants of
 * {@link Invariants} and the legal status transitions. A failed check throws {@link
 * AssertionError} naming the step, the steps before it, and what broke.
 */
final class ReferenceModel {
  /** Three accounts (the third on another site), three regions, eight routers, two ready pairs. */
  static final String WORLD =
      """
      {"Regions": ["cn-hangzhou", "cn-beijing", "cn-shanghai"],
       "Accounts": [
         {"OwnerId": "2000000000000001", "AccessKeyId": "key-one", "AccessKeySecret": "secret-one", "Bid": "26842"},
         {"OwnerId": "2000000000000002", "AccessKeyId": "key-two", "AccessKeySecret": "secret-two", "Bid": "26842"},
         {"OwnerId": "2000000000000003", "AccessKeyId": "key-three", "AccessKeySecret": "secret-three", "Bid": "5"}],
       "Routers": [
         {"RouterId": "vrt-one-hz", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "2000000000000001"},
         {"RouterId": "vrt-one-bj", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "2000000000000001"},
         {"RouterId": "vbr-one-hz", "RouterType": "VBR", "RegionId": "cn-hangzhou", "OwnerId": "2000000000000001"},
         {"RouterId": "vrt-two-hz", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "2000000000000002"},
         {"RouterId": "vrt-two-sh", "RouterType": "VRouter", "RegionId": "cn-shanghai", "OwnerId": "2000000000000002"},
         {"RouterId": "vrt-two-sh2", "RouterType": "VRouter", "RegionId": "cn-shanghai", "OwnerId": "2000000000000002"},
         {"RouterId": "vrt-three-bj", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "2000000000000003"},
         {"RouterId": "vbr-three-sh", "RouterType": "VBR", "RegionId": "cn-shanghai", "OwnerId": "2000000000000003"}],
       "RouterInterfaces": [
         {"RouterInterfaceId": "ri-seed-one-hz-init", "RouterId": "vrt-one-hz", "Role": "InitiatingSide", "Spec": "Large.2",
          "OppositeInterfaceId": "ri-seed-two-sh-acc", "OppositeRouterId": "vrt-two-sh", "OppositeRouterType": "VRouter",
          "OppositeInterfaceOwnerId": "2000000000000002", "OppositeRegionId": "cn-shanghai", "Name": "seed-init"},
         {"RouterInterfaceId": "ri-seed-two-sh-acc", "RouterId": "vrt-two-sh", "Role": "AcceptingSide",
          "OppositeInterfaceId": "ri-seed-one-hz-init", "OppositeRouterId": "vrt-one-hz", "OppositeRouterType": "VRouter",
          "OppositeInterfaceOwnerId": "2000000000000001", "OppositeRegionId": "cn-hangzhou"},
         {"RouterInterfaceId": "ri-seed-one-bj-init", "RouterId": "vrt-one-bj", "Role": "InitiatingSide", "Spec": "Small.1",
          "OppositeInterfaceId": "ri-seed-one-hz-acc", "OppositeRouterId": "vrt-one-hz", "OppositeRouterType": "VRouter",
          "OppositeInterfaceOwnerId": "2000000000000001", "OppositeRegionId": "cn-hangzhou"},
         {"RouterInterfaceId": "ri-seed-one-hz-acc", "RouterId": "vrt-one-hz", "Role": "AcceptingSide",
          "OppositeInterfaceId": "ri-seed-one-bj-init", "OppositeRouterId": "vrt-one-bj", "OppositeRouterType": "VRouter",
          "OppositeInterfaceOwnerId": "2000000000000001", "OppositeRegionId": "cn-beijing"}]}
      """;

  static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
  static final String UNKNOWN_REGION = "cn-atlantis";
  static final String UNKNOWN_ID = "ri-nosuchinterface00000";
  private static final List<String> SPECS =
      List.of("Mini.2", "Small.1", "Middle.2", "Large.2", "Xlarge.1", "Negative", "Huge.9", "");
  private static final List<String> MODES = List.of("poll:1", "poll:2", "manual", "after:PT10S", "after:PT1M");
  private static final List<String> TOKENS = List.of("token-a", "token-b", "token-c");
  private static final ObjectMapper JSON = new ObjectMapper();

  final AliyunMock mock;
  private final ExecutorService pool;
  /** Every interface id seen, in the order seen (deleted ones stay: they are the ghosts). */
  private final List<String> known = Collections.synchronizedList(new ArrayList<>());
  private final List<String> trace = new ArrayList<>();
  /** How each call ended ("ConnectRouterInterface OK", "… IncorrectRIStatus"), for statistics. */
  private final Map<String, Integer> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
  /** How contended calls ended ("ConnectRouterInterface x3: 1 OK"), for statistics. */
  private final Map<String, Integer> contended = new LinkedHashMap<>();
  private int loads;

  ReferenceModel(ExecutorService pool) {
    this.pool = pool;
    try {
      this.mock = AliyunMock.builder().fixtures(WORLD).transitions(new TransitionMode.OnPoll(1)).onBug(e -> {
        throw new AssertionError("the mock reported a bug of its own", e);
      }).build();
    } catch (FixtureException e) {
      throw new IllegalStateException(e);
    }
    mock.world().clock().fix(START);
    mock.routerInterfaces().forEach(ri -> known.add(ri.id()));
  }

  /** Runs one step and checks everything; the first broken rule throws. */
  void apply(Step step) {
    trace.add(step.toString());
    Snapshot before = Snapshot.of(mock);
    switch (step.kind()) {
      case BATCH, CONTEND -> runConcurrently(step, before);
      case LINK -> link(step, before);
      case PAIR -> pair(step, before);
      case COMPLETE_ALL, COMPLETE_ONE, ADVANCE_CLOCK, SET_MODE, LOAD_FIXTURE -> {
        control(step, before);
        check(before, Snapshot.of(mock), 1, step);
      }
      default -> {
        Resolved r = resolve(step, before);
        Call.Result result = execute(r);
        Snapshot after = Snapshot.of(mock);
        checkOutcome(r, result, before, after);
        check(before, after, 1, step);
      }
    }
  }

  /** The final check of a sequence: a dump loads back into the same state. */
  void checkRoundTrip() {
    String dump = mock.stateJson();
    String again;
    try {
      again = AliyunMock.builder().fixtures(dump).transitions(new TransitionMode.Manual()).build().stateJson();
    } catch (FixtureException e) {
      throw fail("the dump of the state does not load back: " + e.getMessage() + "\n" + dump);
    }
    if (!again.equals(dump)) {
      throw fail("dump → load → dump differs:\n" + dump + "\n---\n" + again);
    }
  }

  // ------------------------------------------------------------------ resolving steps

  /** A step made concrete: who calls what, in which dialect, by which path. */
  record Resolved(Step step, String caller, Dialect dialect, Call call, boolean engine) {
    @Override
    public String toString() {
      return call + " by " + caller + " (" + dialect + (engine ? ", engine" : "") + ")";
    }
  }

  private static <T> T pick(List<T> list, int n) {
    return list.get(Math.floorMod(n, list.size()));
  }

  private String interfaceId(int n, Snapshot s) {
    List<String> live = new ArrayList<>(s.interfaces().keySet());
    int mode = Math.floorMod(n, 20);
    if (mode == 19 || live.isEmpty()) {
      return UNKNOWN_ID;
    }
    if (mode == 18) {
      List<String> ghosts = new ArrayList<>(known);
      ghosts.removeAll(live);
      if (!ghosts.isEmpty()) {
        return pick(ghosts, n / 20);
      }
    }
    return pick(live, n / 20);
  }

  /** An interface, preferring those {@code wanted} accepts (so that actions mostly apply). */
  private String interfaceId(int n, Snapshot s, java.util.function.Predicate<RouterInterface> wanted) {
    if (Math.floorMod(n, 4) != 0) {
      List<String> good = s.interfaces().values().stream().filter(wanted).map(RouterInterface::id).toList();
      if (!good.isEmpty()) {
        return pick(good, n / 4);
      }
    }
    return interfaceId(n / 4, s);
  }

  private String caller(int who, String ownerOfTarget, Snapshot s) {
    if (ownerOfTarget != null && Math.floorMod(who, 10) < 8) {
      return ownerOfTarget;
    }
    return pick(s.owners(), who / 10);
  }

  private String region(int n, String regionOfTarget, Snapshot s) {
    int mode = Math.floorMod(n, 20);
    if (regionOfTarget != null && mode < 17) {
      return regionOfTarget;
    }
    return mode == 19 ? UNKNOWN_REGION : pick(s.regions(), n / 20);
  }

  private Resolved resolve(Step step, Snapshot s) {
    Dialect dialect = step.vpc() ? Dialect.VPC : Dialect.ECS;
    String id =
        switch (step.kind()) {
          case CONNECT -> interfaceId(step.target(), s, ri -> ri.status() == Status.IDLE && ri.role() == Role.INITIATING_SIDE);
          case ACTIVATE -> interfaceId(step.target(), s, ri -> ri.status() == Status.INACTIVE);
          case DEACTIVATE -> interfaceId(step.target(), s, ri -> ri.status() == Status.ACTIVE);
          case DELETE -> interfaceId(step.target(), s, ri -> ri.status() == Status.IDLE || ri.status() == Status.INACTIVE);
          case MODIFY_SPEC -> interfaceId(step.target(), s, ri -> ri.role() == Role.INITIATING_SIDE);
          default -> interfaceId(step.target(), s);
        };
    RouterInterface ri = s.interfaces().get(id);
    String owner = ri == null ? null : ri.ownerId();
    String caller = caller(step.who(), owner, s);
    String region = region(step.region(), ri == null ? null : ri.regionId(), s);
    Call call =
        switch (step.kind()) {
          case CONNECT -> new Call.Connect(region, id);
          case ACTIVATE -> new Call.Activate(region, id);
          case DEACTIVATE -> new Call.Deactivate(region, id);
          case DELETE -> new Call.Delete(region, id);
          case MODIFY_SPEC -> new Call.ModifySpec(region, id, pick(SPECS, step.variant()));
          case DESCRIBE_ATTRIBUTE -> new Call.DescribeAttribute(region, id);
          case MODIFY_ATTRIBUTE -> new Call.ModifyAttribute(region, id, changes(step, s));
          case CREATE -> {
            Router router = pick(s.routers(), step.target());
            caller = caller(step.who(), router.ownerId(), s);
            region = region(step.region(), router.regionId(), s);
            yield new Call.Create(region, createRequest(step, router, s));
          }
          case DESCRIBE -> {
            caller = pick(s.owners(), step.who());
            region = region(step.region(), pick(s.regions(), step.who() / 7), s);
            yield describe(step, region, s);
          }
          default -> throw new IllegalArgumentException(step.kind() + " is not an API call");
        };
    if (call instanceof Call.DescribeAttribute) {
      dialect = Dialect.VPC;
    }
    return new Resolved(step, caller, dialect, call, step.engine());
  }

  private Call.CreateRequest createRequest(Step step, Router router, Snapshot s) {
    int v = step.variant();
    boolean initiating = router.routerType().apiName().equals("VBR") || Math.floorMod(v, 5) < 3;
    String role = Math.floorMod(v, 29) == 0 ? "Sideways" : initiating ? "InitiatingSide" : "AcceptingSide";
    String spec = initiating ? pick(SPECS.subList(0, 5), v / 5) : "Negative";
    if (Math.floorMod(v, 31) == 0) {
      spec = pick(SPECS, v / 31);
    }
    String oppId = null;
    String oppRouter = null;
    String oppType = null;
    String oppOwner = null;
    String oppRegion = pick(s.regions(), step.other());
    if (Math.floorMod(step.other(), 10) < 7 && !s.interfaces().isEmpty()) {
      RouterInterface o = s.interfaces().get(interfaceId(step.other(), s));
      if (o != null) {
        oppId = o.id();
        oppRouter = o.routerId();
        oppType = o.routerType().apiName();
        oppOwner = o.ownerId();
        oppRegion = o.regionId();
      }
    }
    String chargeType = Math.floorMod(v, 11) == 0 ? "PrePaid" : Math.floorMod(v, 13) == 0 ? "Rental" : null;
    String period = chargeType == null ? null : String.valueOf(Math.floorMod(v, 12));
    String token = Math.floorMod(v, 3) == 0 ? pick(TOKENS, v / 3) : null;
    String name = Math.floorMod(v, 17) == 0 ? "9-starts-with-a-digit" : "ri-" + Math.floorMod(v, 100);
    return new Call.CreateRequest(
        role, spec, router.routerType().apiName(), router.routerId(), oppRegion, oppRouter, oppType, oppId, oppOwner,
        null, null, name, null, null, null, chargeType, period, null, token);
  }

  private Call.AttributeChanges changes(Step step, Snapshot s) {
    int v = step.variant();
    return switch (Math.floorMod(v, 6)) {
      case 0 -> new Call.AttributeChanges("renamed-" + Math.floorMod(v, 50), "Described " + v, null, null, null, null, null, null, null, null, false);
      case 1 -> new Call.AttributeChanges("1bad", null, null, null, null, null, null, null, null, null, false);
      case 2 -> {
        RouterInterface o = s.interfaces().get(interfaceId(step.other(), s));
        yield o == null
            ? new Call.AttributeChanges(null, null, UNKNOWN_ID, "vrt-nowhere", "VRouter", "42", null, null, null, null, false)
            : new Call.AttributeChanges(null, null, o.id(), o.routerId(), o.routerType().apiName(), o.ownerId(), null, null, null, null, false);
      }
      case 3 -> new Call.AttributeChanges(null, null, null, null, "Submarine", null, null, null, null, null, false);
      case 4 -> new Call.AttributeChanges(null, null, null, null, null, null, "10.0.0.1", "10.0.0.2", "5", "8", false);
      default -> new Call.AttributeChanges(null, null, null, null, null, null, null, null, "0", null, Math.floorMod(v, 12) == 5);
    };
  }

  private Call.Describe describe(Step step, String region, Snapshot s) {
    List<Filter> filters = new ArrayList<>();
    int v = step.variant();
    int count = Math.floorMod(v, 4);
    for (int i = 0; i < count; i++) {
      int k = v / (4 + i * 3) + step.other() * (i + 1);
      FilterKey key = pick(List.of(FilterKey.values()), k);
      Set<String> values = new LinkedHashSet<>();
      RouterInterface o = s.interfaces().get(interfaceId(step.other() + i * 7919, s));
      values.add(o == null ? "nothing" : key.valueOf(o));
      if (Math.floorMod(k, 3) == 0) {
        values.add(pick(s.owners(), k));
      }
      filters.add(new Filter(key, values));
    }
    int pageSize = Math.floorMod(v, 5) == 0 ? 1 + Math.floorMod(v / 5, 3) : 50;
    int pageNumber = pageSize == 50 ? 1 : 1 + Math.floorMod(v / 15, 3);
    return new Call.Describe(region, pageNumber, pageSize, filters);
  }

  // ------------------------------------------------------------------ executing calls

  private Call.Result execute(Resolved r) {
    Call.Result result = r.engine() ? viaEngine(r) : direct(r);
    outcomes.merge(r.call().action() + " " + (result.ok() ? "OK" : result.code()), 1, Integer::sum);
    return result;
  }

  /** How the calls of this sequence ended, by action and code. */
  Map<String, Integer> outcomes() {
    return outcomes;
  }

  /** How the contended calls of this sequence ended: the action, the copies, how many succeeded. */
  Map<String, Integer> contended() {
    return contended;
  }

  private Call.Result direct(Resolved r) {
    try {
      return r.call().direct(mock, r.caller(), r.dialect());
    } catch (ApiException e) {
      return Call.Result.refused(e.code(r.dialect()));
    }
  }

  private Call.Result viaEngine(Resolved r) {
    Account a =
        mock.accounts().stream().filter(x -> x.ownerId().equals(r.caller())).findFirst().orElseThrow();
    Map<String, String> params = new LinkedHashMap<>(r.call().params());
    params.put("Version", r.dialect().version());
    params.put("Format", "JSON");
    String query = Signer.query(Signer.rpcV1("POST", params, a.accessKeyId(), a.accessKeySecret()));
    ApiResponse response =
        mock.handle(
            RpcRequest.builder("POST", "/?" + query)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .build());
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (response.status() >= 500) {
      throw fail("the engine answered " + response.status() + ": " + response.body());
    }
    if (response.status() != 200) {
      return Call.Result.refused(body.path("Code").asText());
    }
    if (r.call() instanceof Call.Describe) {
      List<String> ids = new ArrayList<>();
      body.path("RouterInterfaceSet").path("RouterInterfaceType").forEach(n -> ids.add(n.path("RouterInterfaceId").asText()));
      return new Call.Result(true, null, null, body.path("TotalCount").asInt(), ids);
    }
    if (r.call() instanceof Call.DescribeAttribute) {
      return new Call.Result(true, null, null, 1, List.of(body.path("RouterInterfaceId").asText()));
    }
    if (r.call() instanceof Call.Create) {
      return new Call.Result(true, null, body.path("RouterInterfaceId").asText(), null, List.of());
    }
    return Call.Result.success();
  }

  // ------------------------------------------------------------------ checks of one call

  private void checkOutcome(Resolved r, Call.Result result, Snapshot before, Snapshot after) {
    if (result.createdId() != null) {
      known.add(result.createdId());
    }
    if (!result.ok()) {
      if (!after.dump().equals(before.dump())) {
        throw fail(r + " was refused with " + result.code() + " but changed the state:\n" + diff(before, after));
      }
      return;
    }
    String target = r.call().target();
    RouterInterface was = target == null ? null : before.interfaces().get(target);
    if (target != null) {
      if (was == null) {
        throw fail(r + " succeeded on an interface that does not exist");
      }
      if (!was.ownerId().equals(r.caller()) || !was.regionId().equals(r.call().region())) {
        throw fail(r + " succeeded on an interface of account " + was.ownerId() + " in " + was.regionId());
      }
    }
    Set<String> mayChange = new LinkedHashSet<>();
    if (target != null) {
      mayChange.add(target);
      before.partnerOf(target).ifPresent(mayChange::add);
      after.partnerOf(target).ifPresent(mayChange::add);
    }
    Call call = r.call();
    if (call instanceof Call.Connect) {
      expectStatus(r, was, Status.IDLE);
      RouterInterface now = after.interfaces().get(target);
      if (now == null || (now.status() != Status.CONNECTING && now.status() != Status.ACTIVE)) {
        throw fail(r + " succeeded but left " + brief(now));
      }
      mayChange.add(now.oppositeInterfaceId());
    } else if (call instanceof Call.Activate) {
      expectStatus(r, was, Status.INACTIVE);
    } else if (call instanceof Call.Deactivate) {
      expectStatus(r, was, Status.ACTIVE);
    } else if (call instanceof Call.Delete) {
      if (was.status() != Status.IDLE && was.status() != Status.INACTIVE) {
        throw fail(r + " deleted an interface in status " + was.status());
      }
      if (after.interfaces().containsKey(target)) {
        throw fail(r + " succeeded but the interface is still there");
      }
    } else if (call instanceof Call.Create) {
      RouterInterface made = after.interfaces().get(result.createdId());
      if (made == null || !made.ownerId().equals(r.caller())) {
        throw fail(r + " answered " + result.createdId() + " but the world holds " + brief(made));
      }
      mayChange.add(made.id());
    } else if (call instanceof Call.Describe d) {
      checkDescribe(r, d, result, after, mayChange);
    } else if (call instanceof Call.DescribeAttribute) {
      if (!result.itemIds().equals(List.of(target))) {
        throw fail(r + " described " + result.itemIds());
      }
    }
    Set<String> changed = changedIds(before, after);
    changed.removeAll(mayChange);
    if (!changed.isEmpty()) {
      throw fail(r + " also changed " + changed + ":\n" + diff(before, after));
    }
  }

  private void expectStatus(Resolved r, RouterInterface was, Status required) {
    if (was.status() != required) {
      throw fail(r + " succeeded although the interface was " + was.status());
    }
  }

  /** A page holds only the caller's interfaces of the region that match, and counts them all. */
  private void checkDescribe(Resolved r, Call.Describe d, Call.Result result, Snapshot after, Set<String> mayChange) {
    List<String> matching = new ArrayList<>();
    for (RouterInterface ri : after.interfaces().values()) {
      if (ri.ownerId().equals(r.caller()) && ri.regionId().equals(d.region())) {
        mayChange.add(ri.id());
        after.partnerOf(ri.id()).ifPresent(mayChange::add);
        if (d.filters().stream().allMatch(f -> f.matches(ri))) {
          matching.add(ri.id());
        }
      }
    }
    if (result.total() != matching.size() || !matching.containsAll(result.itemIds())) {
      throw fail(r + " answered " + result + " but the caller's matching interfaces are " + matching);
    }
    int from = (d.pageNumber() - 1) * d.pageSize();
    List<String> page = from >= matching.size() ? List.of() : matching.subList(from, Math.min(matching.size(), from + d.pageSize()));
    if (!page.equals(result.itemIds())) {
      throw fail(r + " returned the page " + result.itemIds() + ", expected " + page);
    }
  }

  /** Whether two copies of an interface hold the same owner, region and field values. */
  private static boolean sameState(RouterInterface a, RouterInterface b) {
    return b != null && a.values().equals(b.values()) && a.ownerId().equals(b.ownerId()) && a.regionId().equals(b.regionId());
  }

  private static Set<String> changedIds(Snapshot before, Snapshot after) {
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<String, RouterInterface> e : before.interfaces().entrySet()) {
      if (!sameState(e.getValue(), after.interfaces().get(e.getKey()))) {
        out.add(e.getKey());
      }
    }
    for (String id : after.interfaces().keySet()) {
      if (!before.interfaces().containsKey(id)) {
        out.add(id);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ composite and control steps

  /** Points an Idle initiator and an Idle acceptor at each other, each by its owner. */
  private void link(Step step, Snapshot before) {
    String i = interfaceId(step.target(), before, ri -> ri.status() == Status.IDLE && ri.role() == Role.INITIATING_SIDE);
    RouterInterface ini = before.interfaces().get(i);
    // An acceptor the initiator can reach: in its OppositeRegionId (which Modify cannot change).
    String a = interfaceId(step.other(), before, ri -> ri.status() == Status.IDLE && ri.role() == Role.ACCEPTING_SIDE
        && ini != null && !ri.routerId().equals(ini.routerId())
        && (ini.oppositeRegionId() == null || ini.oppositeRegionId().equals(ri.regionId())));
    RouterInterface acc = before.interfaces().get(a);
    if (ini == null || acc == null) {
      return;
    }
    Dialect d = step.vpc() ? Dialect.VPC : Dialect.ECS;
    Snapshot s = before;
    for (RouterInterface[] pair : List.of(new RouterInterface[] {ini, acc}, new RouterInterface[] {acc, ini})) {
      RouterInterface self = pair[0];
      RouterInterface opp = pair[1];
      Resolved r =
          new Resolved(
              step,
              self.ownerId(),
              d,
              new Call.ModifyAttribute(
                  self.regionId(),
                  self.id(),
                  new Call.AttributeChanges(
                      null, null, opp.id(), opp.routerId(), opp.routerType().apiName(), opp.ownerId(), null, null, null, null, false)),
              step.engine());
      Call.Result result = execute(r);
      Snapshot after = Snapshot.of(mock);
      checkOutcome(r, result, s, after);
      check(s, after, 1, step);
      s = after;
    }
  }

  /** Router pairs that the seed pairs already connect, so that new pairs often meet them. */
  private static final List<List<String>> BUSY_ROUTERS =
      List.of(List.of("vrt-one-hz", "vrt-two-sh"), List.of("vrt-one-bj", "vrt-one-hz"), List.of("vrt-two-sh2", "vrt-one-bj"));

  /**
   * Creates an acceptor and an initiator naming each other (each by its owner) between two
   * routers, often ones already connected; then, half the time, connects them.
   */
  private void pair(Step step, Snapshot before) {
    Router from;
    Router to;
    if (Math.floorMod(step.target(), 3) != 0) {
      List<String> ids = pick(BUSY_ROUTERS, step.target() / 3);
      from = router(before, ids.get(Math.floorMod(step.other(), 2)));
      to = router(before, ids.get(1 - Math.floorMod(step.other(), 2)));
    } else {
      from = pick(before.routers(), step.target() / 3);
      to = pick(before.routers(), step.other());
    }
    Dialect d = step.vpc() ? Dialect.VPC : Dialect.ECS;
    String spec = pick(SPECS.subList(0, 5), step.variant());
    Snapshot s = before;
    Resolved acceptor = new Resolved(step, to.ownerId(), d, new Call.Create(to.regionId(), new Call.CreateRequest(
        "AcceptingSide", "Negative", to.routerType().apiName(), to.routerId(), from.regionId(), from.routerId(),
        from.routerType().apiName(), null, from.ownerId(), null, null, null, null, null, null, null, null, null, null)), step.engine());
    Call.Result acc = execute(acceptor);
    Snapshot after = Snapshot.of(mock);
    checkOutcome(acceptor, acc, s, after);
    check(s, after, 1, step);
    if (!acc.ok()) {
      return;
    }
    s = after;
    Resolved initiator = new Resolved(step, from.ownerId(), d, new Call.Create(from.regionId(), new Call.CreateRequest(
        "InitiatingSide", spec, from.routerType().apiName(), from.routerId(), to.regionId(), to.routerId(),
        to.routerType().apiName(), acc.createdId(), to.ownerId(), null, null, null, null, null, null, null, null, null, null)),
        step.engine());
    Call.Result ini = execute(initiator);
    after = Snapshot.of(mock);
    checkOutcome(initiator, ini, s, after);
    check(s, after, 1, step);
    if (!ini.ok()) {
      return;
    }
    s = after;
    List<Resolved> rest = new ArrayList<>();
    rest.add(new Resolved(step, to.ownerId(), d, new Call.ModifyAttribute(to.regionId(), acc.createdId(),
        new Call.AttributeChanges(null, null, ini.createdId(), null, null, null, null, null, null, null, false)),
        step.engine()));
    if (Math.floorMod(step.variant(), 2) == 0) {
      rest.add(new Resolved(step, from.ownerId(), d, new Call.Connect(from.regionId(), ini.createdId()), step.engine()));
    }
    for (Resolved r : rest) {
      Call.Result result = execute(r);
      after = Snapshot.of(mock);
      checkOutcome(r, result, s, after);
      check(s, after, 1, step);
      s = after;
    }
  }

  private static Router router(Snapshot s, String id) {
    return s.routers().stream().filter(r -> r.routerId().equals(id)).findFirst().orElseThrow();
  }

  private void control(Step step, Snapshot s) {
    switch (step.kind()) {
      case COMPLETE_ALL -> mock.transitions().completeAll();
      case COMPLETE_ONE -> mock.transitions().complete(interfaceId(step.target(), s));
      case ADVANCE_CLOCK -> mock.transitions().advance(Duration.ofSeconds(1 + Math.floorMod(step.variant(), 90)));
      case SET_MODE -> {
        TransitionMode mode = TransitionMode.parse(pick(MODES, step.variant()));
        if (Math.floorMod(step.other(), 3) == 0) {
          mock.transitions().setDefaultMode(mode);
        } else {
          mock.transitions().setMode(interfaceId(step.target(), s), mode);
        }
      }
      case LOAD_FIXTURE -> loadFixture(step, s);
      default -> throw new IllegalArgumentException(step.kind().name());
    }
  }

  /** Adds an account (maybe in arrears, maybe on another site), a router and Idle interfaces. */
  private void loadFixture(Step step, Snapshot s) {
    int n = ++loads;
    int v = step.variant();
    String owner = "30000000000000" + (10 + n);
    String region = pick(s.regions(), step.region());
    String router = "vrt-loaded-" + n;
    StringBuilder ris = new StringBuilder();
    RouterInterface o = s.interfaces().get(interfaceId(step.other(), s));
    for (int i = 0; i < Math.floorMod(v, 3); i++) {
      boolean initiating = i == 0;
      if (ris.length() > 0) {
        ris.append(',');
      }
      ris.append("{\"RouterInterfaceId\":\"ri-loaded-").append(n).append('-').append(i)
          .append("\",\"RouterId\":\"").append(router)
          .append("\",\"Role\":\"").append(initiating ? "InitiatingSide" : "AcceptingSide").append('"')
          .append(Math.floorMod(v, 5) == i ? ",\"BusinessStatus\":\"FinancialLocked\"" : "");
      if (o != null) {
        ris.append(",\"OppositeInterfaceId\":\"").append(o.id())
            .append("\",\"OppositeRouterId\":\"").append(o.routerId())
            .append("\",\"OppositeRouterType\":\"").append(o.routerType().apiName())
            .append("\",\"OppositeInterfaceOwnerId\":\"").append(o.ownerId()).append('"');
      }
      ris.append('}');
    }
    String doc =
        "{\"Accounts\":[{\"OwnerId\":\"" + owner + "\",\"AccessKeyId\":\"key-loaded-" + n + "\",\"AccessKeySecret\":\"s" + n
            + "\",\"BillsOutstanding\":" + (Math.floorMod(v, 7) == 0) + ",\"Bid\":\"" + (Math.floorMod(v, 2) == 0 ? "26842" : "5")
            + "\"}],\"Routers\":[{\"RouterId\":\"" + router + "\",\"RegionId\":\"" + region + "\",\"OwnerId\":\"" + owner
            + "\"}],\"RouterInterfaces\":[" + ris + "]}";
    try {
      mock.loadFixtures(doc);
    } catch (FixtureException e) {
      throw fail("a valid fixture document was refused: " + e.getMessage() + "\n" + doc);
    }
    mock.routerInterfaces().forEach(ri -> {
      if (!known.contains(ri.id())) {
        known.add(ri.id());
      }
    });
  }

  // ------------------------------------------------------------------ concurrent steps

  private void runConcurrently(Step step, Snapshot before) {
    List<Resolved> calls = new ArrayList<>();
    List<Step> controls = new ArrayList<>();
    for (Step sub : step.batch()) {
      switch (sub.kind()) {
        case COMPLETE_ALL, COMPLETE_ONE, ADVANCE_CLOCK -> controls.add(sub);
        default -> calls.add(resolve(sub, before));
      }
    }
    int threads = calls.size() + controls.size();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Call.Result>> results = new ArrayList<>();
    for (Resolved r : calls) {
      results.add(pool.submit(() -> {
        go.await();
        return execute(r);
      }));
    }
    List<Future<?>> others = new ArrayList<>();
    for (Step c : controls) {
      others.add(pool.submit(() -> {
        go.await();
        control(c, before);
        return null;
      }));
    }
    go.countDown();
    List<Call.Result> outcomes = new ArrayList<>();
    try {
      for (Future<Call.Result> f : results) {
        outcomes.add(f.get(30, TimeUnit.SECONDS));
      }
      for (Future<?> f : others) {
        f.get(30, TimeUnit.SECONDS);
      }
    } catch (TimeoutException e) {
      throw fail("a concurrent step did not finish within 30 s: deadlock or livelock");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fail("interrupted");
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof AssertionError ae) {
        throw ae;
      }
      throw new AssertionError("a concurrent call threw", e.getCause());
    }
    Snapshot after = Snapshot.of(mock);
    for (int i = 0; i < calls.size(); i++) {
      Call.Result result = outcomes.get(i);
      Resolved r = calls.get(i);
      if (result.createdId() != null) {
        known.add(result.createdId());
      }
      String target = r.call().target();
      RouterInterface was = target == null ? null : before.interfaces().get(target);
      if (result.ok() && target != null && (was == null || !was.ownerId().equals(r.caller()))) {
        throw fail(r + " succeeded on an interface not the caller's: " + was + " (concurrent outcomes " + outcomes + ")");
      }
    }
    if (step.kind() == Step.Kind.CONTEND) {
      checkOneWinner(calls, outcomes, before);
    }
    check(before, after, threads, step);
  }

  /** The same state-changing action on the same interface at once: at most one may succeed. */
  private void checkOneWinner(List<Resolved> calls, List<Call.Result> outcomes, Snapshot before) {
    long wins = outcomes.stream().filter(Call.Result::ok).count();
    Call first = calls.get(0).call();
    contended.merge(first.action() + " x" + calls.size() + ": " + wins + " OK", 1, Integer::sum);
    RouterInterface was = first.target() == null ? null : before.interfaces().get(first.target());
    boolean exclusive =
        first instanceof Call.Connect
            || first instanceof Call.Activate
            || first instanceof Call.Deactivate
            || first instanceof Call.Delete
            || (first instanceof Call.ModifySpec && was != null && was.status() == Status.ACTIVE);
    if (exclusive && wins > 1) {
      throw fail(wins + " of " + calls.size() + " concurrent " + first.action() + " on " + first.target() + " succeeded: " + outcomes);
    }
    if (first instanceof Call.Create) {
      Map<String, Set<String>> idsByTokenAndCaller = new LinkedHashMap<>();
      for (int i = 0; i < calls.size(); i++) {
        Call.Create c = (Call.Create) calls.get(i).call();
        if (outcomes.get(i).ok() && c.r().clientToken() != null) {
          idsByTokenAndCaller
              .computeIfAbsent(calls.get(i).caller() + "/" + c.r().clientToken(), k -> new LinkedHashSet<>())
              .add(outcomes.get(i).createdId());
        }
      }
      idsByTokenAndCaller.forEach((k, ids) -> {
        if (ids.size() > 1) {
          throw fail("concurrent creates with one ClientToken (" + k + ") made " + ids);
        }
      });
    }
  }

  // ------------------------------------------------------------------ invariants

  private void check(Snapshot before, Snapshot after, int maxMoves, Step step) {
    List<String> broken = new ArrayList<>(after.violations());
    broken.addAll(Invariants.transitions(before, after, maxMoves));
    if (!broken.isEmpty()) {
      throw fail(step + " broke: " + String.join("; ", broken) + "\n" + diff(before, after));
    }
  }

  private static String diff(Snapshot before, Snapshot after) {
    StringBuilder b = new StringBuilder();
    for (String id : changedIds(before, after)) {
      b.append("  ").append(id).append(": ").append(brief(before.interfaces().get(id))).append(" -> ")
          .append(brief(after.interfaces().get(id))).append('\n');
    }
    return b.toString();
  }

  static String brief(RouterInterface ri) {
    if (ri == null) {
      return "(none)";
    }
    return ri.ownerId() + "/" + ri.regionId() + "/" + ri.routerId() + " " + ri.role().apiName() + " " + ri.status().apiName()
        + " opp=" + ri.oppositeInterfaceId() + " oppStatus=" + ri.text(RouterInterfaceField.OppositeInterfaceStatus)
        + " spec=" + ri.spec().apiName() + " bw=" + ri.get(RouterInterfaceField.Bandwidth)
        + " oppBw=" + ri.get(RouterInterfaceField.OppositeBandwidth) + " biz=" + ri.businessStatus().apiName();
  }

  private AssertionError fail(String message) {
    int from = Math.max(0, trace.size() - 12);
    return new AssertionError(message + "\nlast steps:\n  " + String.join("\n  ", trace.subList(from, trace.size())));
  }
}

package dev.aliyunmock.reliability;

import dev.aliyunmock.world.Account;
import dev.aliyunmock.routerinterface.BusinessStatus;
import dev.aliyunmock.routerinterface.Role;
import dev.aliyunmock.router.Router;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.routerinterface.RouterInterfaceField;
import dev.aliyunmock.routerinterface.Spec;
import dev.aliyunmock.routerinterface.Status;
import dev.aliyunmock.world.Transitions;
import dev.aliyunmock.router.RouterStore;
import dev.aliyunmock.routerinterface.RouterInterfaceStore;
import dev.aliyunmock.world.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The invariants of the router-interface API, checked on a {@link Snapshot} after every step:
 *
 * <ul>
 *   <li>an interface sits on a router of its owner and region, with the router's type, and its
 *       Bandwidth is its Spec's (an accepting side's Spec is Negative);
 *   <li>one interface connects to one interface: a non-Idle interface naming a non-Idle opposite
 *       is named back, roles are complementary, the routers differ;
 *   <li>at most one pair between two routers;
 *   <li>each side of a connected pair mirrors the other: {@code OppositeInterfaceStatus},
 *       {@code OppositeInterfaceSpec}, {@code OppositeInterfaceBusinessStatus}, {@code
 *       OppositeBandwidth};
 *   <li>Connecting faces AcceptingConnect; an interface that went through Connect has a
 *       ConnectedTime;
 *   <li>every transient status has a transition under way (nothing is stuck), of the right kind;
 *   <li>the world's indexes and the bills-outstanding count agree with its interfaces;
 * </ul>
 *
 * and, between two snapshots, that statuses moved only along documented transitions.
 */
final class Invariants {
  /** The documented status transitions (docs/reference/router-interfaces.md, docs/reference/transitions.md). */
  static final Map<Status, Set<Status>> MOVES =
      Map.of(
          Status.IDLE, Set.of(Status.CONNECTING, Status.ACCEPTING_CONNECT),
          Status.CONNECTING, Set.of(Status.ACTIVE),
          Status.ACCEPTING_CONNECT, Set.of(Status.ACTIVE),
          Status.ACTIVE, Set.of(Status.DEACTIVATING, Status.ACTIVATING),
          Status.DEACTIVATING, Set.of(Status.INACTIVE),
          Status.INACTIVE, Set.of(Status.ACTIVATING),
          Status.ACTIVATING, Set.of(Status.ACTIVE));

  /** Statuses from which DeleteRouterInterface removes an interface. */
  static final Set<Status> DELETABLE = Set.of(Status.IDLE, Status.INACTIVE);

  private Invariants() {}

  /** Whether {@code to} is reachable from {@code from} in at most {@code moves} documented moves. */
  static boolean reachable(Status from, Status to, int moves) {
    if (from == to) {
      return true;
    }
    if (moves <= 0) {
      return false;
    }
    for (Status next : MOVES.getOrDefault(from, Set.of())) {
      if (reachable(next, to, moves - 1)) {
        return true;
      }
    }
    return false;
  }

  /** The statuses moved along documented transitions, at most {@code maxMoves} each. */
  static List<String> transitions(Snapshot before, Snapshot after, int maxMoves) {
    List<String> out = new ArrayList<>();
    for (RouterInterface was : before.interfaces().values()) {
      RouterInterface now = after.interfaces().get(was.id());
      if (now == null) {
        boolean ok = DELETABLE.stream().anyMatch(d -> reachable(was.status(), d, maxMoves - 1));
        if (!ok) {
          out.add(was.id() + " disappeared from " + was.status().apiName());
        }
      } else if (!reachable(was.status(), now.status(), maxMoves)) {
        out.add(was.id() + " moved " + was.status().apiName() + " -> " + now.status().apiName());
      }
    }
    for (RouterInterface now : after.interfaces().values()) {
      if (!before.interfaces().containsKey(now.id()) && !reachable(Status.IDLE, now.status(), maxMoves - 1)) {
        out.add(now.id() + " appeared in " + now.status().apiName());
      }
    }
    return out;
  }

  /** The store's indexes against its interfaces, read in the caller's transaction. */
  static List<String> ofIndexes(View view) {
    RouterInterfaceStore store = view.store(RouterInterfaceStore.KEY);
    List<String> out = new ArrayList<>();
    int inScopes = 0;
    int onRouters = 0;
    for (Account a : view.accounts()) {
      for (String region : view.regions()) {
        inScopes += store.in(view.scope(a.ownerId(), region)).all().size();
      }
      boolean locked = false;
      for (RouterInterface ri : store.all()) {
        locked |= ri.ownerId().equals(a.ownerId()) && ri.businessStatus() == BusinessStatus.FINANCIAL_LOCKED;
      }
      if (store.hasFinanciallyLocked(a.ownerId()) != locked) {
        out.add("financially locked interfaces of " + a.ownerId() + " counted as " + store.hasFinanciallyLocked(a.ownerId()));
      }
    }
    for (Router r : view.store(RouterStore.KEY).all()) {
      onRouters += store.countOnRouter(r.routerId());
      if (store.countOnRouter(r.routerId()) > 5) {
        out.add(r.routerId() + " holds more than 5 interfaces");
      }
    }
    for (RouterInterface ri : store.all()) {
      RouterInterfaceStore.InScope scope = store.in(view.scope(ri.ownerId(), ri.regionId()));
      if (!scope.all().contains(ri)) {
        out.add(ri.id() + " missing from its owner's scope index");
      }
      if (!scope.onRouter(ri.routerId()).contains(ri)) {
        out.add(ri.id() + " missing from its router's index");
      }
    }
    int count = store.all().size();
    if (inScopes != count || onRouters != count) {
      out.add("indexes hold " + inScopes + " / " + onRouters + " entries for " + count + " interfaces");
    }
    return out;
  }

  /** The invariants of one state. */
  static List<String> of(Snapshot s) {
    List<String> out = new ArrayList<>();
    Map<String, Router> routers = new HashMap<>();
    s.routers().forEach(r -> routers.put(r.routerId(), r));
    Map<String, Transitions.Pending> pendingById = new HashMap<>();
    for (Transitions.Pending p : s.pending()) {
      for (String id : p.routerInterfaceIds()) {
        if (pendingById.put(id, p) != null) {
          out.add(id + " is in two transitions");
        }
      }
    }
    Set<String> routerPairs = new HashSet<>();
    for (RouterInterface ri : s.interfaces().values()) {
      String id = ri.id();
      Router router = routers.get(ri.routerId());
      if (router == null
          || !router.ownerId().equals(ri.ownerId())
          || !router.regionId().equals(ri.regionId())
          || router.routerType() != ri.routerType()) {
        out.add(id + " does not sit on a router of its owner, region and type");
      }
      if (!Objects.equals(ri.get(RouterInterfaceField.Bandwidth), ri.spec().bandwidth())) {
        out.add(id + " has Bandwidth " + ri.get(RouterInterfaceField.Bandwidth) + " for Spec " + ri.spec().apiName());
      }
      if ((ri.role() == Role.ACCEPTING_SIDE) != (ri.spec() == Spec.NEGATIVE)) {
        out.add(id + " is " + ri.role().apiName() + " with Spec " + ri.spec().apiName());
      }
      Transitions.Pending p = pendingById.get(id);
      if (ri.status().isTransient() && p == null) {
        out.add(id + " is stuck in " + ri.status().apiName() + " with no transition under way");
      }
      if (p != null && !kindFits(p.kind(), ri.status())) {
        out.add(id + " is " + ri.status().apiName() + " under a " + p.kind() + " transition");
      }
      Optional<String> partnerId = s.partnerOf(id);
      if ((ri.status() == Status.CONNECTING || ri.status() == Status.ACCEPTING_CONNECT)) {
        Status facing = ri.status() == Status.CONNECTING ? Status.ACCEPTING_CONNECT : Status.CONNECTING;
        if (partnerId.isEmpty() || s.interfaces().get(partnerId.get()).status() != facing) {
          out.add(id + " is " + ri.status().apiName() + " without a partner " + facing.apiName());
        }
      }
      if (ri.status() != Status.IDLE
          && ri.status() != Status.CONNECTING
          && ri.status() != Status.ACCEPTING_CONNECT
          && ri.get(RouterInterfaceField.ConnectedTime) == null) {
        out.add(id + " is " + ri.status().apiName() + " with no ConnectedTime");
      }
      RouterInterface opp = ri.oppositeInterfaceId() == null ? null : s.interfaces().get(ri.oppositeInterfaceId());
      if (ri.status() != Status.IDLE && opp != null && opp != ri && opp.status() != Status.IDLE && !id.equals(opp.oppositeInterfaceId())) {
        out.add(id + " claims " + opp.id() + " which is connected to " + opp.oppositeInterfaceId());
      }
      if (partnerId.isEmpty()) {
        continue;
      }
      RouterInterface partner = s.interfaces().get(partnerId.get());
      if (partner.role() == ri.role()) {
        out.add(id + " and " + partner.id() + " are both " + ri.role().apiName());
      }
      if (partner.routerId().equals(ri.routerId())) {
        out.add(id + " and " + partner.id() + " are connected on one router");
      }
      mirror(out, ri, partner, RouterInterfaceField.OppositeInterfaceStatus, partner.status());
      mirror(out, ri, partner, RouterInterfaceField.OppositeInterfaceSpec, partner.spec());
      mirror(out, ri, partner, RouterInterfaceField.OppositeInterfaceBusinessStatus, partner.businessStatus());
      mirror(out, ri, partner, RouterInterfaceField.OppositeBandwidth, partner.get(RouterInterfaceField.Bandwidth));
      if (ri.role() == Role.INITIATING_SIDE) {
        String a = ri.routerId();
        String b = partner.routerId();
        String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        if (!routerPairs.add(key)) {
          out.add("two pairs connect routers " + key);
        }
      }
    }
    return out;
  }

  private static void mirror(List<String> out, RouterInterface ri, RouterInterface partner, RouterInterfaceField f, Object expected) {
    if (!Objects.equals(ri.get(f), expected)) {
      out.add(ri.id() + "." + f + " = " + ri.get(f) + " but " + partner.id() + " has " + expected);
    }
  }

  private static boolean kindFits(String kind, Status status) {
    return switch (kind) {
      case "CONNECT" -> status == Status.CONNECTING || status == Status.ACCEPTING_CONNECT;
      case "ACTIVATE", "MODIFY_SPEC" -> status == Status.ACTIVATING;
      case "DEACTIVATE" -> status == Status.DEACTIVATING;
      default -> status == Status.DELETING;
    };
  }
}

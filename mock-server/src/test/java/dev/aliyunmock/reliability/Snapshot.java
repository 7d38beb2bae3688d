package dev.aliyunmock.reliability;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.router.Router;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.routerinterface.Status;
import dev.aliyunmock.world.Transitions;
import dev.aliyunmock.router.RouterStore;
import dev.aliyunmock.routerinterface.RouterInterfaceStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of a mock at one instant, read under the world's lock: detached copies of the
 * interfaces, the transitions under way, the dump, and what the invariants found wrong.
 */
record Snapshot(
    Map<String, RouterInterface> interfaces,
    List<Transitions.Pending> pending,
    List<String> owners,
    List<String> regions,
    List<Router> routers,
    String dump,
    List<String> violations) {

  static Snapshot of(AliyunMock mock) {
    return mock.world().read(
        view -> {
          Map<String, RouterInterface> ris = new LinkedHashMap<>();
          for (RouterInterface ri : view.store(RouterInterfaceStore.KEY).all()) {
            ris.put(ri.id(), ri.copy());
          }
          List<String> owners = view.accounts().stream().map(Account::ownerId).toList();
          List<String> regions = new ArrayList<>(view.regions());
          List<Router> routers = new ArrayList<>(view.store(RouterStore.KEY).all());
          List<Transitions.Pending> pending = mock.transitions().pending();
          List<String> violations = new ArrayList<>(Invariants.ofIndexes(view));
          Snapshot partial = new Snapshot(ris, pending, owners, regions, routers, mock.stateJson(), violations);
          violations.addAll(Invariants.of(partial));
          return partial;
        });
  }

  /**
   * The interface connected with this one: the one it names as opposite, naming it back, both out
   * of Idle (the store's definition, {@code RouterInterfaceStore.partnerOf}).
   */
  Optional<String> partnerOf(String id) {
    RouterInterface ri = interfaces.get(id);
    if (ri == null || ri.status() == Status.IDLE || ri.oppositeInterfaceId() == null) {
      return Optional.empty();
    }
    RouterInterface opp = interfaces.get(ri.oppositeInterfaceId());
    if (opp == null || opp == ri || opp.status() == Status.IDLE || !id.equals(opp.oppositeInterfaceId())) {
      return Optional.empty();
    }
    return Optional.of(opp.id());
  }
}

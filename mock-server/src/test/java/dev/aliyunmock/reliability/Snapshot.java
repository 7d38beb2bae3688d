package dev.aliyunmock.reliability;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.model.Account;
import dev.aliyunmock.model.Fixtures;
import dev.aliyunmock.model.Router;
import dev.aliyunmock.model.RouterInterface;
import dev.aliyunmock.model.Status;
import dev.aliyunmock.model.Transitions;
import dev.aliyunmock.model.World;
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
    World world = mock.world();
    return world.locked(
        () -> {
          Map<String, RouterInterface> ris = new LinkedHashMap<>();
          for (RouterInterface ri : world.interfaces()) {
            ris.put(ri.id(), ri.copy());
          }
          List<String> owners = world.accounts().stream().map(Account::ownerId).toList();
          List<String> regions = new ArrayList<>(world.regions());
          List<Router> routers = new ArrayList<>(world.routers());
          List<Transitions.Pending> pending = world.transitions().pending();
          List<String> violations = new ArrayList<>(Invariants.ofIndexes(world));
          Snapshot partial = new Snapshot(ris, pending, owners, regions, routers, Fixtures.dump(world), violations);
          violations.addAll(Invariants.of(partial));
          return partial;
        });
  }

  /**
   * The interface connected with this one: the one it names as opposite, naming it back, both out
   * of Idle (the model's definition, {@code World.partnerOf}).
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

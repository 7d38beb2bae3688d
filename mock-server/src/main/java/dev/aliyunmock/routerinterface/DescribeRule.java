package dev.aliyunmock.routerinterface;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.World;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reads: DescribeRouterInterfaces and DescribeRouterInterfaceAttribute. A read is a write
 * transaction all the same: a poll-mode transition ends once its transient status has been shown
 * enough times (docs/reference/transitions.md).
 */
public final class DescribeRule {
  private final World world;

  public DescribeRule(World world) {
    this.world = world;
  }

  /** DescribeRouterInterfaces: one page of the caller's interfaces in the region matching every filter. */
  public Commands.Page describe(Commands.Describe q) {
    return world.write(tx -> describe(tx, q));
  }

  private static Commands.Page describe(Tx tx, Commands.Describe q) {
    RouterInterfaceStore store = tx.store(RouterInterfaceStore.KEY);
    RouterInterfaceStore.InScope mine = store.in(tx.scope(q.caller()));
    Collection<RouterInterface> candidates = candidates(tx, mine, q.filters());
    int total = 0;
    long from = (long) (q.pageNumber() - 1) * q.pageSize();
    List<RouterInterface> page = new ArrayList<>();
    for (RouterInterface ri : candidates) {
      if (!mine.holds(ri) || !matchesAll(ri, q.filters()) || !hasTags(ri, q.tags()) || !inGroup(ri, q.resourceGroupId())) {
        // gone (a Deleting interface whose transition just ended), or not a match
        continue;
      }
      if (total >= from && page.size() < q.pageSize()) {
        page.add(ri);
      }
      total++;
    }
    List<RouterInterface> items = new ArrayList<>(page.size());
    List<String> shown = new ArrayList<>(page.size());
    for (RouterInterface ri : page) {
      items.add(ri.copy());
      shown.add(ri.id());
    }
    tx.afterRead(shown);
    return new Commands.Page(q.pageNumber(), q.pageSize(), total, items);
  }

  /**
   * The smallest set that can hold the matches, in creation order: by id, by router, through the
   * index of a selective filter, or the caller's whole region. Before any filter is applied, the
   * poll transitions of what may be shown that have been seen enough end, so that filters see the
   * final statuses; only the caller's interfaces of the region are read, so only their
   * transitions may end.
   */
  private static Collection<RouterInterface> candidates(Tx tx, RouterInterfaceStore.InScope mine, List<Filter> filters) {
    for (Filter f : filters) {
      if (f.key() == FilterKey.RouterInterfaceId) {
        Set<RouterInterface> out = new LinkedHashSet<>();
        for (String id : f.values()) {
          mine.get(id).ifPresent(out::add);
        }
        return beforeRead(tx, out);
      }
    }
    for (Filter f : filters) {
      if (f.key() == FilterKey.RouterId) {
        Set<RouterInterface> out = new LinkedHashSet<>();
        for (String routerId : f.values()) {
          out.addAll(mine.onRouter(routerId));
        }
        return beforeRead(tx, out);
      }
    }
    Collection<RouterInterface> scope = mine.all();
    tx.beforeReadOfScope(scope.size(), () -> ids(scope), id -> mine.get(id).isPresent());
    Filter best = null;
    int bestCount = scope.size();
    for (Filter f : filters) {
      int n = mine.estimate(f.key(), f.values()).orElse(Integer.MAX_VALUE);
      if (n < bestCount) {
        best = f;
        bestCount = n;
      }
    }
    return best == null ? scope : mine.matching(best.key(), best.values());
  }

  /** Ends what a read of these may end, and gives them back in creation order. */
  private static List<RouterInterface> beforeRead(Tx tx, Collection<RouterInterface> shown) {
    tx.beforeRead(ids(shown));
    List<RouterInterface> sorted = new ArrayList<>(shown);
    sorted.sort(Comparator.comparingLong(RouterInterface::seq));
    return sorted;
  }

  private static List<String> ids(Collection<RouterInterface> ris) {
    List<String> out = new ArrayList<>(ris.size());
    for (RouterInterface ri : ris) {
      out.add(ri.id());
    }
    return out;
  }

  private static boolean matchesAll(RouterInterface ri, List<Filter> filters) {
    for (Filter f : filters) {
      if (!f.matches(ri)) {
        return false;
      }
    }
    return true;
  }

  /** Whether an interface carries every given tag, with the same value. */
  private static boolean hasTags(RouterInterface ri, java.util.Map<String, String> tags) {
    for (java.util.Map.Entry<String, String> t : tags.entrySet()) {
      if (!t.getValue().equals(ri.tags().get(t.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean inGroup(RouterInterface ri, String resourceGroupId) {
    return resourceGroupId == null || resourceGroupId.equals(ri.text(RouterInterfaceField.ResourceGroupId));
  }

  /** DescribeRouterInterfaceAttribute (VPC): one of the caller's interfaces, with its health check's status. */
  public Commands.Attributes describeAttribute(Commands.OnInterface c) {
    return world.write(
        tx -> {
          RouterInterfaceStore store = tx.store(RouterInterfaceStore.KEY);
          Scope scope = tx.scope(c.caller());
          RouterInterface ri = Guards.own(store, scope, c.routerInterfaceId());
          tx.beforeRead(List.of(ri.id()));
          RouterInterface current =
              store.in(scope).get(c.routerInterfaceId())
                  // A Deleting interface whose transition just ended: it is gone now.
                  .orElseThrow(() -> new ApiException(RouterInterfaceError.ROUTER_INTERFACE_NOT_FOUND));
          tx.afterRead(List.of(current.id()));
          String health = current.get(RouterInterfaceField.HealthCheckSourceIp) == null ? "NoHealthCheckConfig" : "Normal";
          return new Commands.Attributes(current.copy(), health);
        });
  }
}

package dev.aliyunmock.world;

import java.util.Collection;
import java.util.Optional;

/**
 * A caller's view of one kind's resources: those of its account in one region. Nothing else is
 * reachable through it. A kind whose actions need more scoped reads extends it ({@code
 * RouterInterfaceStore.InScope}).
 *
 * @param <T> the resource type
 */
public class ScopedView<T extends Resource> {
  private final ScopedIndex<T> index;
  private final Scope scope;

  protected ScopedView(ScopedIndex<T> index, Scope scope) {
    this.index = index;
    this.scope = scope;
  }

  /** The caller's resource of that id in the region. */
  public Optional<T> get(String id) {
    return held(index.get(id));
  }

  /** Whether a resource is the caller's, in the region, and still in the world. */
  public boolean holds(T resource) {
    return scope.holds(resource.ownerId(), resource.regionId()) && index.get(resource.id()) == resource;
  }

  /** {@code resource} if the caller holds it; empty for {@code null}. */
  protected Optional<T> held(T resource) {
    return resource != null && holds(resource) ? Optional.of(resource) : Optional.empty();
  }

  /** All the caller's resources in the region, in creation order (live view). */
  public Collection<T> all() {
    return index.inScope(scope);
  }

  /** How many resources the caller has in the region, whatever their status. */
  public int count() {
    return index.inScope(scope).size();
  }
}

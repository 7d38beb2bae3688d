package dev.aliyunmock.world;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * A world as one read transaction sees it ({@link World#read}). Valid only inside the transaction
 * that made it.
 */
public class View {
  private final World world;
  private final State state;

  View(World world, State state) {
    this.world = world;
    this.state = state;
  }

  World world() {
    return world;
  }

  State state() {
    return state;
  }

  public MockClock clock() {
    return world.clock();
  }

  /** The regions, in load order. */
  public Set<String> regions() {
    return Collections.unmodifiableSet(state.regions());
  }

  public boolean hasRegion(String regionId) {
    return state.regions().contains(regionId);
  }

  /** The accounts, in load order. */
  public Collection<Account> accounts() {
    return Collections.unmodifiableCollection(state.accounts().values());
  }

  public Optional<Account> account(String ownerId) {
    return Optional.ofNullable(state.accounts().get(ownerId));
  }

  /** The first account loaded: the caller of unauthenticated requests. */
  public Optional<Account> firstAccount() {
    return state.accounts().values().stream().findFirst();
  }

  /** A kind's store. */
  public <S extends KindStore<S>> S store(StoreKey<S> key) {
    world.guard().checkReadable();
    KindStore<?> s = state.store(key);
    if (s == null) {
      throw new IllegalArgumentException("no store " + key + " in this world");
    }
    @SuppressWarnings("unchecked")
    S store = (S) s;
    return store;
  }

  /**
   * A caller's scope: its account in a region.
   *
   * @throws ApiException {@code InvalidAccessKeyId.NotFound} if the account is gone (a fixture
   *     reload between signing and acting), {@code InvalidRegionId.NotFound} for an unknown region
   */
  public Scope scope(Caller caller) {
    return scope(caller.ownerId(), caller.regionId());
  }

  /** {@link #scope(Caller)} of an account and a region. */
  public Scope scope(String ownerId, String regionId) {
    Account a = state.accounts().get(ownerId);
    if (a == null) {
      throw new ApiException(ApiError.ACCESS_KEY_NOT_FOUND);
    }
    if (!state.regions().contains(regionId)) {
      throw new ApiException(ApiError.REGION_NOT_FOUND);
    }
    return new Scope(a, regionId);
  }

  /** Whether a resource has a transition under way. */
  public boolean hasTransition(String resourceId) {
    return state.transitions().of(resourceId) != null;
  }
}

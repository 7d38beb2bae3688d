package dev.aliyunmock.world;

import java.util.Objects;
import java.util.function.Function;

/**
 * Names one kind's store in a world and makes empty ones: a resource kind registers its key, and
 * reaches its store through a transaction with it ({@code tx.store(RouterInterfaceStore.KEY)}).
 *
 * @param <S> the store's type
 */
public final class StoreKey<S extends KindStore<S>> {
  private final String name;
  private final Function<Guard, S> emptyStore;

  private StoreKey(String name, Function<Guard, S> emptyStore) {
    this.name = Objects.requireNonNull(name);
    this.emptyStore = Objects.requireNonNull(emptyStore);
  }

  /** A key whose stores {@code emptyStore} makes, given the guard of their world. */
  public static <S extends KindStore<S>> StoreKey<S> of(String name, Function<Guard, S> emptyStore) {
    return new StoreKey<>(name, emptyStore);
  }

  S newStore(Guard guard) {
    return emptyStore.apply(guard);
  }

  @Override
  public String toString() {
    return name;
  }
}

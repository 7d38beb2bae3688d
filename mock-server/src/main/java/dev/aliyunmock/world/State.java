package dev.aliyunmock.world;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Everything one world holds at one time: regions, accounts, each kind's store, the transitions
 * under way. A reset or a fixture replacement builds a new state and swaps it in whole.
 */
final class State {
  private final LinkedHashSet<String> regions = new LinkedHashSet<>();
  private final LinkedHashMap<String, Account> accounts = new LinkedHashMap<>();
  /**
   * Access key id → account, immutable, replaced whole when accounts change: the gateway reads it
   * without the lock, and sees the accounts before or after a change, never half of one.
   */
  private volatile Map<String, Account> accountsByKey = Map.of();
  /** The first account loaded (the caller of unauthenticated requests), read without the lock. */
  private volatile Account firstAccount;

  private final Map<StoreKey<?>, KindStore<?>> stores = new LinkedHashMap<>();
  private final TransitionTable transitions;

  private State(TransitionTable transitions) {
    this.transitions = transitions;
  }

  static State empty(List<StoreKey<?>> keys, Guard guard) {
    State s = new State(new TransitionTable());
    for (StoreKey<?> k : keys) {
      s.stores.put(k, k.newStore(guard));
    }
    return s;
  }

  LinkedHashSet<String> regions() {
    return regions;
  }

  LinkedHashMap<String, Account> accounts() {
    return accounts;
  }

  Map<String, Account> accountsByKey() {
    return accountsByKey;
  }

  Account firstAccount() {
    return firstAccount;
  }

  /** Replaces the key index and the first account at once, after the accounts changed. */
  void accountsChanged(Map<String, Account> byKey) {
    accountsByKey = Map.copyOf(byKey);
    firstAccount = accounts.isEmpty() ? null : accounts.values().iterator().next();
  }

  KindStore<?> store(StoreKey<?> key) {
    return stores.get(key);
  }

  TransitionTable transitions() {
    return transitions;
  }

  State copy() {
    State c = new State(transitions.copy());
    c.regions.addAll(regions);
    c.accounts.putAll(accounts);
    c.accountsByKey = accountsByKey;
    c.firstAccount = firstAccount;
    stores.forEach((k, store) -> c.stores.put(k, (KindStore<?>) store.copy()));
    return c;
  }
}

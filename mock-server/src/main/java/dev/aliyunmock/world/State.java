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
  final LinkedHashSet<String> regions = new LinkedHashSet<>();
  final LinkedHashMap<String, Account> accounts = new LinkedHashMap<>();
  /**
   * Access key id → account, immutable, replaced whole when accounts change: the gateway reads it
   * without the lock, and sees the accounts before or after a change, never half of one.
   */
  volatile Map<String, Account> accountsByKey = Map.of();
  /** The first account loaded (the caller of unauthenticated requests), read without the lock. */
  volatile Account firstAccount;

  final Map<StoreKey<?>, KindStore<?>> stores = new LinkedHashMap<>();
  final TransitionTable transitions;

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

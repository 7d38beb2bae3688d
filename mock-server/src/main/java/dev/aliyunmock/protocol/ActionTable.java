package dev.aliyunmock.protocol;

import dev.aliyunmock.api.Dialect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The actions a gateway serves, by name, from every registered resource kind. */
public final class ActionTable {
  private final Map<String, Action> actions = new LinkedHashMap<>();

  public ActionTable(List<Action> actions) {
    for (Action a : actions) {
      if (this.actions.put(a.name(), a) != null) {
        throw new IllegalArgumentException("two actions are named " + a.name());
      }
    }
  }

  /** The actions served, with the API versions each exists in, in registration order. */
  public Map<String, Set<Dialect>> catalogue() {
    Map<String, Set<Dialect>> out = new LinkedHashMap<>();
    actions.forEach((k, v) -> out.put(k, v.dialects()));
    return out;
  }

  /** Whether the action exists in any API version. */
  public boolean knows(String action) {
    return actions.containsKey(action);
  }

  /** The handler of an action in an API version, if it exists there. */
  public Optional<ActionHandler> find(String action, Dialect dialect) {
    Action a = actions.get(action);
    return a == null || !a.dialects().contains(dialect) ? Optional.empty() : Optional.of(a.handler());
  }
}

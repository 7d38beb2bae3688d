package dev.aliyunmock.protocol;

import dev.aliyunmock.api.Dialect;
import java.util.Optional;

/** The actions a gateway serves, per dialect. */
public interface ActionRegistry {
  /** Whether the action exists in any dialect. */
  boolean knows(String action);

  /** The handler of an action in a dialect, if it exists there. */
  Optional<ActionHandler> find(String action, Dialect dialect);
}

package dev.aliyunmock.protocol;

import dev.aliyunmock.api.Dialect;
import java.util.Objects;
import java.util.Set;

/**
 * One action of the API as the gateway serves it: its name, the API versions it exists in, and
 * its handler.
 *
 * @param name the {@code Action} value, e.g. {@code ConnectRouterInterface}
 * @param dialects the API versions that have it
 * @param handler turns a request into its response fields
 */
public record Action(String name, Set<Dialect> dialects, ActionHandler handler) {
  public Action {
    Objects.requireNonNull(name);
    dialects = Set.copyOf(dialects);
    Objects.requireNonNull(handler);
  }

  /** An action of both API versions. */
  public static Action inBoth(String name, ActionHandler handler) {
    return new Action(name, Set.of(Dialect.values()), handler);
  }
}

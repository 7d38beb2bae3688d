package dev.aliyunmock.world;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A ClientToken with the request it came with: a second request with the same token and the same
 * parameters gets the first one's resource, one with other parameters is refused with {@code
 * IdempotentParameterMismatch} (the VPC and ECS idempotence pages; docs/reference/readings.md).
 *
 * @param token the ClientToken as given
 * @param request what the request asked for: the create command's values but the token itself
 */
public record ClientToken(String token, List<Object> request) {
  public ClientToken {
    Objects.requireNonNull(token, "token");
    request = List.copyOf(request);
  }

  /**
   * The token of a create command and what the command asks for (every component but {@code
   * clientToken}, compared by their text), or {@code null}
   * when no token was given.
   */
  public static ClientToken of(String token, Record command) {
    if (token == null) {
      return null;
    }
    List<Object> values = new ArrayList<>();
    for (RecordComponent c : command.getClass().getRecordComponents()) {
      if (c.getName().equals("clientToken")) {
        continue;
      }
      try {
        values.add(String.valueOf(c.getAccessor().invoke(command)));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("a create command is a public record: " + command.getClass(), e);
      }
    }
    return new ClientToken(token, values);
  }
}

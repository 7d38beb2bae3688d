package dev.aliyunmock.control;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * When a transient status (Connecting, Activating, …) ends (docs/reference/transitions.md). Set globally and
 * per router interface.
 *
 * <pre>{@code
 * TransitionMode.parse("poll");        // default: ends after the transient state was seen once
 * TransitionMode.parse("poll:3");      // … seen three times
 * TransitionMode.parse("after:PT30S"); // 30 s later on the world's clock (tests advance it)
 * TransitionMode.parse("manual");      // only when a test or the admin API completes it
 * }</pre>
 */
public sealed interface TransitionMode {
  /** The default: a poller sees the transient state once, then the final one. */
  TransitionMode DEFAULT = new OnPoll(1);

  /**
   * Ends once a read action (DescribeRouterInterfaces, DescribeRouterInterfaceAttribute) has shown
   * the transient state {@code polls} times. Deterministic; no clock involved.
   */
  record OnPoll(int polls) implements TransitionMode {
    public OnPoll {
      if (polls < 0) {
        throw new IllegalArgumentException("polls must be 0 or more");
      }
    }

    @Override
    public String toString() {
      return "poll:" + polls;
    }
  }

  /** Ends when the world's clock has advanced by {@code duration} since the transition began. */
  record After(Duration duration) implements TransitionMode {
    public After {
      if (duration.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative");
      }
    }

    @Override
    public String toString() {
      return "after:" + duration;
    }
  }

  /** Ends only when completed explicitly. */
  record Manual() implements TransitionMode {
    @Override
    public String toString() {
      return "manual";
    }
  }

  /** Parses {@code poll}, {@code poll:N}, {@code after:<ISO-8601 duration or Ns/Nms>}, {@code manual}. */
  static TransitionMode parse(String text) {
    String s = text.trim();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.equals("poll")) {
      return DEFAULT;
    }
    if (lower.equals("manual")) {
      return new Manual();
    }
    try {
      if (lower.startsWith("poll:")) {
        return new OnPoll(Integer.parseInt(s.substring(5).trim()));
      }
      if (lower.startsWith("after:")) {
        return new After(parseDuration(s.substring(6).trim()));
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("bad transition mode '" + text + "': " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "transition mode must be poll, poll:N, after:DURATION or manual, not '" + text + "'");
  }

  private static Duration parseDuration(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2)));
    }
    if (lower.endsWith("s") && !lower.startsWith("p")) {
      return Duration.ofSeconds(Long.parseLong(lower.substring(0, lower.length() - 1)));
    }
    return Duration.parse(s);
  }
}

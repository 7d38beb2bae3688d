package dev.aliyunmock.world;

import dev.aliyunmock.control.TransitionMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The world's clock: the system clock plus an offset that tests advance, or a fixed instant.
 * It dates resources ({@code CreationTime}, {@code ConnectedTime}) and drives {@link
 * TransitionMode.After}; signature timestamps are checked against real time, not this clock.
 */
public final class MockClock {
  /** The format of every time field: ISO 8601, UTC, seconds. */
  public static final DateTimeFormatter API_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final Clock system;
  private volatile Duration offset = Duration.ZERO;
  private volatile Instant fixed;

  public MockClock(Clock system) {
    this.system = system;
  }

  public MockClock() {
    this(Clock.systemUTC());
  }

  public Instant now() {
    Instant f = fixed;
    return f != null ? f : system.instant().plus(offset);
  }

  /** The latest time the clock may show: API times have four-digit years. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * Moves the clock forward (or back, with a negative duration).
   *
   * @throws IllegalArgumentException if the clock would leave the years 1970 to 9999, which API
   *     times cannot show (the clock is then unchanged)
   */
  public synchronized void advance(Duration d) {
    Instant after;
    try {
      after = now().plus(d);
    } catch (ArithmeticException | java.time.DateTimeException e) {
      throw new IllegalArgumentException("the clock cannot move by " + d + ": it would leave the years 1970-9999", e);
    }
    if (after.isAfter(LATEST) || after.isBefore(Instant.EPOCH)) {
      throw new IllegalArgumentException("the clock cannot move by " + d + ": it would leave the years 1970-9999");
    }
    if (fixed != null) {
      fixed = fixed.plus(d);
    } else {
      offset = offset.plus(d);
    }
  }

  /** Stops the clock at an instant; {@code null} lets it run again from the system clock. */
  public synchronized void fix(Instant at) {
    fixed = at;
    offset = Duration.ZERO;
  }

  /** Back to the system clock, no offset. */
  public synchronized void reset() {
    fixed = null;
    offset = Duration.ZERO;
  }

  /** Now, formatted as the API formats times. */
  public String apiNow() {
    return API_TIME.format(now());
  }
}

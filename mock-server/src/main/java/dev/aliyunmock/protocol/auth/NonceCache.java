package dev.aliyunmock.protocol.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The signature nonces seen in the last 15 minutes, per access key.
 *
 * <p>Bounded: past {@code capacity} entries the oldest are forgotten first, so a replay older
 * than the last million signed requests is no longer recognised. Thread-safe by one monitor; each
 * call is O(1) amortised.
 */
public final class NonceCache {
  /** How long a nonce is remembered, equal to the timestamp tolerance. */
  public static final Duration WINDOW = Duration.ofMinutes(15);

  private record Entry(String key, Instant at) {}

  private final int capacity;
  private final Map<String, Instant> seen = new HashMap<>();
  private final ArrayDeque<Entry> order = new ArrayDeque<>();

  public NonceCache(int capacity) {
    this.capacity = capacity;
  }

  public NonceCache() {
    this(1_000_000);
  }

  /** Whether this nonce of this key was recorded within the window before {@code now}. */
  public synchronized boolean wasUsed(String accessKeyId, String nonce, Instant now) {
    Instant at = seen.get(key(accessKeyId, nonce));
    return at != null && at.plus(WINDOW).isAfter(now);
  }

  /**
   * Records a nonce as used at {@code now} unless it was used within the window, in one step:
   * of several requests carrying the same nonce at once, exactly one claims it.
   *
   * @return whether this call claimed the nonce (false: a replay)
   */
  public synchronized boolean claim(String accessKeyId, String nonce, Instant now) {
    if (wasUsed(accessKeyId, nonce, now)) {
      return false;
    }
    record(accessKeyId, nonce, now);
    return true;
  }

  /** Records a nonce as used at {@code now}, forgetting expired and overflowing entries. */
  public synchronized void record(String accessKeyId, String nonce, Instant now) {
    String key = key(accessKeyId, nonce);
    seen.put(key, now);
    order.addLast(new Entry(key, now));
    while (!order.isEmpty()
        && (order.size() > capacity || !order.peekFirst().at().plus(WINDOW).isAfter(now))) {
      Entry oldest = order.removeFirst();
      seen.remove(oldest.key(), oldest.at());
    }
  }

  /** How many nonces are remembered now. */
  public synchronized int size() {
    return seen.size();
  }

  private static String key(String accessKeyId, String nonce) {
    return accessKeyId + '\n' + nonce;
  }
}

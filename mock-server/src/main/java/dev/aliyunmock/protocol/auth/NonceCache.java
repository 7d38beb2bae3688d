package dev.aliyunmock.protocol.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The signature nonces seen in the last 15 minutes, per access key.
 *
 * <p>Bounded by count and by memory: past {@code maxEntries} entries, or past {@code maxBytes} of
 * their estimated size, the oldest are forgotten first, so a replay older than that is no longer
 * recognised (docs/security.md gives the figures). Lock-free: checks and claims of different
 * nonces never wait for each other; a claim is one atomic step, so of several requests carrying
 * the same nonce at once exactly one claims it.
 */
public final class NonceCache {
  /** How long a nonce is remembered, equal to the timestamp tolerance. */
  public static final Duration WINDOW = Duration.ofMinutes(15);

  /** The default bound on entries. */
  public static final int DEFAULT_MAX_ENTRIES = 1_000_000;

  /** The default bound on the entries' estimated heap: 48 MiB. */
  public static final long DEFAULT_MAX_BYTES = 48L << 20;

  /** The heap one entry costs besides its key's characters (map entry, key object, queue node). */
  private static final int ENTRY_OVERHEAD_BYTES = 160;

  private record Entry(String key, long expiresAtMillis, int bytes) {}

  private final int maxEntries;
  private final long maxBytes;
  /** key → the expiry of the claim, epoch milliseconds. */
  private final ConcurrentHashMap<String, Long> seen = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Entry> order = new ConcurrentLinkedQueue<>();
  private final AtomicLong bytes = new AtomicLong();

  public NonceCache(int maxEntries, long maxBytes) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  public NonceCache() {
    this(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_BYTES);
  }

  /** Whether this nonce of this key was claimed within the window before {@code now}. */
  public boolean wasUsed(String accessKeyId, String nonce, Instant now) {
    Long expiry = seen.get(key(accessKeyId, nonce));
    return expiry != null && expiry > now.toEpochMilli();
  }

  /**
   * Records a nonce as used at {@code now} unless it was used within the window, in one step.
   *
   * @return whether this call claimed the nonce (false: a replay)
   */
  public boolean claim(String accessKeyId, String nonce, Instant now) {
    String key = key(accessKeyId, nonce);
    long nowMillis = now.toEpochMilli();
    long expiry = nowMillis + WINDOW.toMillis();
    boolean[] claimed = new boolean[1];
    seen.compute(
        key,
        (k, old) -> {
          if (old != null && old > nowMillis) {
            return old;
          }
          claimed[0] = true;
          return expiry;
        });
    if (claimed[0]) {
      Entry e = new Entry(key, expiry, ENTRY_OVERHEAD_BYTES + 2 * key.length());
      order.add(e);
      bytes.addAndGet(e.bytes());
      evict(nowMillis);
    }
    return claimed[0];
  }

  /** Forgets expired entries and, oldest first, those beyond the bounds. */
  private void evict(long nowMillis) {
    for (Entry oldest = order.peek(); oldest != null; oldest = order.peek()) {
      boolean over = seen.size() > maxEntries || bytes.get() > maxBytes;
      if (!over && oldest.expiresAtMillis() > nowMillis) {
        return;
      }
      if (order.remove(oldest)) {
        bytes.addAndGet(-oldest.bytes());
        seen.remove(oldest.key(), oldest.expiresAtMillis());
      }
    }
  }

  /** How many nonces are remembered now. */
  public int size() {
    return seen.size();
  }

  /** The estimated heap the remembered nonces take. */
  public long estimatedBytes() {
    return bytes.get();
  }

  private static String key(String accessKeyId, String nonce) {
    return accessKeyId + '\n' + nonce;
  }
}

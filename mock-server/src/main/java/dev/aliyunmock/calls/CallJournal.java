package dev.aliyunmock.calls;

import dev.aliyunmock.control.Call;
import java.util.ArrayList;
import java.util.List;

/**
 * The recent API calls of one mock: a ring of the last {@code capacity} calls, each numbered in
 * the order the mock answered it (from 1, for the mock's life: a reset of the world does not
 * clear it, so that a test's calls are found by the number it began at, and the dashboard's log
 * runs on). Thread-safe; adding a call holds its lock for a few array writes.
 *
 * <pre>{@code
 * long mark = journal.lastSequence();
 * ... calls ...
 * Call.Page mine = journal.since(mark, Integer.MAX_VALUE);
 * }</pre>
 */
public final class CallJournal {
  /** How many calls a mock keeps unless told otherwise. */
  public static final int DEFAULT_CAPACITY = 1_000;

  private final Call[] ring;
  private long last;

  /**
   * @param capacity how many calls it keeps (at least 1)
   */
  public CallJournal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a call journal keeps at least 1 call, not " + capacity);
    }
    this.ring = new Call[capacity];
  }

  /** How many calls it keeps. */
  public int capacity() {
    return ring.length;
  }

  /** Numbers and keeps a call, dropping the oldest when full; returns it numbered. */
  public Call add(CallRecord record) {
    synchronized (ring) {
      Call c = record.numbered(++last);
      ring[(int) ((last - 1) % ring.length)] = c;
      return c;
    }
  }

  /** The newest call's sequence number (0 before the first call). */
  public long lastSequence() {
    synchronized (ring) {
      return last;
    }
  }

  /**
   * The calls numbered after {@code since} that it still holds, oldest first, at most the newest
   * {@code limit} of them; the page says how many it leaves out.
   */
  public Call.Page since(long since, int limit) {
    synchronized (ring) {
      long oldestHeld = Math.max(1, last - ring.length + 1);
      long from = Math.max(since + 1, oldestHeld);
      if (limit >= 0 && last - from + 1 > limit) {
        from = last - limit + 1;
      }
      List<Call> out = new ArrayList<>((int) Math.max(0, last - from + 1));
      for (long s = from; s <= last; s++) {
        out.add(ring[(int) ((s - 1) % ring.length)]);
      }
      long after = Math.max(0, last - Math.max(0, since));
      return new Call.Page(last, after - out.size(), out);
    }
  }
}

package dev.aliyunmock.calls;

import dev.aliyunmock.control.Call;
import java.util.ArrayList;
import java.util.List;

/**
 * The recent API calls of one mock: a ring of the last {@code capacity} calls, each numbered in
 * the order the mock answered it (from 1, for the mock's life: a reset of the world does not
 * clear it, so that a test's calls are found by the number it began at, and the dashboard's log
 * runs on). Thread-safe; adding a call holds its lock for a few array writes. The calls are kept
 * packed ({@link PackedCall}: three objects each instead of some forty), and rebuilt when read.
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

  private final PackedCall[] ring;
  private long last;

  /**
   * @param capacity how many calls it keeps (at least 1)
   */
  public CallJournal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a call journal keeps at least 1 call, not " + capacity);
    }
    this.ring = new PackedCall[capacity];
  }

  /** How many calls it keeps. */
  public int capacity() {
    return ring.length;
  }

  /** Numbers and keeps a call, dropping the oldest when full; returns its number. */
  public long add(CallRecord record) {
    String packed = PackedCall.pack(record);
    synchronized (ring) {
      long sequence = ++last;
      ring[(int) ((sequence - 1) % ring.length)] = PackedCall.of(sequence, record, packed);
      return sequence;
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
    List<PackedCall> held;
    long newest;
    long after;
    synchronized (ring) {
      newest = last;
      long oldestHeld = Math.max(1, last - ring.length + 1);
      long from = Math.max(since + 1, oldestHeld);
      if (limit >= 0 && last - from + 1 > limit) {
        from = last - limit + 1;
      }
      held = new ArrayList<>((int) Math.max(0, last - from + 1));
      for (long s = from; s <= last; s++) {
        held.add(ring[(int) ((s - 1) % ring.length)]);
      }
      after = Math.max(0, last - Math.max(0, since));
    }
    // Unpacked outside the lock: a reader never holds up the calls being answered.
    List<Call> out = new ArrayList<>(held.size());
    for (PackedCall p : held) {
      out.add(p.unpack());
    }
    return new Call.Page(newest, after - out.size(), out);
  }
}

package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * WireMock's in-memory request journal store, bounded by bytes as well as by count, and cheap to
 * cap. WireMock trims a capped journal after every request with {@code while
 * (store.getAllKeys().count() > max) removeLast()}, and its own store counts by walking every
 * entry: here the keys are a sized stream, so the count is read, not walked.
 *
 * <p>A count alone does not bound memory: one logged request of a 900 KB body holds about 2.6 MB
 * (the body, its form parameters parsed, the answer), so 10,000 of them would need 26 GB. Each
 * event is charged an over-estimate of what it holds in WireMock's form ({@link #estimate}), and
 * the oldest events leave once the total passes {@link #maxBytes} (the newest always stays).
 * Otherwise it behaves as WireMock's {@code InMemoryRequestJournalStore}: newest first, {@code
 * verify} and {@code getAllServeEvents} see what it holds.
 *
 * <p>Once answered, an event is kept in its {@link CompactServeEvent compact form} (its bytes in a
 * large shared array, four small objects besides) and rebuilt when read, and the journal itself is
 * a ring of arrays: a journal of WireMock's own objects (about 150 per entry, with a map node and a
 * deque node each), renewed as fast as requests come, made every young collection of a loaded
 * server copy all the entries logged since the previous ones, and those pauses were the server's
 * long tail. The estimate stays the one of WireMock's form, so the bound keeps the same events.
 */
final class BoundedJournalStore implements RequestJournalStore {
  /** The default bound: 32 MiB of estimated journal. */
  static final long DEFAULT_MAX_BYTES = 32L << 20;

  private final long maxBytes;
  private final boolean compact;
  private final CompactServeEvent.Arena arena = new CompactServeEvent.Arena();

  // The journal is a ring of slots in arrays, oldest at `tail`, next free at `head` (both counting
  // up; a slot is its number modulo the capacity), so that an entry is its event and nothing
  // else: no map node, deque node or id object per entry for the collector to copy. A slot whose
  // event was removed holds null until the tail passes it. Every access holds this object's lock,
  // for a few array operations (reading events back happens outside it). An event is found by its
  // id from the newest slot down: WireMock completes an event right after logging it, so it is
  // among the newest.
  private Object[] events = new Object[64]; // ServeEvent, or CompactServeEvent once answered
  private long[] idMsb = new long[64];
  private long[] idLsb = new long[64];
  private long[] costs = new long[64];
  private long head;
  private long tail;
  private int size;
  private long bytes;

  BoundedJournalStore(long maxBytes) {
    this(maxBytes, true);
  }

  /** {@code compact}: whether answered events are kept in their compact form (tests compare both). */
  BoundedJournalStore(long maxBytes, boolean compact) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the journal's bound must be positive, not " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.compact = compact;
  }

  /** The bound on the journal's estimated bytes. */
  long maxBytes() {
    return maxBytes;
  }

  /** The journal's estimated bytes now. */
  synchronized long bytes() {
    return bytes;
  }

  /** How many events the journal holds. */
  synchronized int size() {
    return size;
  }

  private int slot(long n) {
    return (int) (n & (events.length - 1));
  }

  @Override
  public void add(ServeEvent event) {
    long cost = estimate(event);
    UUID id = event.getId();
    synchronized (this) {
      if (head - tail == events.length) {
        grow();
      }
      int i = slot(head++);
      events[i] = event;
      idMsb[i] = id.getMostSignificantBits();
      idLsb[i] = id.getLeastSignificantBits();
      costs[i] = cost;
      size++;
      bytes += cost;
      // Drops the oldest events while the estimate is over the bound, keeping the newest.
      while (bytes > maxBytes && size > 1) {
        removeOldest();
      }
    }
  }

  private void grow() {
    int n = events.length;
    Object[] e = new Object[n * 2];
    long[] m = new long[n * 2];
    long[] l = new long[n * 2];
    long[] c = new long[n * 2];
    for (long k = tail; k < head; k++) {
      int from = (int) (k & (n - 1));
      int to = (int) (k & (2 * n - 1));
      e[to] = events[from];
      m[to] = idMsb[from];
      l[to] = idLsb[from];
      c[to] = costs[from];
    }
    events = e;
    idMsb = m;
    idLsb = l;
    costs = c;
  }

  /** Removes the oldest event still held; the caller holds the lock and knows there is one. */
  private void removeOldest() {
    while (tail < head) {
      int i = slot(tail++);
      Object e = events[i];
      events[i] = null;
      if (e != null) {
        size--;
        bytes -= costs[i];
        return;
      }
    }
  }

  /** The slot number of the event with this id, or -1; the caller holds the lock. */
  private long find(UUID id) {
    long msb = id.getMostSignificantBits();
    long lsb = id.getLeastSignificantBits();
    for (long k = head - 1; k >= tail; k--) {
      int i = slot(k);
      if (idLsb[i] == lsb && idMsb[i] == msb && events[i] != null) {
        return k;
      }
    }
    return -1;
  }

  private static ServeEvent serveEvent(Object e) {
    return e instanceof CompactServeEvent c ? c.serveEvent() : (ServeEvent) e;
  }

  /** The events, newest first, as they are now; each rebuilt only when the stream reaches it. */
  @Override
  public Stream<ServeEvent> getAll() {
    List<Object> now = new ArrayList<>();
    synchronized (this) {
      for (long k = head - 1; k >= tail; k--) {
        Object e = events[slot(k)];
        if (e != null) {
          now.add(e);
        }
      }
    }
    return now.stream().map(BoundedJournalStore::serveEvent);
  }

  @Override
  public synchronized void removeLast() {
    if (size > 0) {
      removeOldest();
    }
  }

  /**
   * The ids, newest first, as a stream that knows its size, so that WireMock's {@code count()}
   * after every request reads the size and walks nothing (the ids are read only if walked).
   */
  @Override
  public Stream<UUID> getAllKeys() {
    int n = size();
    java.util.Iterator<UUID> ids =
        new java.util.Iterator<>() {
          private java.util.Iterator<UUID> now;

          private java.util.Iterator<UUID> now() {
            if (now == null) {
              List<UUID> list = new ArrayList<>();
              synchronized (BoundedJournalStore.this) {
                for (long k = head - 1; k >= tail; k--) {
                  int i = slot(k);
                  if (events[i] != null) {
                    list.add(new UUID(idMsb[i], idLsb[i]));
                  }
                }
              }
              now = list.iterator();
            }
            return now;
          }

          @Override
          public boolean hasNext() {
            return now().hasNext();
          }

          @Override
          public UUID next() {
            return now().next();
          }
        };
    return StreamSupport.stream(Spliterators.spliterator(ids, n, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public Optional<ServeEvent> get(UUID id) {
    Object e;
    synchronized (this) {
      long k = find(id);
      e = k < 0 ? null : events[slot(k)];
    }
    return e == null ? Optional.empty() : Optional.of(serveEvent(e));
  }

  /**
   * Replaces an event still in the journal (WireMock adds the answer this way, once it is sent);
   * one already trimmed stays out. The answered event is kept compact when it can be rebuilt
   * exactly ({@link CompactServeEvent}).
   */
  @Override
  public void put(UUID id, ServeEvent event) {
    Object kept = event;
    if (compact) {
      CompactServeEvent c = CompactServeEvent.of(event, arena);
      if (c != null) {
        kept = c;
      }
    }
    synchronized (this) {
      long k = find(id);
      if (k < 0) {
        return; // trimmed or removed meanwhile
      }
      int i = slot(k);
      // WireMock logs the answered event itself, and completes that same one: then its cost is known.
      if (events[i] != event) {
        long cost = estimate(event);
        bytes += cost - costs[i];
        costs[i] = cost;
      }
      events[i] = kept;
      while (bytes > maxBytes && size > 1) {
        removeOldest();
      }
    }
  }

  @Override
  public synchronized void remove(UUID id) {
    long k = find(id);
    if (k >= 0) {
      int i = slot(k);
      events[i] = null;
      size--;
      bytes -= costs[i];
    }
  }

  @Override
  public synchronized void clear() {
    java.util.Arrays.fill(events, null);
    head = 0;
    tail = 0;
    size = 0;
    bytes = 0;
  }

  /**
   * An over-estimate of the heap an event holds: a fixed 4 KiB for its objects, four times the
   * request body (the bytes, the form parameters WireMock parses from them, copies: a 900 KB form
   * body was measured at 3.4 times its size), twice every character of URL and headers, twice the
   * answer's body.
   */
  static long estimate(ServeEvent event) {
    long n = 4096;
    LoggedRequest r = event.getRequest();
    if (r != null) {
      byte[] body = r.getBody();
      n += 4L * (body == null ? 0 : body.length);
      n += 2L * length(r.getUrl()) + 2L * length(r.getAbsoluteUrl());
      n += headers(r.getHeaders());
    }
    LoggedResponse response = event.getResponse();
    if (response != null) {
      byte[] body = response.getBody();
      n += 2L * (body == null ? 0 : body.length);
      n += headers(response.getHeaders());
    }
    return n;
  }

  private static long headers(HttpHeaders headers) {
    long n = 0;
    if (headers != null) {
      for (HttpHeader h : headers.all()) {
        n += 64 + 2L * length(h.key());
        for (String v : h.values()) {
          n += 32 + 2L * length(v);
        }
      }
    }
    return n;
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }
}

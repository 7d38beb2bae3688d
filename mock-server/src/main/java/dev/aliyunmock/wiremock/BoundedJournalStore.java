package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * WireMock's in-memory request journal store, bounded by bytes as well as by count, and cheap to
 * cap. WireMock trims a capped journal after every request with {@code while
 * (store.getAllKeys().count() > max) removeLast()}, and its own store counts by walking every
 * entry: here the keys are a sized stream, so the count is read, not walked; an update of a
 * logged event looks its id up in a map instead of scanning the deque.
 *
 * <p>A count alone does not bound memory: one logged request of a 900 KB body holds about 2.6 MB
 * (the body, its form parameters parsed, the answer), so 10,000 of them would need 26 GB. Each
 * event is charged an over-estimate of what it holds ({@link #estimate}), and the oldest events
 * leave once the total passes {@link #maxBytes} (the newest always stays). Otherwise it behaves as
 * WireMock's {@code InMemoryRequestJournalStore}: newest first, {@code verify} and {@code
 * getAllServeEvents} see what it holds.
 *
 * <p>Once answered, an event is kept in its {@link CompactServeEvent compact form} (one array of
 * bytes instead of about 150 objects) and rebuilt when read: a journal of WireMock's own objects,
 * renewed as fast as requests come, made every young collection of a loaded server copy all the
 * entries logged since the previous one, and those pauses were the server's long tail.
 */
final class BoundedJournalStore implements RequestJournalStore {
  /** The default bound: 32 MiB of estimated journal. */
  static final long DEFAULT_MAX_BYTES = 32L << 20;

  /**
   * One logged event: as WireMock made it until it is answered, then (mostly) in its compact form.
   * Its estimate stays the one of WireMock's form, so the bound keeps the same events either way.
   */
  private static final class Entry {
    volatile Object event; // ServeEvent or CompactServeEvent
    // Guarded by the entry's lock, so that an answer and a removal crossing keep the total right.
    long cost;
    boolean removed;

    Entry(Object event, long cost) {
      this.event = event;
      this.cost = cost;
    }

    ServeEvent serveEvent() {
      Object e = event;
      return e instanceof CompactServeEvent c ? c.serveEvent() : (ServeEvent) e;
    }
  }

  private final long maxBytes;
  private final boolean compact;
  private final ConcurrentLinkedDeque<UUID> order = new ConcurrentLinkedDeque<>();
  private final ConcurrentHashMap<UUID, Entry> events = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private final CompactServeEvent.Arena arena = new CompactServeEvent.Arena();

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
  long bytes() {
    return bytes.get();
  }

  @Override
  public void add(ServeEvent event) {
    long cost = estimate(event);
    Entry e = new Entry(event, cost);
    synchronized (e) {
      events.put(event.getId(), e);
      bytes.addAndGet(cost);
    }
    order.addFirst(event.getId());
    size.incrementAndGet();
    trim();
  }

  /** Drops the oldest events while the estimate is over the bound, keeping the newest. */
  private void trim() {
    while (bytes.get() > maxBytes && size.get() > 1) {
      removeLast();
    }
  }

  @Override
  public Stream<ServeEvent> getAll() {
    return order.stream().map(events::get).filter(Objects::nonNull).map(Entry::serveEvent);
  }

  @Override
  public void removeLast() {
    UUID id = order.pollLast();
    if (id != null) {
      size.decrementAndGet();
      forget(id);
    }
  }

  private void forget(UUID id) {
    Entry e = events.remove(id);
    if (e != null) {
      synchronized (e) {
        e.removed = true;
        bytes.addAndGet(-e.cost);
      }
    }
  }

  /** The ids, newest first, as a stream that knows its size (so {@code count()} walks nothing). */
  @Override
  public Stream<UUID> getAllKeys() {
    return StreamSupport.stream(
        Spliterators.spliterator(order.iterator(), Math.max(0, size.get()), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public Optional<ServeEvent> get(UUID id) {
    Entry e = events.get(id);
    return e == null ? Optional.empty() : Optional.of(e.serveEvent());
  }

  /**
   * Replaces an event still in the journal (WireMock adds the answer this way, once it is sent);
   * one already trimmed stays out. The answered event is kept compact when it can be rebuilt
   * exactly ({@link CompactServeEvent}).
   */
  @Override
  public void put(UUID id, ServeEvent event) {
    Entry e = events.get(id);
    if (e == null) {
      return;
    }
    // WireMock logs the answered event itself, and completes that same one: then its cost is known.
    long cost = e.event == event ? -1 : estimate(event);
    Object kept = event;
    if (compact) {
      CompactServeEvent c = CompactServeEvent.of(event, arena);
      if (c != null) {
        kept = c;
      }
    }
    synchronized (e) {
      if (e.removed) {
        return; // trimmed or removed meanwhile
      }
      e.event = kept;
      if (cost >= 0) {
        long before = e.cost;
        e.cost = cost;
        bytes.addAndGet(cost - before);
      }
    }
    trim();
  }

  @Override
  public void remove(UUID id) {
    if (events.containsKey(id) && order.remove(id)) {
      size.decrementAndGet();
      forget(id);
    }
  }

  /** Empties the journal; each entry is forgotten once, so that an answer logged meanwhile is not counted. */
  @Override
  public void clear() {
    UUID id;
    while ((id = order.pollLast()) != null) {
      size.decrementAndGet();
      forget(id);
    }
    for (UUID stray : events.keySet()) {
      forget(stray); // added to the map, not yet to the order
    }
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

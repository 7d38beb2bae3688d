package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * WireMock's in-memory request journal store, made cheap to cap. WireMock trims a capped journal
 * after every request with {@code while (store.getAllKeys().count() > max) removeLast()}, and
 * its own store counts by walking every entry: with the mock's cap of 10,000 entries that walk
 * was most of the cost of a request. Here the keys are a sized stream, so the count is read, not
 * walked; and an update of a logged event looks its id up in a map instead of scanning the deque.
 * Otherwise it behaves as WireMock's {@code InMemoryRequestJournalStore}: newest first.
 */
final class BoundedJournalStore implements RequestJournalStore {
  private final ConcurrentLinkedDeque<UUID> order = new ConcurrentLinkedDeque<>();
  private final ConcurrentHashMap<UUID, ServeEvent> events = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();

  @Override
  public void add(ServeEvent event) {
    events.put(event.getId(), event);
    order.addFirst(event.getId());
    size.incrementAndGet();
  }

  @Override
  public Stream<ServeEvent> getAll() {
    return order.stream().map(events::get).filter(Objects::nonNull);
  }

  @Override
  public void removeLast() {
    UUID id = order.pollLast();
    if (id != null) {
      size.decrementAndGet();
      events.remove(id);
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
    return Optional.ofNullable(events.get(id));
  }

  /** Replaces an event still in the journal; one already trimmed stays out. */
  @Override
  public void put(UUID id, ServeEvent event) {
    events.replace(id, event);
  }

  @Override
  public void remove(UUID id) {
    if (events.remove(id) != null && order.remove(id)) {
      size.decrementAndGet();
    }
  }

  @Override
  public void clear() {
    order.clear();
    events.clear();
    size.set(0);
  }
}

package dev.aliyunmock.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The journal's ring: newest first, removal anywhere, trimming by bytes, growth, and many threads at once. */
class BoundedJournalStoreTest {
  /** An event whose URL has the same length for every n below a million (so the same estimate). */
  private static ServeEvent event(int n) {
    return ServeEvent.of(
        LoggedRequest.createFrom(
            ImmutableRequest.create()
                .withAbsoluteUrl("http://localhost/?n=" + String.format("%06d", n))
                .withMethod(RequestMethod.GET)
                .build()));
  }

  private static String url(int n) {
    return "/?n=" + String.format("%06d", n);
  }

  private static List<String> urls(BoundedJournalStore store) {
    return store.getAll().map(e -> e.getRequest().getUrl()).collect(Collectors.toList());
  }

  @Test
  void newestFirstThroughGrowthRemovalAndTrimming() {
    BoundedJournalStore store = new BoundedJournalStore(BoundedJournalStore.DEFAULT_MAX_BYTES);
    List<ServeEvent> events = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ServeEvent e = event(i);
      events.add(e);
      store.add(e);
      store.put(e.getId(), e);
    }
    assertThat(store.size()).isEqualTo(200);
    assertThat(store.getAllKeys().count()).isEqualTo(200);
    assertThat(urls(store).get(0)).isEqualTo(url(199));
    assertThat(urls(store).get(199)).isEqualTo(url(0));
    store.remove(events.get(100).getId());
    store.remove(UUID.randomUUID());
    assertThat(store.get(events.get(100).getId())).isEmpty();
    assertThat(store.get(events.get(101).getId())).map(e -> e.getRequest().getUrl()).contains(url(101));
    assertThat(urls(store)).hasSize(199).doesNotContain(url(100));
    store.removeLast();
    store.removeLast();
    assertThat(urls(store)).hasSize(197).doesNotContain(url(0), "/?n=1");
    assertThat(store.getAllKeys().collect(Collectors.toList()).get(0)).isEqualTo(events.get(199).getId());
    long each = BoundedJournalStore.estimate(events.get(0));
    assertThat(store.bytes()).isEqualTo(197 * each);
    store.clear();
    assertThat(store.size()).isZero();
    assertThat(store.bytes()).isZero();
    assertThat(urls(store)).isEmpty();
  }

  @Test
  void theBoundKeepsTheNewest() {
    long each = BoundedJournalStore.estimate(event(0));
    BoundedJournalStore store = new BoundedJournalStore(10 * each);
    for (int i = 0; i < 25; i++) {
      ServeEvent e = event(i);
      store.add(e);
      store.put(e.getId(), e);
    }
    assertThat(urls(store)).hasSize(10).startsWith(url(24)).endsWith(url(15));
    assertThat(store.bytes()).isEqualTo(10 * each);
  }

  @Test
  void manyThreadsAddAnswerAndRemoveWithoutLosingCount() throws Exception {
    long each = BoundedJournalStore.estimate(event(0));
    BoundedJournalStore store = new BoundedJournalStore(500 * each);
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> all = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int base = t * 10_000;
      Thread th =
          new Thread(
              () -> {
                try {
                  start.await();
                  for (int i = 0; i < 2_000; i++) {
                    ServeEvent e = event(base + i);
                    store.add(e);
                    store.put(e.getId(), e);
                    if (i % 7 == 0) {
                      store.remove(e.getId());
                    }
                    if (i % 50 == 0) {
                      assertThat(store.getAll().count()).isLessThanOrEqualTo(500);
                    }
                  }
                } catch (Throwable x) {
                  failure.compareAndSet(null, x);
                }
              });
      th.start();
      all.add(th);
    }
    start.countDown();
    for (Thread th : all) {
      th.join(60_000);
    }
    assertThat(failure.get()).isNull();
    assertThat(store.size()).isEqualTo(urls(store).size()).isLessThanOrEqualTo(500);
    assertThat(store.bytes()).isEqualTo(store.size() * each);
  }
}

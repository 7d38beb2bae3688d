package dev.aliyunmock.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs tasks on as many threads, released together by one gate, so they meet inside the mock.
 * A task that does not end within the deadline fails the test as a deadlock (no timing is
 * asserted: the deadline only turns a hang into a failure).
 */
final class AtOnce implements AutoCloseable {
  static final long DEADLINE_SECONDS = 60;

  private final ExecutorService threads;

  AtOnce(int threads) {
    this.threads = Executors.newFixedThreadPool(threads);
  }

  /** Runs {@code task(0..n-1)} at once and returns their results in order. */
  <T> List<T> run(int n, IntFunction<T> task) {
    CountDownLatch ready = new CountDownLatch(n);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      futures.add(threads.submit(() -> {
        ready.countDown();
        go.await();
        return task.apply(index);
      }));
    }
    try {
      ready.await(DEADLINE_SECONDS, TimeUnit.SECONDS);
      go.countDown();
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get(DEADLINE_SECONDS, TimeUnit.SECONDS));
      }
      return out;
    } catch (TimeoutException e) {
      futures.forEach(f -> f.cancel(true));
      throw new AssertionError("concurrent calls did not all end within " + DEADLINE_SECONDS + " s: deadlock or hang", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AssertionError a) {
        throw a;
      }
      throw new AssertionError("a concurrent call threw", e.getCause());
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}

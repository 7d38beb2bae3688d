package dev.aliyunmock.junit;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.junit.MockConfiguration.LoadedFixture;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.control.MockOptions;
import dev.aliyunmock.server.AliyunMockServer;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The running mock of one test class, in this JVM or in a container ({@link ContainerServer}),
 * kept in the class's {@code ExtensionContext.Store} (JUnit closes it, stopping the server or the
 * container, when the class is done). Under {@link ResetPolicy#BEFORE_EACH}
 * a test takes a {@link TestLease} on the server: it waits until no other test of the class holds the server, resets
 * it, and gives it back when JUnit closes the test's store. The wait tells a fork-join pool (JUnit's
 * parallel executor) that the thread is blocked, so the pool may start another worker meanwhile.
 *
 * <p>Both this and {@link TestLease} are {@link AutoCloseable}, which JUnit 5.13 and later close, and
 * {@code Store.CloseableResource}, which is all that JUnit before 5.13 closes (deprecated since
 * 5.13, still there in 6). JUnit closes a value that is both once, as an {@code AutoCloseable}.
 */
@SuppressWarnings("deprecation") // Store.CloseableResource: the only closeable value before JUnit 5.13
final class ClassServer implements AutoCloseable, ExtensionContext.Store.CloseableResource {
  private final Runnable stop;
  private final AliyunMockHandle handle;
  private final ResetPolicy reset;
  private final String origin;
  private final Semaphore turn = new Semaphore(1, true);
  private volatile Thread holder;
  private final AtomicBoolean stopped = new AtomicBoolean();

  ClassServer(Runnable stop, AliyunMockHandle handle, ResetPolicy reset, String origin) {
    this.stop = stop;
    this.handle = handle;
    this.reset = reset;
    this.origin = origin;
  }

  /**
   * Reads the fixtures, builds the mock and starts it on a free port of 127.0.0.1, or in a
   * container when the configuration names an image.
   *
   * @throws ExtensionConfigurationException if the configuration or a fixture is refused, or the
   *     class path lacks the WireMock the mock runs on in this JVM ({@link WireMockClassPath})
   */
  static ClassServer start(MockConfiguration config, ClassLoader loader) {
    List<LoadedFixture> fixtures = config.read(loader);
    MockOptions options = config.options(fixtures);
    if (config.inContainer()) {
      requireTestcontainers(config, loader);
      check(config, fixtures);
      return ContainerServer.start(config, options, loader);
    }
    WireMockClassPath.problem(loader).ifPresent(p -> {
      throw new ExtensionConfigurationException(config.origin() + ": " + p);
    });
    AliyunMockServer server;
    try {
      // The documents are parsed already: they are given as such, the rest of the options as they are.
      server = AliyunMockServer.builder().options(options).mock(m -> fixtures.forEach(f -> m.fixtures(f.document()))).build();
    } catch (FixtureException e) {
      throw blame(config, fixtures, e);
    }
    server.start();
    return new ClassServer(server::stop, new AliyunMockHandle(server, loader), config.reset(), config.origin());
  }

  private static void requireTestcontainers(MockConfiguration config, ClassLoader loader) {
    ClassLoader l = loader == null ? ClassServer.class.getClassLoader() : loader;
    try {
      Class.forName("dev.aliyunmock.testcontainers.AliyunMockContainer", false, l);
      Class.forName("org.testcontainers.containers.GenericContainer", false, l);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new ExtensionConfigurationException(
          config.origin() + ": a mock in a container needs aliyun-mock-testcontainers: add the test dependency"
              + " dev.aliyunmock:aliyun-mock-testcontainers (it brings Testcontainers)", e);
    }
  }

  /**
   * Builds the mock once in this JVM, without serving it, so that fixtures refused together fail
   * the class here, with the message an in-process start gives, before any container starts.
   */
  private static void check(MockConfiguration config, List<LoadedFixture> fixtures) {
    AliyunMock.Builder b = AliyunMock.builder();
    fixtures.forEach(f -> b.fixtures(f.document()));
    try {
      b.build();
    } catch (FixtureException e) {
      throw blame(config, fixtures, e);
    }
  }

  /**
   * The fixtures load as one document; when that is refused, find the first fixture that is
   * refused on top of those before it, so the message names it with paths inside it.
   */
  private static ExtensionConfigurationException blame(
      MockConfiguration config, List<LoadedFixture> fixtures, FixtureException merged) {
    AliyunMock scratch = null;
    for (LoadedFixture f : fixtures) {
      try {
        if (scratch == null) {
          scratch = AliyunMock.builder().fixtures(f.document()).build();
        } else {
          scratch.loadFixtures(f.json());
        }
      } catch (FixtureException e) {
        return config.refused(f.source(), e);
      }
    }
    return new ExtensionConfigurationException(config.origin() + ": the fixtures are refused: " + merged.getMessage(), merged);
  }

  AliyunMockHandle handle() {
    return handle;
  }

  ResetPolicy resetPolicy() {
    return reset;
  }

  /** Waits for this test's turn on the server and resets it; closing the turn gives it back. */
  TestLease beginTest(String testName) {
    if (holder == Thread.currentThread()) {
      throw new ExtensionConfigurationException(
          origin + ": " + testName + " started on the thread of another test of the class that still holds the mock "
              + "(dynamic tests run concurrently inside a test?); use reset = ResetPolicy.NEVER for such a class");
    }
    awaitTurn();
    holder = Thread.currentThread();
    try {
      handle.reset();
    } catch (RuntimeException e) {
      holder = null;
      turn.release();
      throw e;
    }
    return new TestLease();
  }

  private void awaitTurn() {
    if (turn.tryAcquire()) {
      return;
    }
    try {
      ForkJoinPool.managedBlock(
          new ForkJoinPool.ManagedBlocker() {
            private boolean acquired;

            @Override
            public boolean block() throws InterruptedException {
              if (!acquired) {
                turn.acquire();
                acquired = true;
              }
              return true;
            }

            @Override
            public boolean isReleasable() {
              return acquired || (acquired = turn.tryAcquire());
            }
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the mock of " + origin, e);
    }
  }

  /** A test's hold on the server, given back when JUnit closes the test's store. */
  @SuppressWarnings("deprecation") // as ClassServer
  final class TestLease implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    private boolean open = true;

    @Override
    public synchronized void close() {
      if (open) {
        open = false;
        holder = null;
        turn.release();
      }
    }
  }

  @Override
  public void close() {
    if (stopped.compareAndSet(false, true)) {
      stop.run();
    }
  }
}

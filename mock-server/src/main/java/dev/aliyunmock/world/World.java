package dev.aliyunmock.world;

import dev.aliyunmock.control.TransitionMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The state of one mock: regions, accounts, each resource kind's store and the transitions under
 * way. Private: {@link #read} and {@link #write} are the only ways in, each one transaction under
 * the world's lock, and every store checks that it is changed inside a write transaction.
 *
 * <p>Concurrency design: one lock per world. Every action is one transaction, so each sees and
 * leaves a consistent state, two requests on the same resources are strictly ordered (exactly one
 * Connect of a pair wins), and there is no lock ordering to get wrong. A transaction first ends
 * the timed transitions now due. Nothing is called out of the world while its lock is held (no
 * I/O, no listener). Actions are microseconds long, far below HTTP costs, so the single lock is
 * not the bottleneck. A reset or a fixture replacement builds the new state aside and swaps it in
 * whole ({@link #replace}), so a request sees the world before or after, never half of it.
 *
 * <p>Outside the lock, by design: access keys ({@link #accountByKey}), read by the gateway before
 * any action from an immutable map that is replaced whole; the default transition mode and the
 * clock's offset (volatile). Two worlds share nothing.
 *
 * <pre>{@code
 * World world = new World(new MockClock(), TransitionMode.DEFAULT, List.of(RouterInterfaceStore.KEY));
 * int n = world.read(view -> view.store(RouterInterfaceStore.KEY).size());
 * world.update(tx -> tx.addRegion("cn-hangzhou"));
 * }</pre>
 */
public final class World {
  private final ReentrantLock lock = new ReentrantLock();
  private final Guard guard = new Guard(lock);
  private final MockClock clock;
  private final List<StoreKey<?>> keys;
  private final Transitions transitions = new Transitions(this);
  private volatile TransitionMode defaultMode;
  private volatile State state;

  /**
   * An empty world.
   *
   * @param keys the stores of the resource kinds it holds, in registration order
   */
  public World(MockClock clock, TransitionMode defaultMode, List<StoreKey<?>> keys) {
    this.clock = Objects.requireNonNull(clock);
    this.defaultMode = Objects.requireNonNull(defaultMode);
    this.keys = List.copyOf(keys);
    this.state = State.empty(this.keys, guard);
  }

  /** Runs a read transaction; the view is valid only inside it. */
  public <T> T read(Function<View, T> body) {
    lock.lock();
    boolean outerWriting = guard.writing();
    try {
      State s = state;
      guard.writing(true);
      new Tx(this, s).completeDue();
      guard.writing(false);
      return body.apply(new View(this, s));
    } finally {
      guard.writing(outerWriting);
      lock.unlock();
    }
  }

  /** Runs a write transaction; changes made through it are seen by every later transaction. */
  public <T> T write(Function<Tx, T> body) {
    lock.lock();
    boolean outerWriting = guard.writing();
    try {
      Tx tx = new Tx(this, state);
      guard.writing(true);
      tx.completeDue();
      return body.apply(tx);
    } finally {
      guard.writing(outerWriting);
      lock.unlock();
    }
  }

  /** {@link #write(Function)} with no result. */
  public void update(Consumer<Tx> body) {
    write(
        tx -> {
          body.accept(tx);
          return null;
        });
  }

  /**
   * Fills a new, empty state with {@code fill} and makes it the world's, in one step: if {@code
   * fill} throws, the world is unchanged; otherwise every later transaction, and every access key
   * lookup, sees the new state whole.
   */
  public void replace(Consumer<Tx> fill) {
    lock.lock();
    boolean outerWriting = guard.writing();
    try {
      State fresh = State.empty(keys, guard);
      guard.writing(true);
      fill.accept(new Tx(this, fresh));
      state = fresh;
    } finally {
      guard.writing(outerWriting);
      lock.unlock();
    }
  }

  /** The account of an access key id; lock-free, for the gateway. */
  public Optional<Account> accountByKey(String accessKeyId) {
    return Optional.ofNullable(state.accountsByKey().get(accessKeyId));
  }

  /** The first account loaded, the caller of unauthenticated requests; lock-free, for the gateway. */
  public Optional<Account> firstAccount() {
    return Optional.ofNullable(state.firstAccount());
  }

  /** The whole world as it is now, unchanged by what happens to it later. */
  public Snapshot snapshot() {
    return read(view -> new Snapshot(this, view.state().copy()));
  }

  /**
   * Puts the world back to a snapshot of it, in one step.
   *
   * @throws IllegalArgumentException for a snapshot of another world
   */
  public void restore(Snapshot snapshot) {
    if (snapshot.world() != this) {
      throw new IllegalArgumentException("a snapshot restores only the world it was taken of");
    }
    lock.lock();
    try {
      state = snapshot.state().copy();
    } finally {
      lock.unlock();
    }
  }

  public MockClock clock() {
    return clock;
  }

  /** The controls over transient statuses: modes, completion, the clock. */
  public Transitions transitions() {
    return transitions;
  }

  TransitionMode defaultMode() {
    return defaultMode;
  }

  void defaultMode(TransitionMode mode) {
    this.defaultMode = Objects.requireNonNull(mode);
  }

  Guard guard() {
    return guard;
  }
}

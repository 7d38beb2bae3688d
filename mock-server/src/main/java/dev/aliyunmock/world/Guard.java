package dev.aliyunmock.world;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The rule "state changes only inside a write transaction, under the world's lock", checked
 * rather than commented: every store mutator calls {@link #checkWritable()}.
 */
public final class Guard {
  private final ReentrantLock lock;
  /** Whether the thread holding the lock is in a write transaction (read under the lock only). */
  private boolean writing;

  Guard(ReentrantLock lock) {
    this.lock = lock;
  }

  /**
   * @throws IllegalStateException unless the current thread is inside a write transaction of this
   *     world
   */
  public void checkWritable() {
    if (!lock.isHeldByCurrentThread() || !writing) {
      throw new IllegalStateException("the world changes only inside World.write(…)");
    }
  }

  /** @throws IllegalStateException unless the current thread holds this world's lock */
  public void checkReadable() {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("the world is read only inside World.read(…) or World.write(…)");
    }
  }

  boolean writing() {
    return writing;
  }

  void writing(boolean writing) {
    this.writing = writing;
  }
}

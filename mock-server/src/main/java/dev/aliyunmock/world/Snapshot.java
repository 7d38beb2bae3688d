package dev.aliyunmock.world;

/**
 * A world as it was at one moment, to {@link World#restore} later: a deep copy, unchanged by what
 * happens to the world meanwhile.
 *
 * <pre>{@code
 * Snapshot seeded = mock.snapshot();
 * ... calls that change the world ...
 * mock.restore(seeded);          // every resource and transition as it was
 * }</pre>
 */
public final class Snapshot {
  private final World world;
  private final State state;

  Snapshot(World world, State state) {
    this.world = world;
    this.state = state;
  }

  World world() {
    return world;
  }

  State state() {
    return state;
  }
}

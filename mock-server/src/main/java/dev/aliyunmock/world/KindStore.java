package dev.aliyunmock.world;

/**
 * The state one resource kind keeps in a world (its resources and indexes). A store is touched
 * only inside a transaction of its world ({@link World#read}, {@link World#write}); its mutators
 * call {@link Guard#checkWritable()} so that a change outside a write transaction fails at once.
 *
 * @param <S> the store's own type
 */
public interface KindStore<S extends KindStore<S>> {
  /** A deep copy, for {@link World#snapshot()}; the copy is guarded by the same world. */
  S copy();
}

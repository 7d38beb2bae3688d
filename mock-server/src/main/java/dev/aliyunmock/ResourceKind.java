package dev.aliyunmock;

import dev.aliyunmock.api.ErrorCode;
import dev.aliyunmock.fixtures.FixtureSection;
import dev.aliyunmock.protocol.Action;
import dev.aliyunmock.world.StoreKey;
import dev.aliyunmock.world.World;
import java.util.List;

/**
 * One kind of resource of the API (routers, router interfaces, …) as the mock registers it: the
 * stores it keeps in a world, its sections of the fixture format, its actions, its errors. Each
 * kind is one package; {@link Kinds} lists them, one line each (docs/contributing.md).
 */
public interface ResourceKind {
  /** The stores this kind keeps in every world. */
  List<StoreKey<?>> stores();

  /** Its sections of the fixture format, in load order (after those of the kinds before it). */
  List<FixtureSection<?, ?>> fixtureSections();

  /** Its actions, served on a world. */
  List<Action> actions(World world);

  /** Its errors (besides the gateway's and the shared ones). */
  List<? extends ErrorCode> errors();
}

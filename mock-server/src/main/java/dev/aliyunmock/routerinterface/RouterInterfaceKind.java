package dev.aliyunmock.routerinterface;

import dev.aliyunmock.ResourceKind;
import dev.aliyunmock.api.ErrorCode;
import dev.aliyunmock.fixtures.FixtureSection;
import dev.aliyunmock.protocol.Action;
import dev.aliyunmock.routerinterface.wire.RouterInterfaceActions;
import dev.aliyunmock.world.StoreKey;
import dev.aliyunmock.world.World;
import java.util.List;

/**
 * Router interfaces (Express Connect): the nine actions in both API versions. The registration
 * of the kind, and the one class of this package that names the protocol layer.
 */
public final class RouterInterfaceKind implements ResourceKind {
  @Override
  public List<StoreKey<?>> stores() {
    return List.of(RouterInterfaceStore.KEY);
  }

  @Override
  public List<FixtureSection<?, ?>> fixtureSections() {
    return List.of(new RouterInterfaceSection());
  }

  @Override
  public List<Action> actions(World world) {
    return new RouterInterfaceActions(world).actions();
  }

  @Override
  public List<? extends ErrorCode> errors() {
    return List.of(RouterInterfaceError.values());
  }
}

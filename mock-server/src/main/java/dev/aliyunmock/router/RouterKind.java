package dev.aliyunmock.router;

import dev.aliyunmock.ResourceKind;
import dev.aliyunmock.api.ErrorCode;
import dev.aliyunmock.fixtures.FixtureSection;
import dev.aliyunmock.protocol.Action;
import dev.aliyunmock.world.StoreKey;
import dev.aliyunmock.world.World;
import java.util.List;

/** Routers (vRouters and VBRs): loaded from fixtures, read by the router-interface actions. */
public final class RouterKind implements ResourceKind {
  @Override
  public List<StoreKey<?>> stores() {
    return List.of(RouterStore.KEY);
  }

  @Override
  public List<FixtureSection<?, ?>> fixtureSections() {
    return List.of(new RouterSection());
  }

  @Override
  public List<Action> actions(World world) {
    return List.of();
  }

  @Override
  public List<? extends ErrorCode> errors() {
    return List.of();
  }
}

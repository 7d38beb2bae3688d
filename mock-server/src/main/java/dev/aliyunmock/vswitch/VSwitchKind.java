package dev.aliyunmock.vswitch;

import dev.aliyunmock.ResourceKind;
import dev.aliyunmock.api.ErrorCode;
import dev.aliyunmock.fixtures.FixtureSection;
import dev.aliyunmock.protocol.Action;
import dev.aliyunmock.vswitch.wire.VSwitchActions;
import dev.aliyunmock.world.StoreKey;
import dev.aliyunmock.world.World;
import java.util.List;

/**
 * vSwitches: CreateVSwitch, DescribeVSwitches, DeleteVSwitch in both API versions. Registered
 * after VPCs, which they are in.
 */
public final class VSwitchKind implements ResourceKind {
  @Override
  public List<StoreKey<?>> stores() {
    return List.of(VSwitchStore.KEY);
  }

  @Override
  public List<FixtureSection<?, ?>> fixtureSections() {
    return List.of(new VSwitchSection());
  }

  @Override
  public List<Action> actions(World world) {
    return new VSwitchActions(world).actions();
  }

  @Override
  public List<? extends ErrorCode> errors() {
    return List.of(VSwitchError.values());
  }
}

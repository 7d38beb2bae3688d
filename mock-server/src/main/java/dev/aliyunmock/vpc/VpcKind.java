package dev.aliyunmock.vpc;

import dev.aliyunmock.ResourceKind;
import dev.aliyunmock.api.ErrorCode;
import dev.aliyunmock.fixtures.FixtureSection;
import dev.aliyunmock.protocol.Action;
import dev.aliyunmock.vpc.wire.VpcActions;
import dev.aliyunmock.world.StoreKey;
import dev.aliyunmock.world.World;
import java.util.List;

/**
 * VPCs, each with the vRouter and the system route table created with it: CreateVpc,
 * DescribeVpcs, ModifyVpcAttribute, DeleteVpc, DescribeVRouters and DescribeRegions, in both API
 * versions. Registered after routers (a VPC's vRouter is a router) and before router interfaces
 * (which may sit on it).
 */
public final class VpcKind implements ResourceKind {
  @Override
  public List<StoreKey<?>> stores() {
    return List.of(VpcStore.KEY);
  }

  @Override
  public List<FixtureSection<?, ?>> fixtureSections() {
    return List.of(new VpcSection());
  }

  @Override
  public List<Action> actions(World world) {
    return new VpcActions(world).actions();
  }

  @Override
  public List<? extends ErrorCode> errors() {
    return List.of(VpcError.values());
  }
}

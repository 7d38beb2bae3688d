package dev.aliyunmock.routetable;

import dev.aliyunmock.ResourceKind;
import dev.aliyunmock.api.ErrorCode;
import dev.aliyunmock.fixtures.FixtureSection;
import dev.aliyunmock.protocol.Action;
import dev.aliyunmock.routetable.wire.RouteTableActions;
import dev.aliyunmock.world.StoreKey;
import dev.aliyunmock.world.World;
import java.util.List;

/**
 * Route tables and their custom entries: DescribeRouteTables, DescribeRouteTableList,
 * DescribeRouteEntryList, CreateRouteEntry, DeleteRouteEntry. Each VPC has one route table (its
 * system table, created with it); its entries lead to router interfaces of the VPC's vRouter, so
 * the kind is registered after VPCs, vSwitches and router interfaces.
 */
public final class RouteTableKind implements ResourceKind {
  @Override
  public List<StoreKey<?>> stores() {
    return List.of(RouteEntryStore.KEY);
  }

  @Override
  public List<FixtureSection<?, ?>> fixtureSections() {
    return List.of(new RouteEntrySection());
  }

  @Override
  public List<Action> actions(World world) {
    return new RouteTableActions(world).actions();
  }

  @Override
  public List<? extends ErrorCode> errors() {
    return List.of(RouteTableError.values());
  }
}

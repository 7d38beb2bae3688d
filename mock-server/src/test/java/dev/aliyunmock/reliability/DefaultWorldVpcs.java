package dev.aliyunmock.reliability;

/**
 * A document that gives the default world's vRouters their VPCs (each VPC adopts its router), with
 * a vSwitch and a route in account 1's cn-hangzhou VPC through its initiator: the VPC-side
 * resources the isolation and fuzz tests act on.
 */
final class DefaultWorldVpcs {
  static final String HZ_VPC = "vpc-hangzhou000000000001";
  static final String HZ_TABLE = "vtb-hangzhou000000000001";
  static final String HZ_VSWITCH = "vsw-hangzhou000000000001";
  static final String HZ_ROUTE = "rte-hangzhou000000000001";
  static final String PEER_VPC = "vpc-shanghai000000000002";
  static final String PEER_TABLE = "vtb-shanghai000000000002";

  private DefaultWorldVpcs() {}

  static final String JSON =
      """
      {"Vpcs": [
         {"VpcId": "vpc-hangzhou000000000001", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001",
          "CidrBlock": "172.16.0.0/12", "VRouterId": "vrt-hangzhou000000000001", "RouteTableId": "vtb-hangzhou000000000001"},
         {"VpcId": "vpc-beijing0000000000001", "RegionId": "cn-beijing", "OwnerId": "1000000000000001",
          "CidrBlock": "192.168.0.0/16", "VRouterId": "vrt-beijing0000000000001", "RouteTableId": "vtb-beijing0000000000001"},
         {"VpcId": "vpc-shanghai000000000002", "RegionId": "cn-shanghai", "OwnerId": "1000000000000002",
          "CidrBlock": "10.0.0.0/8", "VRouterId": "vrt-shanghai000000000002", "RouteTableId": "vtb-shanghai000000000002"}],
       "VSwitches": [
         {"VSwitchId": "vsw-hangzhou000000000001", "VpcId": "vpc-hangzhou000000000001", "ZoneId": "cn-hangzhou-b",
          "CidrBlock": "172.16.1.0/24"}],
       "RouteEntries": [
         {"RouteEntryId": "rte-hangzhou000000000001", "RouteTableId": "vtb-hangzhou000000000001",
          "DestinationCidrBlock": "192.168.0.0/16", "NextHopId": "ri-hangzhou0initiator001"}]}
      """;
}

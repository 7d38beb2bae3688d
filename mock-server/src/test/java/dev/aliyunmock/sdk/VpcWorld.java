package dev.aliyunmock.sdk;

/**
 * A world for the VPC-side actions. Account A (the SDK's) has, in cn-hangzhou: {@code vpc-hz}
 * (172.16.0.0/12, vRouter {@code vrt-hz}, route table {@code vtb-hz}) with the vSwitch {@code
 * vsw-hz-1}, router interfaces on its vRouter in each useful status and a route {@code rte-hz-1}
 * to 10.0.0.0/8 through the Active one; {@code vpc-hz-empty} with nothing in it; {@code
 * vpc-hz-routed} with only an interface and a route through it; {@code vpc-hz-ri} with only an
 * interface; {@code vpc-hz-pending}, still Pending. In cn-beijing: {@code vpc-bj}, the far side of
 * the Active pair. Account B (peer) has {@code vpc-peer} in cn-hangzhou, with an interface.
 */
final class VpcWorld {
  static final String A = "1000000000000001";
  static final String B = "1000000000000002";

  private VpcWorld() {}

  static final String JSON =
      """
      {
        "Regions": ["cn-hangzhou", "cn-beijing"],
        "Accounts": [
          {"OwnerId": "1000000000000001", "AccessKeyId": "testAccessKeyId", "AccessKeySecret": "testAccessKeySecret"},
          {"OwnerId": "1000000000000002", "AccessKeyId": "peerAccessKeyId", "AccessKeySecret": "peerAccessKeySecret"}
        ],
        "Vpcs": [
          {"VpcId": "vpc-hz", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001", "CidrBlock": "172.16.0.0/12",
           "VpcName": "hangzhou", "Description": "The main VPC", "CreationTime": "2024-01-02T03:04:05Z"},
          {"VpcId": "vpc-hz-empty", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001", "CidrBlock": "192.168.0.0/16"},
          {"VpcId": "vpc-hz-routed", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001", "CidrBlock": "192.168.0.0/16"},
          {"VpcId": "vpc-hz-ri", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001", "CidrBlock": "192.168.0.0/16"},
          {"VpcId": "vpc-hz-pending", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001", "CidrBlock": "10.0.0.0/8",
           "Status": "Pending"},
          {"VpcId": "vpc-bj", "RegionId": "cn-beijing", "OwnerId": "1000000000000001", "CidrBlock": "10.0.0.0/8"},
          {"VpcId": "vpc-peer", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000002", "CidrBlock": "172.16.0.0/12"}
        ],
        "VSwitches": [
          {"VSwitchId": "vsw-hz-1", "VpcId": "vpc-hz", "ZoneId": "cn-hangzhou-b", "CidrBlock": "172.16.1.0/24",
           "VSwitchName": "web", "CreationTime": "2024-01-02T03:04:06Z"}
        ],
        "RouterInterfaces": [
          {"RouterInterfaceId": "ri-hz-active", "RouterId": "vrt-hz", "Role": "InitiatingSide", "Spec": "Large.2",
           "Status": "Active", "OppositeInterfaceId": "ri-bj-active", "OppositeRouterId": "vrt-bj",
           "OppositeRouterType": "VRouter", "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing",
           "OppositeVpcInstanceId": "vpc-bj"},
          {"RouterInterfaceId": "ri-bj-active", "RouterId": "vrt-bj", "Role": "AcceptingSide", "Status": "Active",
           "OppositeInterfaceId": "ri-hz-active", "OppositeRouterId": "vrt-hz", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},
          {"RouterInterfaceId": "ri-hz-idle", "RouterId": "vrt-hz", "Role": "InitiatingSide"},
          {"RouterInterfaceId": "ri-hz-activating", "RouterId": "vrt-hz", "Role": "InitiatingSide", "Status": "Activating"},
          {"RouterInterfaceId": "ri-hz-vbr-1", "RouterId": "vrt-hz", "Role": "AcceptingSide", "Status": "Active",
           "OppositeRouterType": "VBR", "OppositeRouterId": "vbr-1", "OppositeRegionId": "cn-hangzhou"},
          {"RouterInterfaceId": "ri-hz-vbr-2", "RouterId": "vrt-hz", "Role": "AcceptingSide", "Status": "Active",
           "OppositeRouterType": "VBR", "OppositeRouterId": "vbr-2", "OppositeRegionId": "cn-hangzhou"},
          {"RouterInterfaceId": "ri-hz-routed", "RouterId": "vrt-hz-routed", "Role": "InitiatingSide", "Status": "Inactive"},
          {"RouterInterfaceId": "ri-hz-ri", "RouterId": "vrt-hz-ri", "Role": "InitiatingSide"},
          {"RouterInterfaceId": "ri-peer", "RouterId": "vrt-peer", "Role": "InitiatingSide"}
        ],
        "RouteEntries": [
          {"RouteEntryId": "rte-hz-1", "RouteTableId": "vtb-hz", "DestinationCidrBlock": "10.0.0.0/8",
           "NextHopId": "ri-hz-active", "RouteEntryName": "to-beijing", "GmtModified": "2024-01-02T03:04:07Z"},
          {"RouteEntryId": "rte-hz-routed-1", "RouteTableId": "vtb-hz-routed", "DestinationCidrBlock": "10.0.0.0/8",
           "NextHopId": "ri-hz-routed"}
        ]
      }
      """;
}

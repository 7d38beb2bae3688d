package dev.aliyunmock.sdk;

/**
 * A world for the lifecycle actions (Create, Activate, Deactivate, Delete, ModifySpec,
 * DescribeRouterInterfaceAttribute): empty routers to create on, a full router, interfaces in each
 * stable status, a pair ready to connect (ri-ready), and financially locked interfaces (in the peer account, so that the test account
 * itself has no bills outstanding).
 */
final class LifecycleWorld {
  static final String A = "1000000000000001";
  static final String ARREARS_KEY = "arrearsAccessKeyId";
  static final String ARREARS_SECRET = "arrearsAccessKeySecret";

  private LifecycleWorld() {}

  static final String JSON =
      """
      {
        "Regions": ["cn-hangzhou", "cn-beijing"],
        "Accounts": [
          {"OwnerId": "1000000000000001", "AccessKeyId": "testAccessKeyId", "AccessKeySecret": "testAccessKeySecret"},
          {"OwnerId": "1000000000000002", "AccessKeyId": "peerAccessKeyId", "AccessKeySecret": "peerAccessKeySecret"},
          {"OwnerId": "1000000000000004", "AccessKeyId": "arrearsAccessKeyId", "AccessKeySecret": "arrearsAccessKeySecret",
           "BillsOutstanding": true}
        ],
        "Routers": [
          {"RouterId": "vrt-hz", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-bj", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "1000000000000001"},
          {"RouterId": "vbr-hz", "RouterType": "VBR", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-full", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-hz-busy", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-bj-busy", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-ready-hz", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-ready-bj", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-peer", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000002"},
          {"RouterId": "vrt-arrears", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000004"}
        ],
        "RouterInterfaces": [
          {"RouterInterfaceId": "ri-full-1", "RouterId": "vrt-full", "Role": "InitiatingSide"},
          {"RouterInterfaceId": "ri-full-2", "RouterId": "vrt-full", "Role": "InitiatingSide"},
          {"RouterInterfaceId": "ri-full-3", "RouterId": "vrt-full", "Role": "InitiatingSide"},
          {"RouterInterfaceId": "ri-full-4", "RouterId": "vrt-full", "Role": "AcceptingSide"},
          {"RouterInterfaceId": "ri-full-5", "RouterId": "vrt-full", "Role": "AcceptingSide"},

          {"RouterInterfaceId": "ri-idle", "RouterId": "vrt-hz-busy", "Role": "InitiatingSide", "Spec": "Middle.1"},
          {"RouterInterfaceId": "ri-idle-acceptor", "RouterId": "vrt-hz-busy", "Role": "AcceptingSide"},

          {"RouterInterfaceId": "ri-active", "RouterId": "vrt-hz-busy", "Role": "InitiatingSide", "Spec": "Large.1",
           "Status": "Active", "ConnectedTime": "2024-01-02T03:04:05Z",
           "OppositeInterfaceId": "ri-active-acceptor", "OppositeRouterId": "vrt-bj-busy", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing",
           "OppositeInterfaceStatus": "Active", "OppositeInterfaceSpec": "Negative"},
          {"RouterInterfaceId": "ri-active-acceptor", "RouterId": "vrt-bj-busy", "Role": "AcceptingSide",
           "Status": "Active", "ConnectedTime": "2024-01-02T03:04:05Z",
           "OppositeInterfaceId": "ri-active", "OppositeRouterId": "vrt-hz-busy", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou",
           "OppositeInterfaceStatus": "Active", "OppositeInterfaceSpec": "Large.1"},

          {"RouterInterfaceId": "ri-inactive", "RouterId": "vrt-hz-busy", "Role": "InitiatingSide", "Spec": "Large.1",
           "Status": "Inactive", "ConnectedTime": "2024-01-02T03:04:05Z",
           "OppositeInterfaceId": "ri-inactive-acceptor", "OppositeRouterId": "vrt-bj-busy", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing",
           "OppositeInterfaceStatus": "Inactive", "OppositeInterfaceSpec": "Negative"},
          {"RouterInterfaceId": "ri-inactive-acceptor", "RouterId": "vrt-bj-busy", "Role": "AcceptingSide",
           "Status": "Inactive", "ConnectedTime": "2024-01-02T03:04:05Z",
           "OppositeInterfaceId": "ri-inactive", "OppositeRouterId": "vrt-hz-busy", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou",
           "OppositeInterfaceStatus": "Inactive", "OppositeInterfaceSpec": "Large.1"},

          {"RouterInterfaceId": "ri-ready", "RouterId": "vrt-ready-hz", "Role": "InitiatingSide", "Spec": "Middle.2",
           "OppositeInterfaceId": "ri-ready-acceptor", "OppositeRouterId": "vrt-ready-bj", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-ready-acceptor", "RouterId": "vrt-ready-bj", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-ready", "OppositeRouterId": "vrt-ready-hz", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},

          {"RouterInterfaceId": "ri-arrears", "RouterId": "vrt-arrears", "Role": "InitiatingSide"},

          {"RouterInterfaceId": "ri-peer-locked-active", "RouterId": "vrt-peer", "Role": "InitiatingSide",
           "Status": "Active", "BusinessStatus": "FinancialLocked"},
          {"RouterInterfaceId": "ri-peer-locked-inactive", "RouterId": "vrt-peer", "Role": "InitiatingSide",
           "Status": "Inactive", "BusinessStatus": "FinancialLocked"}
        ]
      }
      """;
}

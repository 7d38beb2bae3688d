package dev.aliyunmock.sdk;

/**
 * A world with one router interface per way ConnectRouterInterface can fail, each named after it.
 * Every interface is an InitiatingSide in cn-hangzhou whose opposite is in cn-beijing, and every
 * opposite points back at its initiator, unless the name says otherwise.
 *
 * <p>Accounts: the default test account (A, 1000000000000001), a peer on the same site (B), an
 * account on another site (C, Bid 5264), an account with bills outstanding (D) and an account
 * holding one financially locked interface (E).
 */
final class ConnectWorld {
  static final String A = "1000000000000001";
  static final String B = "1000000000000002";

  static final String ARREARS_KEY = "arrearsAccessKeyId";
  static final String ARREARS_SECRET = "arrearsAccessKeySecret";
  static final String LOCKED_KEY = "lockedAccessKeyId";
  static final String LOCKED_SECRET = "lockedAccessKeySecret";

  private ConnectWorld() {}

  static final String JSON =
      """
      {
        "Regions": ["cn-hangzhou", "cn-beijing", "cn-shanghai"],
        "Accounts": [
          {"OwnerId": "1000000000000001", "AccessKeyId": "testAccessKeyId", "AccessKeySecret": "testAccessKeySecret"},
          {"OwnerId": "1000000000000002", "AccessKeyId": "peerAccessKeyId", "AccessKeySecret": "peerAccessKeySecret"},
          {"OwnerId": "1000000000000003", "AccessKeyId": "intlAccessKeyId", "AccessKeySecret": "intlAccessKeySecret", "Bid": "5264"},
          {"OwnerId": "1000000000000004", "AccessKeyId": "arrearsAccessKeyId", "AccessKeySecret": "arrearsAccessKeySecret",
           "BillsOutstanding": true},
          {"OwnerId": "1000000000000005", "AccessKeyId": "lockedAccessKeyId", "AccessKeySecret": "lockedAccessKeySecret"}
        ],
        "Routers": [
          {"RouterId": "vrt-a-hz-1", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-a-hz-2", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-a-hz-3", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-a-hz-4", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-a-bj-1", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-a-bj-2", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-a-bj-3", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-a-bj-4", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-b-hz-1", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000002"},
          {"RouterId": "vrt-c-bj-1", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "1000000000000003"},
          {"RouterId": "vrt-d-hz-1", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000004"},
          {"RouterId": "vrt-d-hz-2", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000004"},
          {"RouterId": "vrt-d-bj-1", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "1000000000000004"},
          {"RouterId": "vrt-d-bj-2", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "1000000000000004"},
          {"RouterId": "vrt-e-hz-1", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000005"},
          {"RouterId": "vrt-e-hz-2", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000005"},
          {"RouterId": "vrt-e-bj-1", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "1000000000000005"}
        ],
        "RouterInterfaces": [
          {"RouterInterfaceId": "ri-ready", "RouterId": "vrt-a-hz-4", "Role": "InitiatingSide", "Spec": "Large.1",
           "OppositeInterfaceId": "ri-ready-acceptor", "OppositeRouterId": "vrt-a-bj-4", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-ready-acceptor", "RouterId": "vrt-a-bj-4", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-ready", "OppositeRouterId": "vrt-a-hz-4", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},

          {"RouterInterfaceId": "ri-peer-initiator", "RouterId": "vrt-b-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-ready-acceptor", "OppositeRouterId": "vrt-a-bj-4", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},

          {"RouterInterfaceId": "ri-lonely-acceptor", "RouterId": "vrt-a-hz-1", "Role": "AcceptingSide"},

          {"RouterInterfaceId": "ri-connected", "RouterId": "vrt-a-hz-2", "Role": "InitiatingSide", "Status": "Active",
           "OppositeInterfaceId": "ri-connected-acceptor", "OppositeRouterId": "vrt-a-bj-2", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-connected-acceptor", "RouterId": "vrt-a-bj-2", "Role": "AcceptingSide", "Status": "Active",
           "OppositeInterfaceId": "ri-connected", "OppositeRouterId": "vrt-a-hz-2", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},
          {"RouterInterfaceId": "ri-second", "RouterId": "vrt-a-hz-2", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-second-acceptor", "OppositeRouterId": "vrt-a-bj-2", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-second-acceptor", "RouterId": "vrt-a-bj-2", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-second", "OppositeRouterId": "vrt-a-hz-2", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},
          {"RouterInterfaceId": "ri-reverse", "RouterId": "vrt-a-bj-2", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-reverse-acceptor", "OppositeRouterId": "vrt-a-hz-2", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},
          {"RouterInterfaceId": "ri-reverse-acceptor", "RouterId": "vrt-a-hz-2", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-reverse", "OppositeRouterId": "vrt-a-bj-2", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},

          {"RouterInterfaceId": "ri-first-of-two", "RouterId": "vrt-a-hz-3", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-first-of-two-acceptor", "OppositeRouterId": "vrt-a-bj-3", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-first-of-two-acceptor", "RouterId": "vrt-a-bj-3", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-first-of-two", "OppositeRouterId": "vrt-a-hz-3", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},
          {"RouterInterfaceId": "ri-second-of-two", "RouterId": "vrt-a-hz-3", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-second-of-two-acceptor", "OppositeRouterId": "vrt-a-bj-3", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-second-of-two-acceptor", "RouterId": "vrt-a-bj-3", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-second-of-two", "OppositeRouterId": "vrt-a-hz-3", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},

          {"RouterInterfaceId": "ri-inactive-unset", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide", "Status": "Inactive"},
          {"RouterInterfaceId": "ri-unset", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide"},
          {"RouterInterfaceId": "ri-unset-owner", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-ready-acceptor", "OppositeRouterId": "vrt-a-bj-4", "OppositeRouterType": "VRouter"},

          {"RouterInterfaceId": "ri-to-missing", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-does-not-exist", "OppositeRouterId": "vrt-a-bj-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},

          {"RouterInterfaceId": "ri-wrong-router-id", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-wrong-router-id-acceptor", "OppositeRouterId": "vrt-a-bj-2", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-wrong-router-id-acceptor", "RouterId": "vrt-a-bj-1", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-wrong-router-id", "OppositeRouterId": "vrt-a-hz-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},

          {"RouterInterfaceId": "ri-wrong-router-type", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-wrong-router-type-acceptor", "OppositeRouterId": "vrt-a-bj-1", "OppositeRouterType": "VBR",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-wrong-router-type-acceptor", "RouterId": "vrt-a-bj-1", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-wrong-router-type", "OppositeRouterId": "vrt-a-hz-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},

          {"RouterInterfaceId": "ri-wrong-owner", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-wrong-owner-acceptor", "OppositeRouterId": "vrt-a-bj-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000002", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-wrong-owner-acceptor", "RouterId": "vrt-a-bj-1", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-wrong-owner", "OppositeRouterId": "vrt-a-hz-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},

          {"RouterInterfaceId": "ri-wrong-region", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-wrong-region-acceptor", "OppositeRouterId": "vrt-a-bj-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-shanghai"},
          {"RouterInterfaceId": "ri-wrong-region-acceptor", "RouterId": "vrt-a-bj-1", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-wrong-region", "OppositeRouterId": "vrt-a-hz-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},

          {"RouterInterfaceId": "ri-to-initiator", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-opposite-initiator", "OppositeRouterId": "vrt-a-bj-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-opposite-initiator", "RouterId": "vrt-a-bj-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-to-initiator", "OppositeRouterId": "vrt-a-hz-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},

          {"RouterInterfaceId": "ri-self", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-self", "OppositeRouterId": "vrt-a-hz-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},

          {"RouterInterfaceId": "ri-same-router", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-same-router-acceptor", "OppositeRouterId": "vrt-a-hz-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},
          {"RouterInterfaceId": "ri-same-router-acceptor", "RouterId": "vrt-a-hz-1", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-same-router", "OppositeRouterId": "vrt-a-hz-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},

          {"RouterInterfaceId": "ri-rejected", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-rejecting-acceptor", "OppositeRouterId": "vrt-a-bj-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-rejecting-acceptor", "RouterId": "vrt-a-bj-1", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-someone-else", "OppositeRouterId": "vrt-a-hz-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},
          {"RouterInterfaceId": "ri-rejected-unset", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-unset-acceptor", "OppositeRouterId": "vrt-a-bj-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-unset-acceptor", "RouterId": "vrt-a-bj-1", "Role": "AcceptingSide"},

          {"RouterInterfaceId": "ri-cross-bid", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-intl-acceptor", "OppositeRouterId": "vrt-c-bj-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000003", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-intl-acceptor", "RouterId": "vrt-c-bj-1", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-cross-bid", "OppositeRouterId": "vrt-a-hz-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},
          {"RouterInterfaceId": "ri-cross-bid-mismatched", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-intl-acceptor", "OppositeRouterId": "vrt-c-bj-1", "OppositeRouterType": "VBR",
           "OppositeInterfaceOwnerId": "1000000000000003", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-cross-bid-rejected", "RouterId": "vrt-a-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-intl-acceptor", "OppositeRouterId": "vrt-c-bj-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000003", "OppositeRegionId": "cn-beijing"},

          {"RouterInterfaceId": "ri-arrears", "RouterId": "vrt-d-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-arrears-acceptor", "OppositeRouterId": "vrt-d-bj-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000004", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-arrears-acceptor", "RouterId": "vrt-d-bj-1", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-arrears", "OppositeRouterId": "vrt-d-hz-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000004", "OppositeRegionId": "cn-hangzhou"},
          {"RouterInterfaceId": "ri-arrears-unset", "RouterId": "vrt-d-hz-1", "Role": "InitiatingSide"},
          {"RouterInterfaceId": "ri-arrears-rejected", "RouterId": "vrt-d-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-arrears-acceptor", "OppositeRouterId": "vrt-d-bj-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000004", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-arrears-connected", "RouterId": "vrt-d-hz-2", "Role": "InitiatingSide", "Status": "Active",
           "OppositeInterfaceId": "ri-arrears-connected-acceptor", "OppositeRouterId": "vrt-d-bj-2", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000004", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-arrears-connected-acceptor", "RouterId": "vrt-d-bj-2", "Role": "AcceptingSide", "Status": "Active",
           "OppositeInterfaceId": "ri-arrears-connected", "OppositeRouterId": "vrt-d-hz-2", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000004", "OppositeRegionId": "cn-hangzhou"},
          {"RouterInterfaceId": "ri-arrears-second", "RouterId": "vrt-d-hz-2", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-arrears-second-acceptor", "OppositeRouterId": "vrt-d-bj-2", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000004", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-arrears-second-acceptor", "RouterId": "vrt-d-bj-2", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-arrears-second", "OppositeRouterId": "vrt-d-hz-2", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000004", "OppositeRegionId": "cn-hangzhou"},

          {"RouterInterfaceId": "ri-locked-owner", "RouterId": "vrt-e-hz-1", "Role": "InitiatingSide",
           "OppositeInterfaceId": "ri-locked-owner-acceptor", "OppositeRouterId": "vrt-e-bj-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000005", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-locked-owner-acceptor", "RouterId": "vrt-e-bj-1", "Role": "AcceptingSide",
           "OppositeInterfaceId": "ri-locked-owner", "OppositeRouterId": "vrt-e-hz-1", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000005", "OppositeRegionId": "cn-hangzhou"},
          {"RouterInterfaceId": "ri-financially-locked", "RouterId": "vrt-e-hz-2", "Role": "InitiatingSide",
           "BusinessStatus": "FinancialLocked"}
        ]
      }
      """;
}

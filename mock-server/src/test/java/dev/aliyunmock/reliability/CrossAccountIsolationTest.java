package dev.aliyunmock.reliability;

import static dev.aliyunmock.reliability.Engine.OWNER;
import static dev.aliyunmock.reliability.Engine.PEER_KEY;
import static dev.aliyunmock.reliability.Engine.PEER_OWNER;
import static dev.aliyunmock.reliability.Engine.PEER_SECRET;
import static dev.aliyunmock.reliability.Engine.assertOk;
import static dev.aliyunmock.reliability.Engine.assertRefused;
import static dev.aliyunmock.reliability.Engine.call;
import static dev.aliyunmock.reliability.Engine.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.routerinterface.Status;
import dev.aliyunmock.protocol.ApiResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Callers see and touch only their own account's resources (docs/reference/gateway.md), whatever the action
 * or filter names. The peer account of the default world acts on account 1's interfaces, which
 * are set up so that their owner could do each action.
 */
class CrossAccountIsolationTest {
  private static final String ACTIVE = "ri-hangzhou0initiator001";
  private static final String INACTIVE = "ri-beijing00acceptor0001";
  private static final String IDLE = "ri-hangzhou0crossacct001";
  private static final String OWN_ROUTER = "vrt-hangzhou000000000001";

  private final AliyunMock mock = Engine.defaultWorld();

  @BeforeEach
  void activeInactiveAndIdleInterfacesOfAccountOne() throws FixtureException {
    mock.loadFixtures(DefaultWorldVpcs.JSON);
    assertOk(call(mock, params("Action", "ConnectRouterInterface", "RegionId", "cn-hangzhou", "RouterInterfaceId", ACTIVE)));
    mock.transitions().completeAll();
    assertOk(call(mock, params("Action", "DeactivateRouterInterface", "RegionId", "cn-beijing", "RouterInterfaceId", INACTIVE)));
    mock.transitions().completeAll();
    assertThat(mock.routerInterface(ACTIVE).orElseThrow().status()).isEqualTo(Status.ACTIVE);
    assertThat(mock.routerInterface(INACTIVE).orElseThrow().status()).isEqualTo(Status.INACTIVE);
  }

  private JsonNode peerDescribes(String region, String... filter) {
    Map<String, String> p = params("Action", "DescribeRouterInterfaces", "RegionId", region, "PageSize", "50");
    for (int i = 0; i < filter.length; i += 2) {
      int n = i / 2 + 1;
      p.put("Filter." + n + ".Key", filter[i]);
      p.put("Filter." + n + ".Value.1", filter[i + 1]);
    }
    return assertOk(call(mock, PEER_KEY, PEER_SECRET, p));
  }

  @Test
  void aFilterNamingAnotherAccountsInterfaceShowsNothingAndEndsNoTransitionOfIt() {
    assertOk(call(mock, params("Action", "ActivateRouterInterface", "RegionId", "cn-beijing", "RouterInterfaceId", INACTIVE)));
    // The owner has seen Activating once: the next read of it by its owner would end it.
    assertOk(call(mock, params("Action", "DescribeRouterInterfaces", "RegionId", "cn-beijing")));
    String before = mock.stateJson();

    JsonNode page = peerDescribes("cn-beijing", "RouterInterfaceId", INACTIVE);

    assertThat(page.path("TotalCount").asInt()).isZero();
    assertThat(mock.stateJson()).isEqualTo(before);
    assertThat(mock.routerInterface(INACTIVE).orElseThrow().status()).isEqualTo(Status.ACTIVATING);
  }

  @Test
  void aFilterNamingAnotherAccountsRouterShowsNothingAndEndsNoTransitionOfIt() {
    assertOk(call(mock, params("Action", "ActivateRouterInterface", "RegionId", "cn-beijing", "RouterInterfaceId", INACTIVE)));
    assertOk(call(mock, params("Action", "DescribeRouterInterfaces", "RegionId", "cn-beijing")));
    String before = mock.stateJson();

    JsonNode page = peerDescribes("cn-beijing", "RouterId", "vrt-beijing0000000000001");

    assertThat(page.path("TotalCount").asInt()).isZero();
    assertThat(mock.stateJson()).isEqualTo(before);
  }

  @ParameterizedTest
  @CsvSource({
    "RouterInterfaceOwnerId, " + OWNER,
    "RouterInterfaceId, " + ACTIVE,
    "RouterId, " + OWN_ROUTER,
    "OppositeInterfaceOwnerId, " + OWNER,
    "OppositeInterfaceId, " + INACTIVE,
    "Status, Active",
    "Name, hangzhou-to-beijing"
  })
  void noFilterShowsAnotherAccountsInterfaces(String key, String value) {
    JsonNode page = peerDescribes("cn-hangzhou", key, value);

    assertThat(page.path("TotalCount").asInt()).isZero();
    assertThat(page.path("RouterInterfaceSet").path("RouterInterfaceType").size()).isZero();
  }

  @Test
  void aCallerSeesItsOwnInterfacesAndNoOneElses() {
    JsonNode page = peerDescribes("cn-shanghai");

    assertThat(page.path("TotalCount").asInt()).isEqualTo(1);
    assertThat(page.path("RouterInterfaceSet").path("RouterInterfaceType").get(0).path("RouterInterfaceId").asText())
        .isEqualTo("ri-shanghai0peeraccpt002");
  }

  @ParameterizedTest
  @CsvSource({
    "ConnectRouterInterface, cn-hangzhou, " + IDLE,
    "ActivateRouterInterface, cn-beijing, " + INACTIVE,
    "DeactivateRouterInterface, cn-hangzhou, " + ACTIVE,
    "DeleteRouterInterface, cn-hangzhou, " + IDLE,
    "ModifyRouterInterfaceAttribute, cn-hangzhou, " + IDLE,
    "DescribeRouterInterfaceAttribute, cn-hangzhou, " + IDLE
  })
  void everyActionOnAnotherAccountsInterfaceIsNotFoundAndChangesNothing(String action, String region, String id) {
    String before = mock.stateJson();
    Map<String, String> p = params("Action", action, "RegionId", region);
    p.put(action.equals("DescribeRouterInterfaceAttribute") ? "InstanceId" : "RouterInterfaceId", id);
    if (action.equals("ModifyRouterInterfaceAttribute")) {
      p.put("Name", "taken-over");
      p.put("OppositeInterfaceOwnerId", PEER_OWNER);
    }

    assertRefused(call(mock, PEER_KEY, PEER_SECRET, p), "InvalidRouterInterfaceId.NotFound", 404);
    assertThat(mock.stateJson()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Large.5", "Mini.2"})
  void modifySpecOfAnotherAccountsInterfaceIsNotFound(String spec) {
    String before = mock.stateJson();

    assertRefused(
        call(mock, PEER_KEY, PEER_SECRET,
            params("Action", "ModifyRouterInterfaceSpec", "RegionId", "cn-hangzhou", "RouterInterfaceId", ACTIVE, "Spec", spec)),
        "InvalidRouterInterfaceId.NotFound", 404);
    assertThat(mock.stateJson()).isEqualTo(before);
  }

  @Test
  void createOnAnotherAccountsRouterIsRouterNotFound() {
    String before = mock.stateJson();

    assertRefused(
        call(mock, PEER_KEY, PEER_SECRET,
            params("Action", "CreateRouterInterface", "RegionId", "cn-hangzhou", "RouterId", OWN_ROUTER, "RouterType", "VRouter",
                "Role", "InitiatingSide", "Spec", "Mini.2", "OppositeRegionId", "cn-beijing")),
        "InvalidRouterId.NotFound", 404);
    assertThat(mock.stateJson()).isEqualTo(before);
  }

  @Test
  void aClientTokenOfAnotherAccountDoesNotAnswerWithItsInterface() {
    JsonNode mine =
        assertOk(call(mock,
            params("Action", "CreateRouterInterface", "RegionId", "cn-hangzhou", "RouterId", OWN_ROUTER, "RouterType", "VRouter",
                "Role", "InitiatingSide", "Spec", "Mini.2", "OppositeRegionId", "cn-beijing", "ClientToken", "shared-token")));

    JsonNode theirs =
        assertOk(call(mock, PEER_KEY, PEER_SECRET,
            params("Action", "CreateRouterInterface", "RegionId", "cn-shanghai", "RouterId", "vrt-shanghai000000000002",
                "RouterType", "VRouter", "Role", "AcceptingSide", "Spec", "Negative", "OppositeRegionId", "cn-hangzhou",
                "ClientToken", "shared-token")));

    assertThat(theirs.path("RouterInterfaceId").asText()).isNotEqualTo(mine.path("RouterInterfaceId").asText());
    assertThat(mock.routerInterface(theirs.path("RouterInterfaceId").asText()).orElseThrow().ownerId()).isEqualTo(PEER_OWNER);
  }

  // ---------------------------------------------------------------- the VPC-side actions

  /** The peer's call, with its parameters in pairs; a {@code null} value leaves the parameter out. */
  private ApiResponse peer(String... namesAndValues) {
    Map<String, String> p = params();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        p.put(namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return call(mock, PEER_KEY, PEER_SECRET, p);
  }

  @ParameterizedTest
  @CsvSource({
    "DescribeVpcs, VpcId, " + DefaultWorldVpcs.HZ_VPC + ", TotalCount",
    "DescribeVRouters, VRouterId, " + OWN_ROUTER + ", TotalCount",
    "DescribeRouteTables, RouteTableId, " + DefaultWorldVpcs.HZ_TABLE + ", TotalCount",
    "DescribeRouteTableList, VpcId, " + DefaultWorldVpcs.HZ_VPC + ", TotalCount",
    "DescribeRouteTableList, RouteTableId, " + DefaultWorldVpcs.HZ_TABLE + ", TotalCount"
  })
  void noVpcSideDescribeShowsAnotherAccountsResources(String action, String filter, String id, String count) {
    String before = mock.stateJson();
    JsonNode page = assertOk(peer("Action", action, "RegionId", "cn-hangzhou", filter, id));
    assertThat(page.path(count).asInt()).isZero();
    assertThat(mock.stateJson()).isEqualTo(before);
  }

  @Test
  void describeRouteEntryListOfAnotherAccountsTableShowsNothing() {
    JsonNode page =
        assertOk(peer("Action", "DescribeRouteEntryList", "RegionId", "cn-hangzhou", "RouteTableId", DefaultWorldVpcs.HZ_TABLE));
    assertThat(page.path("RouteEntrys").path("RouteEntry").size()).isZero();
  }

  @Test
  void describeVSwitchesNamingAnotherAccountsVpcOrVSwitchIsNotFound() {
    assertRefused(peer("Action", "DescribeVSwitches", "RegionId", "cn-hangzhou", "VpcId", DefaultWorldVpcs.HZ_VPC),
        "Forbidden.VpcNotFound", 400);
    assertRefused(peer("Action", "DescribeVSwitches", "RegionId", "cn-hangzhou", "VSwitchId", DefaultWorldVpcs.HZ_VSWITCH),
        "InvalidVSwitchId.NotFound", 404);
  }

  @Test
  void aPendingVpcSeenByItsOwnerIsNotEndedByAnotherAccountsRead() {
    JsonNode created = assertOk(call(mock, params("Action", "CreateVpc", "RegionId", "cn-hangzhou")));
    String id = created.path("VpcId").asText();
    assertOk(call(mock, params("Action", "DescribeVpcs", "RegionId", "cn-hangzhou", "VpcId", id)));
    String before = mock.stateJson();

    assertOk(peer("Action", "DescribeVpcs", "RegionId", "cn-hangzhou", "VpcId", id));

    assertThat(mock.stateJson()).isEqualTo(before);
    assertThat(before).contains("\"Status\" : \"Pending\"");
  }

  /**
   * Every VPC-side write naming account 1's resource, in its region and with no region at all (the
   * lookup of the resource's region sees only the caller's own): not found, nothing changed.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ModifyVpcAttribute | VpcId | " + DefaultWorldVpcs.HZ_VPC + " | VpcName | taken-over | InvalidVpcId.NotFound | 404",
    "DeleteVpc | VpcId | " + DefaultWorldVpcs.HZ_VPC + " | | | InvalidVpcId.NotFound | 404",
    "CreateVSwitch | VpcId | " + DefaultWorldVpcs.HZ_VPC + " | CidrBlock | 172.16.9.0/24 | InvalidVpcId.NotFound | 404",
    "DeleteVSwitch | VSwitchId | " + DefaultWorldVpcs.HZ_VSWITCH + " | | | InvalidVSwitchId.NotFound | 404",
    "CreateRouteEntry | RouteTableId | " + DefaultWorldVpcs.HZ_TABLE + " | NextHopId | " + IDLE
        + " | InvalidRouteTableId.NotFound | 404",
    "DeleteRouteEntry | RouteEntryId | " + DefaultWorldVpcs.HZ_ROUTE + " | | | InvalidRouteEntry | 400",
    "DeleteRouteEntry | RouteTableId | " + DefaultWorldVpcs.HZ_TABLE + " | NextHopId | ri-hangzhou0initiator001"
        + " | InvalidRouteTableId.NotFound | 404"
  })
  void everyVpcSideWriteOnAnotherAccountsResourceIsNotFoundAndChangesNothing(
      String action, String idName, String id, String extraName, String extraValue, String code, int status) {
    for (String region : new String[] {"cn-hangzhou", null}) {
      String before = mock.stateJson();
      assertRefused(
          peer("Action", action, "RegionId", region, idName, id, "ZoneId", "cn-hangzhou-b", "DestinationCidrBlock",
              "192.168.0.0/16", "NextHopType", "RouterInterface", extraName == null ? "Unused" : extraName, extraValue),
          code, status);
      assertThat(mock.stateJson()).as("%s in %s", action, region).isEqualTo(before);
    }
  }

  @Test
  void anotherAccountsRouterInterfaceIsNoNextHop() {
    String before = mock.stateJson();
    assertRefused(
        peer("Action", "CreateRouteEntry", "RegionId", "cn-shanghai", "RouteTableId", DefaultWorldVpcs.PEER_TABLE,
            "DestinationCidrBlock", "172.16.0.0/12", "NextHopType", "RouterInterface", "NextHopId", "ri-hangzhou0crossacct001"),
        "InvalidRouterInterface", 400);
    assertThat(mock.stateJson()).isEqualTo(before);
  }

  @Test
  void aClientTokenOfAnotherAccountDoesNotAnswerWithItsVpc() {
    JsonNode mine = assertOk(call(mock, params("Action", "CreateVpc", "RegionId", "cn-hangzhou", "ClientToken", "shared")));
    JsonNode theirs = assertOk(peer("Action", "CreateVpc", "RegionId", "cn-hangzhou", "ClientToken", "shared"));
    assertThat(theirs.path("VpcId").asText()).isNotEqualTo(mine.path("VpcId").asText());
  }
}

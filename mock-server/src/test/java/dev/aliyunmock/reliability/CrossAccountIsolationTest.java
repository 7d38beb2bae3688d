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
import dev.aliyunmock.routerinterface.Status;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Callers see and touch only their own account's resources (DECISIONS §3), whatever the action
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
  void activeInactiveAndIdleInterfacesOfAccountOne() {
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
}

package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.routerinterface.RouterInterfaceField;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SdkTestCase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal of ConnectRouterInterface (docs/reference/router-interfaces.md), in both
 * dialects, through the official SDK: the VPC request class for 2016-04-28, a CommonRequest for
 * 2014-05-26. Each refusal is checked for its code, HTTP status, message and RequestId.
 */
class ConnectRouterInterfaceErrorsTest extends SdkTestCase {
  static final String REGION_NOT_FOUND = "The specified RegionId does not exist in our record.";
  static final String RI_NOT_FOUND = "The specified RouterInterfaceId does not exist in our record.";
  static final String OPPOSITE_WRONG =
      "The opposite RouterInterface information specified by"
          + " OppositeInterfaceId/OppositeRouterId/OppositeRouterType/OppositeRouterOwnerId is wrong."
          + " Maybe the RouterInterface or Router does not exist, or the parameters mismatched, or"
          + " that RouterInterface is not a AcceptingSide.";
  static final String REJECTED =
      "The opposite RouterInterface does not set this RouterInterface as a OppositeRouterInterface."
          + " Meybe it was wrongly set. Please check the configuration of the opposite RouterInterface.";
  static final String ALREADY_CONNECTED = "The Specified routers have a connection already";
  static final String CONNECTING_CONCURRENTLY = "Cannot connect concurrently between same routers";
  static final String BILLS = "You cannot use this action because you have bills outstanding.";

  @Override
  protected String world() {
    return ConnectWorld.JSON;
  }

  private Call connect(Dialect dialect, String id) {
    return connect(sdk, dialect, id);
  }

  private Call connect(Sdk as, Dialect dialect, String id) {
    return Call.onInterface(as, dialect, "ConnectRouterInterface", id);
  }

  private String notInitiatingSide(Dialect d) {
    return d == Dialect.ECS
        ? "The spedified RouterInterface is not InitiatingSide"
        : "The specified RouterInterface is not InitiatingSide.";
  }

  private String incorrectStatusCode(Dialect d) {
    return d == Dialect.ECS ? "IncorrectStatus" : "IncorrectRIStatus";
  }

  private String onlyWhenIdle(Dialect d) {
    return d == Dialect.ECS
        ? "RouterInterface can be operated by this action only when it\u2019s status is Idle."
        : "RouterInterface can be operated by this action only when it's status is Idle.";
  }

  private String notSet(Dialect d) {
    return d == Dialect.ECS
        ? "OppositeInterfaceId/OppositeRouterId/OppositeRouterType/OppositeRouterOwnerId must be all set."
        : "OppositeInterfaceId/OppositeRouterId/OppositeRouterType/OppositeInterfaceOwnerId must be all set.";
  }

  private String sameRouter(Dialect d) {
    return d == Dialect.ECS ? OPPOSITE_WRONG : "Cannot connect on the same router";
  }

  private String status(String id) {
    RouterInterface ri = server.mock().routerInterface(id).orElseThrow();
    return ri.text(RouterInterfaceField.Status);
  }

  // ---- 2. Missing required parameters ----

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectWithoutRouterInterfaceIdIsRefusedWithMissingRouterInterfaceId(Dialect d) throws ClientException {
    connect(d, null).refused("MissingRouterInterfaceId", 400, "RouterInterfaceId is mandatory for this action.");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectWithoutRegionIdIsRefusedWithMissingRegionId(Dialect d) throws ClientException {
    connect(d, "ri-ready").region("").refused("MissingRegionId", 400, "RegionId is mandatory for this action.");
  }

  // ---- 3. InvalidRegionId.NotFound ----

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectInAnUnknownRegionIsRefusedWithInvalidRegionIdNotFound(Dialect d) throws ClientException {
    connect(d, "ri-ready").region("cn-nowhere").refused("InvalidRegionId.NotFound", 404, REGION_NOT_FOUND);
  }

  // ---- 4. InvalidRouterInterfaceId.NotFound ----

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectOfAnUnknownInterfaceIsRefusedWithInvalidRouterInterfaceIdNotFound(Dialect d) throws ClientException {
    connect(d, "ri-does-not-exist").refused("InvalidRouterInterfaceId.NotFound", 404, RI_NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectOfAnInterfaceInAnotherRegionIsRefusedWithInvalidRouterInterfaceIdNotFound(Dialect d)
      throws ClientException {
    connect(d, "ri-ready").region("cn-beijing").refused("InvalidRouterInterfaceId.NotFound", 404, RI_NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectOfAnotherAccountsInterfaceIsRefusedWithInvalidRouterInterfaceIdNotFound(Dialect d)
      throws ClientException {
    connect(d, "ri-peer-initiator").refused("InvalidRouterInterfaceId.NotFound", 404, RI_NOT_FOUND);
    assertThat(status("ri-peer-initiator")).isEqualTo("Idle");
  }

  // ---- 5. IncorrectRole.NotInitiatingSide ----

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectOfAnAcceptingSideIsRefusedWithNotInitiatingSide(Dialect d) throws ClientException {
    connect(d, "ri-lonely-acceptor").refused("IncorrectRole.NotInitiatingSide", 400, notInitiatingSide(d));
  }

  // ---- 6. IncorrectStatus / IncorrectRIStatus ----

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectOfAnActiveInterfaceIsRefusedWithTheDialectsIncorrectStatusCode(Dialect d) throws ClientException {
    connect(d, "ri-connected").refused(incorrectStatusCode(d), 400, onlyWhenIdle(d));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectOfAConnectingInterfaceIsRefusedWithTheDialectsIncorrectStatusCode(Dialect d) throws ClientException {
    connect(d, "ri-ready").succeeds();
    connect(d, "ri-ready").refused(incorrectStatusCode(d), 400, onlyWhenIdle(d));
  }

  // ---- 7. IncorrectOppositeInterfaceInfo.NotSet ----

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectWithNoOppositeInfoIsRefusedWithNotSetNamingTheDialectsOwnerParameter(Dialect d)
      throws ClientException {
    connect(d, "ri-unset").refused("IncorrectOppositeInterfaceInfo.NotSet", 400, notSet(d));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectWithoutOppositeOwnerIsRefusedWithNotSet(Dialect d) throws ClientException {
    connect(d, "ri-unset-owner").refused("IncorrectOppositeInterfaceInfo.NotSet", 400, notSet(d));
  }

  // ---- 8. IncorrectOppositeInterfaceInfo ----

  /** Each kind of mismatch, named by the interface whose opposite information has it, in each dialect. */
  static Stream<Arguments> mismatches() {
    List<String> ids =
        List.of(
            "ri-to-missing", // the opposite interface does not exist
            "ri-wrong-router-id", // OppositeRouterId is not the opposite's router
            "ri-wrong-router-type", // OppositeRouterType is not the opposite's router type
            "ri-wrong-owner", // OppositeInterfaceOwnerId is not the opposite's owner
            "ri-wrong-region", // OppositeRegionId is not the opposite's region
            "ri-to-initiator"); // the opposite is not an AcceptingSide
    return Stream.of(Dialect.values()).flatMap(d -> ids.stream().map(id -> Arguments.of(d, id)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("mismatches")
  void connectWithMismatchedOppositeInfoIsRefusedWithIncorrectOppositeInterfaceInfo(Dialect d, String id)
      throws ClientException {
    connect(d, id).refused("IncorrectOppositeInterfaceInfo", 400, OPPOSITE_WRONG);
    assertThat(status(id)).isEqualTo("Idle");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectToItselfIsRefusedWithIncorrectOppositeInterfaceInfo(Dialect d) throws ClientException {
    connect(d, "ri-self").refused("IncorrectOppositeInterfaceInfo", 400, sameRouter(d));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectToAnInterfaceOnTheSameRouterIsRefusedWithIncorrectOppositeInterfaceInfo(Dialect d)
      throws ClientException {
    connect(d, "ri-same-router").refused("IncorrectOppositeInterfaceInfo", 400, sameRouter(d));
  }

  // ---- 9. CROSS_BID.FORBIDDEN (VPC dialect only) ----

  @Test
  void connectToAnAccountOnAnotherSiteIsRefusedWithCrossBidForbiddenInTheVpcDialect() throws ClientException {
    connect(Dialect.VPC, "ri-cross-bid")
        .refused("CROSS_BID.FORBIDDEN", 404, "Connect RouterInterface across bid is illegal");
    assertThat(status("ri-cross-bid")).isEqualTo("Idle");
  }

  @Test
  void connectToAnAccountOnAnotherSiteSucceedsInTheEcsDialect() throws ClientException {
    connect(Dialect.ECS, "ri-cross-bid").succeeds();
    assertThat(status("ri-cross-bid")).isEqualTo("Connecting");
    assertThat(status("ri-intl-acceptor")).isEqualTo("AcceptingConnect");
  }

  // ---- 10. RejectedByOppositeInterface ----

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectToAnOppositeThatNamesAnotherInterfaceIsRefusedWithRejectedByOppositeInterface(Dialect d)
      throws ClientException {
    connect(d, "ri-rejected").refused("RejectedByOppositeInterface", 403, REJECTED);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectToAnOppositeWithoutOppositeInfoIsRefusedWithRejectedByOppositeInterface(Dialect d)
      throws ClientException {
    connect(d, "ri-rejected-unset").refused("RejectedByOppositeInterface", 403, REJECTED);
  }

  // ---- 11. Forbidden.OnlyOneConnection ----

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aSecondPairBetweenConnectedRoutersIsRefusedWithOnlyOneConnection(Dialect d) throws ClientException {
    connect(d, "ri-second").refused("Forbidden.OnlyOneConnection", 400, ALREADY_CONNECTED);
    assertThat(status("ri-second")).isEqualTo("Idle");
    assertThat(status("ri-second-acceptor")).isEqualTo("Idle");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aSecondPairInTheOtherDirectionBetweenConnectedRoutersIsRefusedWithOnlyOneConnection(Dialect d)
      throws ClientException {
    connect(d, "ri-reverse").region("cn-beijing").refused("Forbidden.OnlyOneConnection", 400, ALREADY_CONNECTED);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aSecondPairBetweenRoutersStillConnectingIsRefusedWithOnlyOneConnectionConcurrently(Dialect d)
      throws ClientException {
    connect(d, "ri-first-of-two").succeeds();
    connect(d, "ri-second-of-two").refused("Forbidden.OnlyOneConnection", 400, CONNECTING_CONCURRENTLY);
    assertThat(status("ri-second-of-two")).isEqualTo("Idle");
  }

  // ---- 12. Forbidden.BillsOutstanding ----

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectByAnAccountWithBillsOutstandingIsRefusedWithBillsOutstanding(Dialect d) throws ClientException {
    Sdk arrears = new Sdk(server, ConnectWorld.ARREARS_KEY, ConnectWorld.ARREARS_SECRET);
    try {
      connect(arrears, d, "ri-arrears").refused("Forbidden.BillsOutstanding", 400, BILLS);
      assertThat(status("ri-arrears")).isEqualTo("Idle");
    } finally {
      arrears.client().shutdown();
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectByAnAccountWithAFinanciallyLockedInterfaceIsRefusedWithBillsOutstanding(Dialect d)
      throws ClientException {
    Sdk locked = new Sdk(server, ConnectWorld.LOCKED_KEY, ConnectWorld.LOCKED_SECRET);
    try {
      connect(locked, d, "ri-locked-owner").refused("Forbidden.BillsOutstanding", 400, BILLS);
      assertThat(status("ri-locked-owner")).isEqualTo("Idle");
    } finally {
      locked.client().shutdown();
    }
  }
}

package dev.aliyunmock.sdk;

import com.aliyuncs.exceptions.ClientException;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SdkTestCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docs/reference/router-interfaces.md: when two rules of ConnectRouterInterface fail, the earlier one answers. Each
 * test breaks two rules at once; the interfaces are those of {@link ConnectWorld}.
 */
class ConnectRouterInterfaceCheckOrderTest extends SdkTestCase {
  private Sdk arrears;

  @Override
  protected String world() {
    return ConnectWorld.JSON;
  }

  @BeforeAll
  void otherAccounts() {
    arrears = sdkAs(ConnectWorld.ARREARS_KEY, ConnectWorld.ARREARS_SECRET);
  }

  private Call connect(Sdk as, Dialect d, String id) {
    return Call.onInterface(as, d, "ConnectRouterInterface", id);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aMissingRouterInterfaceIdIsReportedBeforeAnUnknownRegion(Dialect d) throws ClientException {
    connect(sdk, d, null)
        .region("cn-nowhere")
        .refused("MissingRouterInterfaceId", 400, "RouterInterfaceId is mandatory for this action.");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anUnknownRegionIsReportedBeforeAnUnknownInterface(Dialect d) throws ClientException {
    connect(sdk, d, "ri-does-not-exist")
        .region("cn-nowhere")
        .refused("InvalidRegionId.NotFound", 404, ConnectRouterInterfaceErrorsTest.REGION_NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anAcceptingSideIsReportedBeforeItsActiveStatus(Dialect d) throws ClientException {
    connect(sdk, d, "ri-connected-acceptor")
        .region("cn-beijing")
        .refused(
            "IncorrectRole.NotInitiatingSide",
            400,
            d == Dialect.ECS
                ? "The spedified RouterInterface is not InitiatingSide"
                : "The specified RouterInterface is not InitiatingSide.");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aStatusOtherThanIdleIsReportedBeforeMissingOppositeInfo(Dialect d) throws ClientException {
    connect(sdk, d, "ri-inactive-unset")
        .refused(
            d == Dialect.ECS ? "IncorrectStatus" : "IncorrectRIStatus",
            400,
            d == Dialect.ECS
                ? "RouterInterface can be operated by this action only when it\u2019s status is Idle."
                : "RouterInterface can be operated by this action only when it's status is Idle.");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void missingOppositeInfoIsReportedBeforeBillsOutstanding(Dialect d) throws ClientException {
    connect(arrears, d, "ri-arrears-unset")
        .refused(
            "IncorrectOppositeInterfaceInfo.NotSet",
            400,
            d == Dialect.ECS
                ? "OppositeInterfaceId/OppositeRouterId/OppositeRouterType/OppositeRouterOwnerId must be all set."
                : "OppositeInterfaceId/OppositeRouterId/OppositeRouterType/OppositeInterfaceOwnerId must be all set.");
  }

  @Test
  void mismatchedOppositeInfoIsReportedBeforeCrossBid() throws ClientException {
    connect(sdk, Dialect.VPC, "ri-cross-bid-mismatched")
        .refused("IncorrectOppositeInterfaceInfo", 400, ConnectRouterInterfaceErrorsTest.OPPOSITE_WRONG);
  }

  @Test
  void crossBidIsReportedBeforeRejectionByTheOppositeInTheVpcDialect() throws ClientException {
    connect(sdk, Dialect.VPC, "ri-cross-bid-rejected")
        .refused("CROSS_BID.FORBIDDEN", 404, "Connect RouterInterface across bid is illegal");
  }

  @Test
  void rejectionByTheOppositeAnswersACrossBidConnectInTheEcsDialect() throws ClientException {
    connect(sdk, Dialect.ECS, "ri-cross-bid-rejected")
        .refused("RejectedByOppositeInterface", 403, ConnectRouterInterfaceErrorsTest.REJECTED);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void rejectionByTheOppositeIsReportedBeforeBillsOutstanding(Dialect d) throws ClientException {
    connect(arrears, d, "ri-arrears-rejected")
        .refused("RejectedByOppositeInterface", 403, ConnectRouterInterfaceErrorsTest.REJECTED);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void onlyOneConnectionIsReportedBeforeBillsOutstanding(Dialect d) throws ClientException {
    connect(arrears, d, "ri-arrears-second")
        .refused("Forbidden.OnlyOneConnection", 400, ConnectRouterInterfaceErrorsTest.ALREADY_CONNECTED);
  }
}

package dev.aliyunmock.sdk;

import static dev.aliyunmock.sdk.Vpc.describeOne;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse.RouterInterfaceType;
import com.aliyuncs.vpc.model.v20160428.ModifyRouterInterfaceAttributeRequest;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SdkTestCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ModifyRouterInterfaceAttribute through the official SDK: what may change when, each refusal
 * with its code, status and message per dialect, and that a refused request changes nothing.
 */
class ModifyRouterInterfaceAttributeTest extends SdkTestCase {
  static final String WORLD =
      """
      {
        "Regions": ["cn-hangzhou", "cn-beijing"],
        "Accounts": [
          {"OwnerId": "1000000000000001", "AccessKeyId": "testAccessKeyId", "AccessKeySecret": "testAccessKeySecret"},
          {"OwnerId": "1000000000000002", "AccessKeyId": "peerAccessKeyId", "AccessKeySecret": "peerAccessKeySecret"}
        ],
        "Routers": [
          {"RouterId": "vrt-hz", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-bj", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-peer", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000002"}
        ],
        "RouterInterfaces": [
          {"RouterInterfaceId": "ri-idle", "RouterId": "vrt-hz", "Role": "InitiatingSide", "Spec": "Large.1",
           "Name": "before", "Description": "Before the change"},
          {"RouterInterfaceId": "ri-active", "RouterId": "vrt-hz", "Role": "InitiatingSide", "Spec": "Large.1",
           "Status": "Active", "Name": "active", "Description": "Connected",
           "OppositeInterfaceId": "ri-active-peer", "OppositeRouterId": "vrt-bj", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-beijing"},
          {"RouterInterfaceId": "ri-active-peer", "RouterId": "vrt-bj", "Role": "AcceptingSide", "Status": "Active",
           "OppositeInterfaceId": "ri-active", "OppositeRouterId": "vrt-hz", "OppositeRouterType": "VRouter",
           "OppositeInterfaceOwnerId": "1000000000000001", "OppositeRegionId": "cn-hangzhou"},
          {"RouterInterfaceId": "ri-locked", "RouterId": "vrt-hz", "Role": "InitiatingSide",
           "BusinessStatus": "FinancialLocked", "Name": "locked"},
          {"RouterInterfaceId": "ri-health-checked", "RouterId": "vrt-hz", "Role": "InitiatingSide",
           "HealthCheckSourceIp": "10.0.0.1", "HealthCheckTargetIp": "10.0.0.2"},
          {"RouterInterfaceId": "ri-peers", "RouterId": "vrt-peer", "Role": "InitiatingSide", "Name": "peers"}
        ]
      }
      """;

  @Override
  protected String world() {
    return WORLD;
  }

  /**
   * ModifyRouterInterfaceAttribute in a dialect with parameters given as name, value, … : the VPC
   * request class's typed setters, or a CommonRequest.
   */
  private Call modify(Dialect d, String id, String... params) {
    if (d == Dialect.ECS) {
      CommonRequest r = sdk.ecs("ModifyRouterInterfaceAttribute");
      if (id != null) {
        r.putQueryParameter("RouterInterfaceId", id);
      }
      for (int i = 0; i < params.length; i += 2) {
        r.putQueryParameter(params[i], params[i + 1]);
      }
      return Call.of(sdk, r);
    }
    ModifyRouterInterfaceAttributeRequest r = new ModifyRouterInterfaceAttributeRequest();
    r.setRouterInterfaceId(id);
    for (int i = 0; i < params.length; i += 2) {
      String v = params[i + 1];
      switch (params[i]) {
        case "Name" -> r.setName(v);
        case "Description" -> r.setDescription(v);
        case "OppositeInterfaceId" -> r.setOppositeInterfaceId(v);
        case "OppositeRouterId" -> r.setOppositeRouterId(v);
        case "OppositeRouterType" -> r.setOppositeRouterType(v);
        case "OppositeInterfaceOwnerId" -> r.setOppositeInterfaceOwnerId(Long.valueOf(v));
        case "HealthCheckSourceIp" -> r.setHealthCheckSourceIp(v);
        case "HealthCheckTargetIp" -> r.setHealthCheckTargetIp(v);
        case "HcRate" -> r.setHcRate(Integer.valueOf(v));
        case "HcThreshold" -> r.setHcThreshold(Integer.valueOf(v));
        case "DeleteHealthCheckIp" -> r.setDeleteHealthCheckIp(Boolean.valueOf(v));
        default -> throw new IllegalArgumentException(params[i]);
      }
    }
    return Call.of(sdk, r);
  }

  private RouterInterfaceType hz(String id) throws ClientException {
    return describeOne(sdk, "cn-hangzhou", id);
  }

  // ---- what may change, and when ----

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void nameAndDescriptionChangeOnAnIdleInterface(Dialect d) throws ClientException {
    modify(d, "ri-idle", "Name", "after", "Description", "After the change").succeeds();
    RouterInterfaceType ri = hz("ri-idle");
    assertThat(ri.getName()).isEqualTo("after");
    assertThat(ri.getDescription()).isEqualTo("After the change");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void nameAndDescriptionChangeOnAnActiveInterface(Dialect d) throws ClientException {
    modify(d, "ri-active", "Name", "renamed", "Description", "Still connected").succeeds();
    RouterInterfaceType ri = hz("ri-active");
    assertThat(ri.getName()).isEqualTo("renamed");
    assertThat(ri.getDescription()).isEqualTo("Still connected");
    assertThat(ri.getStatus()).isEqualTo("Active");
  }

  @Test
  void healthCheckFieldsChangeOnAnActiveInterface() throws ClientException {
    modify(
            Dialect.VPC,
            "ri-active",
            "HealthCheckSourceIp", "192.168.0.1",
            "HealthCheckTargetIp", "192.168.0.2",
            "HcRate", "3000",
            "HcThreshold", "6")
        .succeeds();
    RouterInterfaceType ri = hz("ri-active");
    assertThat(ri.getHealthCheckSourceIp()).isEqualTo("192.168.0.1");
    assertThat(ri.getHealthCheckTargetIp()).isEqualTo("192.168.0.2");
    assertThat(ri.getHcRate()).isEqualTo(3000);
    assertThat(ri.getHcThreshold()).isEqualTo(6);
  }

  @Test
  void healthCheckAddressesChangeInTheEcsDialect() throws ClientException {
    modify(Dialect.ECS, "ri-active", "HealthCheckSourceIp", "192.168.0.1", "HealthCheckTargetIp", "192.168.0.2")
        .succeeds();
    RouterInterfaceType ri = hz("ri-active");
    assertThat(ri.getHealthCheckSourceIp()).isEqualTo("192.168.0.1");
    assertThat(ri.getHealthCheckTargetIp()).isEqualTo("192.168.0.2");
  }

  @Test
  void aSourceAloneChangesWhenATargetIsAlreadySet() throws ClientException {
    modify(Dialect.VPC, "ri-health-checked", "HealthCheckSourceIp", "10.0.0.9").succeeds();
    assertThat(hz("ri-health-checked").getHealthCheckSourceIp()).isEqualTo("10.0.0.9");
  }

  @Test
  void deleteHealthCheckIpRemovesBothAddresses() throws ClientException {
    modify(Dialect.VPC, "ri-health-checked", "DeleteHealthCheckIp", "true").succeeds();
    RouterInterfaceType ri = hz("ri-health-checked");
    assertThat(ri.getHealthCheckSourceIp()).isEmpty();
    assertThat(ri.getHealthCheckTargetIp()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void oppositeFieldsChangeWhileIdle(Dialect d) throws ClientException {
    modify(
            d,
            "ri-idle",
            "OppositeInterfaceId", "ri-new-opposite",
            "OppositeRouterId", "vrt-new",
            "OppositeRouterType", "VBR",
            "OppositeInterfaceOwnerId", "1000000000000002")
        .succeeds();
    RouterInterfaceType ri = hz("ri-idle");
    assertThat(ri.getOppositeInterfaceId()).isEqualTo("ri-new-opposite");
    assertThat(ri.getOppositeRouterId()).isEqualTo("vrt-new");
    assertThat(ri.getOppositeRouterType()).isEqualTo("VBR");
    assertThat(ri.getOppositeInterfaceOwnerId()).isEqualTo("1000000000000002");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void oppositeFieldsOfAnActiveInterfaceAreRefusedWithTheDialectsIncorrectStatusCode(Dialect d)
      throws ClientException {
    modify(d, "ri-active", "OppositeInterfaceId", "ri-elsewhere")
        .refused(
            d == Dialect.ECS ? "IncorrectStatus" : "IncorrectRIStatus",
            400,
            d == Dialect.ECS
                ? "RouterInterface can be operated by this action only when it\u2019s status is Idle."
                : "RouterInterface can be operated by this action only when it's status is Idle.");
  }

  // ---- refusals ----

  @ParameterizedTest
  @ValueSource(strings = {"1digit-first", "a", "has space", "http://x", "-dash-first"})
  void aMalformedNameIsRefusedWithInvalidNameMalformdInTheEcsDialect(String name) throws ClientException {
    modify(Dialect.ECS, "ri-idle", "Name", name).refused("InvalidName.Malformd", 400, "The attribute name is illeagl.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1digit-first", "a", "has space", "http://x", "-dash-first"})
  void aMalformedNameIsRefusedWithInvalidNameMalformdInTheVpcDialectToo(String name) throws ClientException {
    modify(Dialect.VPC, "ri-idle", "Name", name).refused("InvalidName.Malformd", 400, "The attribute name is illeagl.");
  }

  @Test
  void aNameOf129CharactersIsRefused() throws ClientException {
    modify(Dialect.VPC, "ri-idle", "Name", "n".repeat(129)).refused("InvalidName.Malformd", 400, "The attribute name is illeagl.");
  }

  @Test
  void aNameOf128CharactersIsAccepted() throws ClientException {
    modify(Dialect.VPC, "ri-idle", "Name", "n".repeat(128)).succeeds();
    assertThat(hz("ri-idle").getName()).hasSize(128);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.com/about", "https://example.com/about", "1 starts with a digit", "x"})
  void aMalformedDescriptionIsRefusedWithInvalidDescriptionMalformedInTheEcsDialect(String description)
      throws ClientException {
    modify(Dialect.ECS, "ri-idle", "Description", description)
        .refused("InvalidDescription.Malformed", 400, "The Description is illeagl.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.com/about", "https://example.com/about", "1 starts with a digit", "x"})
  void aMalformedDescriptionIsRefusedWithInvalidDescriptionMalformedInTheVpcDialect(String description)
      throws ClientException {
    modify(Dialect.VPC, "ri-idle", "Description", description)
        .refused("InvalidDescription.Malformed", 400, "The Description is illeagl.");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anUnknownOppositeRouterTypeIsRefusedWithInvalidOppositeRouterTypeValueNotSupported(Dialect d)
      throws ClientException {
    modify(d, "ri-idle", "OppositeRouterType", "Router")
        .refused("InvalidOppositeRouterType.ValueNotSupported", 400, "The specified OppositeRouterType is not valid.");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aFinanciallyLockedInterfaceIsRefusedWithForbiddenFinancileLocked(Dialect d) throws ClientException {
    modify(d, "ri-locked", "Name", "unlocked")
        .refused(
            "Forbidden.FinancileLocked", 400, "This RouterInterface is financiel locked because of bills outstanding.");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aMalformedHealthCheckAddressIsRefusedWithInvalidHealthCheckIpMalformd(Dialect d) throws ClientException {
    modify(d, "ri-idle", "HealthCheckSourceIp", "10.0.0.256", "HealthCheckTargetIp", "10.0.0.2")
        .refused("InvalidHealthCheckIP.Malformd", 400, "Healthcheck sourceip or targetip is not valid.");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aHealthCheckSourceWithoutATargetIsRefused(Dialect d) throws ClientException {
    modify(d, "ri-idle", "HealthCheckSourceIp", "10.0.0.1")
        .refused("InvalidParam.ModifyRouterInterface", 400, "Modify routerinterface health check source ip invalid");
  }

  @Test
  void healthCheckAddressesTogetherWithDeleteHealthCheckIpAreRefused() throws ClientException {
    modify(Dialect.VPC, "ri-health-checked", "HealthCheckTargetIp", "10.0.0.3", "DeleteHealthCheckIp", "true")
        .refused(
            "InvalidParam.ModifyRouterInterface", 400, "healthCheck Ip is conflicted with DeleteHealthCheckIp option");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1"})
  void aHcRateThatIsNotPositiveIsRefusedWithIllegalParamHcRate(String value) throws ClientException {
    modify(Dialect.VPC, "ri-idle", "HcRate", value).refused("IllegalParam.HcRate", 400, "The specified HcRate is not valid.");
  }

  @Test
  void aHcThresholdThatIsNotPositiveIsRefusedWithIllegalParamHcThreshold() throws ClientException {
    modify(Dialect.VPC, "ri-idle", "HcThreshold", "0")
        .refused("IllegalParam.HcThreshold", 400, "The specified HcThreshold is not valid.");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anUnknownInterfaceIsRefusedWithInvalidRouterInterfaceIdNotFound(Dialect d) throws ClientException {
    modify(d, "ri-nowhere", "Name", "ghost")
        .refused("InvalidRouterInterfaceId.NotFound", 404, "The specified RouterInterfaceId does not exist in our record.");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anotherAccountsInterfaceIsRefusedWithInvalidRouterInterfaceIdNotFound(Dialect d) throws ClientException {
    modify(d, "ri-peers", "Name", "stolen")
        .refused("InvalidRouterInterfaceId.NotFound", 404, "The specified RouterInterfaceId does not exist in our record.");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anUnknownRegionIsRefusedWithInvalidRegionIdNotFound(Dialect d) throws ClientException {
    modify(d, "ri-idle", "Name", "elsewhere")
        .region("cn-nowhere")
        .refused("InvalidRegionId.NotFound", 404, "The specified RegionId does not exist in our record.");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aRequestWithoutRouterInterfaceIdIsRefusedWithMissingRouterInterfaceId(Dialect d) throws ClientException {
    modify(d, null, "Name", "nobody")
        .refused("MissingRouterInterfaceId", 400, "RouterInterfaceId is mandatory for this action.");
  }

  // ---- a refusal changes nothing ----

  @Test
  void aRefusedDescriptionLeavesTheValidNameOfTheSameRequestUnapplied() throws ClientException {
    String before = server.mock().stateJson();
    modify(Dialect.VPC, "ri-idle", "Name", "valid-name", "Description", "http://bad")
        .refused("InvalidDescription.Malformed", 400, "The Description is illeagl.");
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  @Test
  void refusedOppositeFieldsLeaveTheNameOfTheSameRequestUnapplied() throws ClientException {
    String before = server.mock().stateJson();
    modify(Dialect.VPC, "ri-active", "Name", "valid-name", "OppositeRouterId", "vrt-other")
        .refused(
            "IncorrectRIStatus", 400, "RouterInterface can be operated by this action only when it's status is Idle.");
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  @Test
  void aRefusedHealthCheckLeavesTheRestOfTheRequestUnapplied() throws ClientException {
    String before = server.mock().stateJson();
    modify(
            Dialect.VPC,
            "ri-idle",
            "Name", "valid-name",
            "OppositeInterfaceId", "ri-new",
            "HealthCheckSourceIp", "10.0.0.1",
            "HealthCheckTargetIp", "10.0.0.2",
            "HcRate", "0")
        .refused("IllegalParam.HcRate", 400, "The specified HcRate is not valid.");
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }
}

package dev.aliyunmock.sdk;

import static dev.aliyunmock.sdk.Vpc.describe;
import static dev.aliyunmock.sdk.Vpc.describeOne;
import static dev.aliyunmock.sdk.Vpc.filter;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CreateRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.CreateRouterInterfaceResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse.RouterInterfaceType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SdkTestCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CreateRouterInterface through the VPC SDK: what it creates and every documented refusal. */
class CreateRouterInterfaceTest extends SdkTestCase {
  static final String SPEC_NOT_SUPPORTED = "The specified Spec is not supported.";
  static final String ROUTER_NOT_FOUND = "The specified RouterId does not exist in our record.";

  @Override
  protected String world() {
    return LifecycleWorld.JSON;
  }

  /** A valid initiator on vrt-hz towards cn-beijing; tests change what they are about. */
  private CreateRouterInterfaceRequest initiator() {
    CreateRouterInterfaceRequest r = new CreateRouterInterfaceRequest();
    r.setRouterId("vrt-hz");
    r.setRouterType("VRouter");
    r.setRole("InitiatingSide");
    r.setSpec("Large.1");
    r.setOppositeRegionId("cn-beijing");
    return r;
  }

  private CreateRouterInterfaceRequest acceptor() {
    CreateRouterInterfaceRequest r = initiator();
    r.setRole("AcceptingSide");
    r.setSpec("Negative");
    return r;
  }

  @Test
  void anInitiatorIsCreatedIdleWithItsSpecAndBandwidth() throws ClientException {
    CreateRouterInterfaceRequest r = initiator();
    r.setName("to-beijing");
    r.setDescription("Created by a test");
    r.setOppositeRouterType("VRouter");
    r.setOppositeRouterId("vrt-bj");
    r.setOppositeInterfaceOwnerId(LifecycleWorld.A);
    CreateRouterInterfaceResponse created = sdk.call(r);
    assertThat(created.getRequestId()).matches(Call.REQUEST_ID);
    assertThat(created.getOrderId()).isPositive();
    RouterInterfaceType ri = describeOne(sdk, "cn-hangzhou", created.getRouterInterfaceId());
    assertThat(ri.getStatus()).isEqualTo("Idle");
    assertThat(ri.getBusinessStatus()).isEqualTo("Normal");
    assertThat(ri.getRole()).isEqualTo("InitiatingSide");
    assertThat(ri.getRouterId()).isEqualTo("vrt-hz");
    assertThat(ri.getRouterType()).isEqualTo("VRouter");
    assertThat(ri.getSpec()).isEqualTo("Large.1");
    assertThat(ri.getBandwidth()).isEqualTo(1000);
    assertThat(ri.getName()).isEqualTo("to-beijing");
    assertThat(ri.getDescription()).isEqualTo("Created by a test");
    assertThat(ri.getOppositeRegionId()).isEqualTo("cn-beijing");
    assertThat(ri.getOppositeRouterId()).isEqualTo("vrt-bj");
    assertThat(ri.getOppositeRouterType()).isEqualTo("VRouter");
    assertThat(ri.getOppositeInterfaceOwnerId()).isEqualTo(LifecycleWorld.A);
    assertThat(ri.getCreationTime()).matches(ConnectRouterInterfaceTest.API_TIME);
  }

  @Test
  void anAcceptorIsCreatedWithTheNegativeSpec() throws ClientException {
    CreateRouterInterfaceResponse created = sdk.call(acceptor());
    RouterInterfaceType ri = describeOne(sdk, "cn-hangzhou", created.getRouterInterfaceId());
    assertThat(ri.getRole()).isEqualTo("AcceptingSide");
    assertThat(ri.getSpec()).isEqualTo("Negative");
  }

  @Test
  void aVbrInterfaceIsCreatedAsInitiator() throws ClientException {
    CreateRouterInterfaceRequest r = initiator();
    r.setRouterId("vbr-hz");
    r.setRouterType("VBR");
    CreateRouterInterfaceResponse created = sdk.call(r);
    assertThat(describeOne(sdk, "cn-hangzhou", created.getRouterInterfaceId()).getRouterType()).isEqualTo("VBR");
  }

  @Test
  void theEcsDialectCreatesWithACommonRequest() throws ClientException {
    CommonRequest r = sdk.ecs("CreateRouterInterface");
    r.putQueryParameter("RouterId", "vrt-hz");
    r.putQueryParameter("RouterType", "VRouter");
    r.putQueryParameter("Role", "InitiatingSide");
    r.putQueryParameter("Spec", "Small.2");
    r.putQueryParameter("OppositeRegionId", "cn-beijing");
    JsonNode body = Call.json(sdk.client().getCommonResponse(r).getData());
    assertThat(body.get("RouterInterfaceId").asText()).startsWith("ri-");
    assertThat(body.get("OrderId").asLong()).isPositive();
    assertThat(describeOne(sdk, "cn-hangzhou", body.get("RouterInterfaceId").asText()).getSpec()).isEqualTo("Small.2");
  }

  @Test
  void theSameClientTokenReturnsTheSameInterfaceAndCreatesOnlyOne() throws ClientException {
    CreateRouterInterfaceRequest first = initiator();
    first.setClientToken("token-123");
    CreateRouterInterfaceResponse a = sdk.call(first);
    CreateRouterInterfaceRequest again = initiator();
    again.setClientToken("token-123");
    CreateRouterInterfaceResponse b = sdk.call(again);
    assertThat(b.getRouterInterfaceId()).isEqualTo(a.getRouterInterfaceId());
    assertThat(b.getOrderId()).isEqualTo(a.getOrderId());
    assertThat(b.getRequestId()).isNotEqualTo(a.getRequestId());
    assertThat(describe(sdk, "cn-hangzhou", filter("RouterId", "vrt-hz")).getTotalCount()).isEqualTo(1);
  }

  @Test
  void differentClientTokensCreateDifferentInterfaces() throws ClientException {
    CreateRouterInterfaceRequest first = initiator();
    first.setClientToken("token-1");
    CreateRouterInterfaceRequest second = initiator();
    second.setClientToken("token-2");
    assertThat(sdk.call(first).getRouterInterfaceId()).isNotEqualTo(sdk.call(second).getRouterInterfaceId());
    assertThat(describe(sdk, "cn-hangzhou", filter("RouterId", "vrt-hz")).getTotalCount()).isEqualTo(2);
  }

  // ---- refusals ----

  @Test
  void anUnknownRoleIsRefusedWithInvalidRoleValueNotSupported() throws ClientException {
    CreateRouterInterfaceRequest r = initiator();
    r.setRole("BothSides");
    Call.of(sdk, r).refused("InvalidRole.ValueNotSupported", 400, "The specified Role is not supported.");
  }

  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource({
    "InitiatingSide, Huge.9",
    "InitiatingSide, Negative",
    "AcceptingSide, Large.1",
    "AcceptingSide, Mini.2"
  })
  void aSpecThatDoesNotFitTheRoleIsRefusedWithInvalidSpecValudNotSupported(String role, String spec)
      throws ClientException {
    CreateRouterInterfaceRequest r = initiator();
    r.setRole(role);
    r.setSpec(spec);
    Call.of(sdk, r).refused("InvalidSpec.ValudNotSupported", 400, SPEC_NOT_SUPPORTED);
  }

  @Test
  void aVbrAcceptorIsRefusedWithInvalidRoleValueNotSupported() throws ClientException {
    CreateRouterInterfaceRequest r = acceptor();
    r.setRouterId("vbr-hz");
    r.setRouterType("VBR");
    Call.of(sdk, r)
        .refused("InvalidRole.ValueNotSupported", 400, "A router interface of a VBR can only be InitiatingSide.");
  }

  @Test
  void aSixthInterfaceOnARouterIsRefusedWithQuotaExceeded() throws ClientException {
    CreateRouterInterfaceRequest r = initiator();
    r.setRouterId("vrt-full");
    Call.of(sdk, r)
        .refused(
            "QuotaExceeded.RouterInterface",
            400,
            "The number of router interfaces of the specified router exceeds the quota of 5.");
    assertThat(describe(sdk, "cn-hangzhou", filter("RouterId", "vrt-full")).getTotalCount()).isEqualTo(5);
  }

  @Test
  void theFifthInterfaceOnARouterIsAccepted() throws ClientException {
    for (int i = 0; i < 5; i++) {
      sdk.call(initiator());
    }
    assertThat(describe(sdk, "cn-hangzhou", filter("RouterId", "vrt-hz")).getTotalCount()).isEqualTo(5);
  }

  @Test
  void anAccountWithBillsOutstandingIsRefusedWithForbiddenBillsOutstanding() throws ClientException {
    Sdk arrears = new Sdk(server, LifecycleWorld.ARREARS_KEY, LifecycleWorld.ARREARS_SECRET);
    try {
      CreateRouterInterfaceRequest r = initiator();
      r.setRouterId("vrt-arrears");
      Call.of(arrears, r)
          .refused("Forbidden.BillsOutstanding", 400, "You cannot use this action because you have bills outstanding.");
    } finally {
      arrears.client().shutdown();
    }
  }

  @Test
  void anUnknownRouterIsRefusedWithInvalidRouterIdNotFound() throws ClientException {
    CreateRouterInterfaceRequest r = initiator();
    r.setRouterId("vrt-nowhere");
    Call.of(sdk, r).refused("InvalidRouterId.NotFound", 404, ROUTER_NOT_FOUND);
  }

  @Test
  void anotherAccountsRouterIsRefusedWithInvalidRouterIdNotFound() throws ClientException {
    CreateRouterInterfaceRequest r = initiator();
    r.setRouterId("vrt-peer");
    Call.of(sdk, r).refused("InvalidRouterId.NotFound", 404, ROUTER_NOT_FOUND);
  }

  @Test
  void aRouterInAnotherRegionIsRefusedWithInvalidRouterIdNotFound() throws ClientException {
    CreateRouterInterfaceRequest r = initiator();
    r.setRouterId("vrt-bj");
    Call.of(sdk, r).refused("InvalidRouterId.NotFound", 404, ROUTER_NOT_FOUND);
  }

  @Test
  void anUnknownRegionIsRefusedWithInvalidRegionIdNotFound() throws ClientException {
    Call.of(sdk, initiator())
        .region("cn-nowhere")
        .refused("InvalidRegionId.NotFound", 404, "The specified RegionId does not exist in our record.");
  }

  @Test
  void aCreateWithoutRoleIsRefusedWithMissingRole() throws ClientException {
    CreateRouterInterfaceRequest r = new CreateRouterInterfaceRequest();
    r.setRouterId("vrt-hz");
    r.setRouterType("VRouter");
    r.setSpec("Large.1");
    r.setOppositeRegionId("cn-beijing");
    Call.of(sdk, r).refused("MissingRole", 400, "Role is mandatory for this action.");
  }

  @Test
  void aRefusedCreateAddsNothing() throws ClientException {
    String before = server.mock().stateJson();
    CreateRouterInterfaceRequest r = initiator();
    r.setSpec("Huge.9");
    r.setClientToken("token-refused");
    Call.of(sdk, r).refused("InvalidSpec.ValudNotSupported", 400, SPEC_NOT_SUPPORTED);
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }
}

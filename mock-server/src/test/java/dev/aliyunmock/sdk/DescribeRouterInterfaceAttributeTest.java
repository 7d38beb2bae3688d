package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfaceAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfaceAttributeResponse;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SdkTestCase;
import org.junit.jupiter.api.Test;

/** DescribeRouterInterfaceAttribute: a VPC-only action that takes InstanceId. */
class DescribeRouterInterfaceAttributeTest extends SdkTestCase {
  @Override
  protected String world() {
    return LifecycleWorld.JSON;
  }

  private DescribeRouterInterfaceAttributeRequest attributeOf(String id) {
    DescribeRouterInterfaceAttributeRequest r = new DescribeRouterInterfaceAttributeRequest();
    r.setInstanceId(id);
    return r;
  }

  @Test
  void theInterfaceIsDescribedFlatWithSuccessFields() throws ClientException {
    DescribeRouterInterfaceAttributeResponse r = sdk.call(attributeOf("ri-active"));
    assertThat(r.getRequestId()).matches(Call.REQUEST_ID);
    assertThat(r.getSuccess()).isTrue();
    assertThat(r.getCode()).isEqualTo("200");
    assertThat(r.getRouterInterfaceId()).isEqualTo("ri-active");
    assertThat(r.getRouterId()).isEqualTo("vrt-hz-busy");
    assertThat(r.getRole()).isEqualTo("InitiatingSide");
    assertThat(r.getStatus()).isEqualTo("Active");
    assertThat(r.getSpec()).isEqualTo("Large.1");
    assertThat(r.getBandwidth()).isEqualTo(1000);
    assertThat(r.getOppositeInterfaceId()).isEqualTo("ri-active-acceptor");
    assertThat(r.getOppositeInterfaceOwnerId()).isEqualTo(LifecycleWorld.A);
    assertThat(r.getConnectedTime()).isEqualTo("2024-01-02T03:04:05Z");
    assertThat(r.getGmtModified()).matches(ConnectRouterInterfaceTest.API_TIME);
    assertThat(r.getCrossBorder()).isFalse();
  }

  @Test
  void pollingTheAttributeShowsATransientStatusOnceThenTheFinalOne() throws ClientException {
    Call.onInterface(sdk, dev.aliyunmock.api.Dialect.VPC, "ConnectRouterInterface", "ri-ready").succeeds();
    assertThat(sdk.call(attributeOf("ri-ready")).getStatus()).isEqualTo("Connecting");
    assertThat(sdk.call(attributeOf("ri-ready")).getStatus()).isEqualTo("Active");
  }

  @Test
  void theEcsDialectHasNoSuchActionAndAnswersInvalidActionNotFound() throws ClientException {
    CommonRequest r = sdk.ecs("DescribeRouterInterfaceAttribute");
    r.putQueryParameter("InstanceId", "ri-active");
    Call.of(sdk, r)
        .refused("InvalidAction.NotFound", 404, "Specified api is not found, please check your url and method.");
  }

  @Test
  void anUnknownInstanceIsRefusedWithInvalidRouterInterfaceIdNotFound() throws ClientException {
    Call.of(sdk, attributeOf("ri-nowhere"))
        .refused("InvalidRouterInterfaceId.NotFound", 404, ConnectRouterInterfaceErrorsTest.RI_NOT_FOUND);
  }

  @Test
  void anotherAccountsInterfaceIsRefusedWithInvalidRouterInterfaceIdNotFound() throws ClientException {
    Call.of(sdk, attributeOf("ri-peer-locked-active"))
        .refused("InvalidRouterInterfaceId.NotFound", 404, ConnectRouterInterfaceErrorsTest.RI_NOT_FOUND);
  }

  @Test
  void aRouterInterfaceIdInsteadOfInstanceIdIsRefusedWithMissingInstanceId() throws ClientException {
    DescribeRouterInterfaceAttributeRequest r = new DescribeRouterInterfaceAttributeRequest();
    r.putQueryParameter("RouterInterfaceId", "ri-active");
    Call.of(sdk, r).refused("MissingInstanceId", 400, "InstanceId is mandatory for this action.");
  }
}

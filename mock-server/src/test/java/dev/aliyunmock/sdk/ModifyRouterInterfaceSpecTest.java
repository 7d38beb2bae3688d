package dev.aliyunmock.sdk;

import static dev.aliyunmock.sdk.Vpc.describeOne;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse.RouterInterfaceType;
import com.aliyuncs.vpc.model.v20160428.ModifyRouterInterfaceSpecRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyRouterInterfaceSpecResponse;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SdkTestCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ModifyRouterInterfaceSpec: the answered Spec, the new bandwidth, and the refusals. */
class ModifyRouterInterfaceSpecTest extends SdkTestCase {
  @Override
  protected String world() {
    return LifecycleWorld.JSON;
  }

  private Call modifySpec(Dialect d, String id, String spec) {
    return modifySpec(sdk, d, id, spec);
  }

  private Call modifySpec(Sdk as, Dialect d, String id, String spec) {
    if (d == Dialect.ECS) {
      CommonRequest r = as.ecs("ModifyRouterInterfaceSpec");
      r.putQueryParameter("RouterInterfaceId", id);
      r.putQueryParameter("Spec", spec);
      return Call.of(as, r);
    }
    ModifyRouterInterfaceSpecRequest r = new ModifyRouterInterfaceSpecRequest();
    r.setRouterInterfaceId(id);
    r.setSpec(spec);
    return Call.of(as, r);
  }

  private ModifyRouterInterfaceSpecResponse modifySpec(String id, String spec) throws ClientException {
    ModifyRouterInterfaceSpecRequest r = new ModifyRouterInterfaceSpecRequest();
    r.setRouterInterfaceId(id);
    r.setSpec(spec);
    return sdk.call(r);
  }

  @Test
  void theResponseCarriesTheNewSpec() throws ClientException {
    ModifyRouterInterfaceSpecResponse r = modifySpec("ri-idle", "Large.2");
    assertThat(r.getRequestId()).matches(Call.REQUEST_ID);
    assertThat(r.getSpec()).isEqualTo("Large.2");
  }

  @Test
  void theEcsDialectAnswersTheNewSpecToo() throws ClientException {
    CommonRequest r = sdk.ecs("ModifyRouterInterfaceSpec");
    r.putQueryParameter("RouterInterfaceId", "ri-idle");
    r.putQueryParameter("Spec", "Small.5");
    assertThat(Call.json(sdk.client().getCommonResponse(r).getData()).get("Spec").asText()).isEqualTo("Small.5");
  }

  @Test
  void anIdleInterfaceTakesTheNewSpecAndBandwidthAtOnce() throws ClientException {
    modifySpec("ri-idle", "Large.2");
    RouterInterfaceType ri = describeOne(sdk, "cn-hangzhou", "ri-idle");
    assertThat(ri.getStatus()).isEqualTo("Idle");
    assertThat(ri.getSpec()).isEqualTo("Large.2");
    assertThat(ri.getBandwidth()).isEqualTo(2000);
  }

  @Test
  void anActiveInterfaceGoesThroughActivatingBackToActive() throws ClientException {
    modifySpec("ri-active", "Xlarge.1");
    assertThat(describeOne(sdk, "cn-hangzhou", "ri-active").getStatus()).isEqualTo("Activating");
    RouterInterfaceType ri = describeOne(sdk, "cn-hangzhou", "ri-active");
    assertThat(ri.getStatus()).isEqualTo("Active");
    assertThat(ri.getSpec()).isEqualTo("Xlarge.1");
    assertThat(ri.getBandwidth()).isEqualTo(10000);
  }

  @Test
  void thePeerMirrorsTheNewSpec() throws ClientException {
    modifySpec("ri-active", "Small.1");
    describeOne(sdk, "cn-hangzhou", "ri-active");
    describeOne(sdk, "cn-hangzhou", "ri-active");
    RouterInterfaceType peer = describeOne(sdk, "cn-beijing", "ri-active-acceptor");
    assertThat(peer.getOppositeInterfaceSpec()).isEqualTo("Small.1");
    assertThat(peer.getOppositeBandwidth()).isEqualTo(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Huge.9", "Negative", "large.1"})
  void anUnsupportedSpecIsRefusedWithInvalidSpecValudNotSupported(String spec) throws ClientException {
    modifySpec(Dialect.VPC, "ri-idle", spec)
        .refused("InvalidSpec.ValudNotSupported", 400, CreateRouterInterfaceTest.SPEC_NOT_SUPPORTED);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anInterfaceInATransientStatusIsRefusedWithInvalidInstanceStatusError(Dialect d) throws ClientException {
    Call.onInterface(sdk, d, "ConnectRouterInterface", "ri-ready").succeeds();
    modifySpec(d, "ri-ready", "Large.2")
        .refused("InvalidInstance.StatusError", 400, DeleteRouterInterfaceTest.STATUS_ERROR);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aDeactivatingInterfaceIsRefusedWithInvalidInstanceStatusError(Dialect d) throws ClientException {
    Call.onInterface(sdk, d, "DeactivateRouterInterface", "ri-active").succeeds();
    modifySpec(d, "ri-active", "Large.2")
        .refused("InvalidInstance.StatusError", 400, DeleteRouterInterfaceTest.STATUS_ERROR);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anUnknownInterfaceIsRefusedWithInvalidRouterInterfaceIdNotFound(Dialect d) throws ClientException {
    modifySpec(d, "ri-nowhere", "Large.2")
        .refused("InvalidRouterInterfaceId.NotFound", 404, ConnectRouterInterfaceErrorsTest.RI_NOT_FOUND);
  }

  @Test
  void anAcceptingSideIsRefusedWithNotInitiatingSide() throws ClientException {
    modifySpec(Dialect.VPC, "ri-idle-acceptor", "Large.2")
        .refused("IncorrectRole.NotInitiatingSide", 400, "The specified RouterInterface is not InitiatingSide.");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aFinanciallyLockedInterfaceIsRefusedWithForbiddenFinancileLocked(Dialect d) throws ClientException {
    Sdk peer = new Sdk(server, Sdk.PEER_KEY, Sdk.PEER_SECRET);
    try {
      modifySpec(peer, d, "ri-peer-locked-active", "Large.2")
          .refused("Forbidden.FinancileLocked", 400, ActivateAndDeactivateRouterInterfaceTest.LOCKED);
    } finally {
      peer.client().shutdown();
    }
  }

  @Test
  void anAccountWithBillsOutstandingIsRefusedWithForbiddenBillsOutstanding() throws ClientException {
    Sdk arrears = new Sdk(server, LifecycleWorld.ARREARS_KEY, LifecycleWorld.ARREARS_SECRET);
    try {
      ModifyRouterInterfaceSpecRequest r = new ModifyRouterInterfaceSpecRequest();
      r.setRouterInterfaceId("ri-arrears");
      r.setSpec("Large.2");
      Call.of(arrears, r)
          .refused("Forbidden.BillsOutstanding", 400, "You cannot use this action because you have bills outstanding.");
    } finally {
      arrears.client().shutdown();
    }
  }

  @Test
  void aRefusedSpecChangesNothing() throws ClientException {
    String before = server.mock().stateJson();
    modifySpec(Dialect.VPC, "ri-idle", "Huge.9")
        .refused("InvalidSpec.ValudNotSupported", 400, CreateRouterInterfaceTest.SPEC_NOT_SUPPORTED);
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }
}

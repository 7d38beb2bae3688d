package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CreateRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyVpcAttributeRequest;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.support.SdkTestCase;
import org.junit.jupiter.api.Test;

/** ModifyVpcAttribute and DeleteVpc with the VPC SDK: the changes, the dependency refusals, and their order. */
class ModifyAndDeleteVpcTest extends SdkTestCase {
  static final String VPC_NOT_FOUND = "Specified VPC does not exist.";
  static final String INCORRECT_STATUS = "Current VPC status does not support this operation.";

  @Override
  protected String world() {
    return VpcWorld.JSON;
  }

  private static ModifyVpcAttributeRequest modify(String vpcId) {
    ModifyVpcAttributeRequest r = new ModifyVpcAttributeRequest();
    r.setVpcId(vpcId);
    return r;
  }

  private static DeleteVpcRequest delete(String vpcId) {
    DeleteVpcRequest r = new DeleteVpcRequest();
    r.setVpcId(vpcId);
    return r;
  }

  private void refusedAndNothingChanged(Call call, String code, int status, String message) throws ClientException {
    String before = server.mock().stateJson();
    call.refused(code, status, message);
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- ModifyVpcAttribute

  @Test
  void nameAndDescriptionChange() throws ClientException {
    ModifyVpcAttributeRequest r = modify("vpc-hz");
    r.setVpcName("renamed");
    r.setDescription("Changed by a test");
    sdk.call(r);
    var v = VpcCalls.vpc(sdk, "cn-hangzhou", "vpc-hz");
    assertThat(v.getVpcName()).isEqualTo("renamed");
    assertThat(v.getDescription()).isEqualTo("Changed by a test");
    assertThat(v.getCidrBlock()).isEqualTo("172.16.0.0/12");
  }

  @Test
  void aLargerBlockThatHoldsEveryVSwitchIsTaken() throws ClientException {
    ModifyVpcAttributeRequest r = modify("vpc-hz");
    r.setCidrBlock("172.16.0.0/16");
    sdk.call(r);
    assertThat(VpcCalls.vpc(sdk, "cn-hangzhou", "vpc-hz").getCidrBlock()).isEqualTo("172.16.0.0/16");
  }

  @Test
  void aBlockThatLeavesAVSwitchOutsideIsRefused() throws ClientException {
    ModifyVpcAttributeRequest r = modify("vpc-hz");
    r.setCidrBlock("172.17.0.0/16");
    refusedAndNothingChanged(Call.of(sdk, r), "InvalidCidrBlock.Malformed", 400, "Specified CIDR block is not valid.");
  }

  @Test
  void anUnknownVpcIsNotFound() throws ClientException {
    refusedAndNothingChanged(Call.of(sdk, modify("vpc-nowhere")), "InvalidVpcId.NotFound", 404, VPC_NOT_FOUND);
  }

  @Test
  void anotherAccountsVpcIsNotFound() throws ClientException {
    ModifyVpcAttributeRequest r = modify("vpc-peer");
    r.setVpcName("taken-over");
    refusedAndNothingChanged(Call.of(sdk, r), "InvalidVpcId.NotFound", 404, VPC_NOT_FOUND);
  }

  @Test
  void aPendingVpcCannotBeModified() throws ClientException {
    // Nothing has read it yet, so it is still Pending.
    ModifyVpcAttributeRequest r = modify("vpc-hz-pending");
    r.setVpcName("too-early");
    refusedAndNothingChanged(Call.of(sdk, r), "IncorrectVpcStatus", 400, INCORRECT_STATUS);
  }

  @Test
  void aMalformedNameIsRefused() throws ClientException {
    ModifyVpcAttributeRequest r = modify("vpc-hz");
    r.setVpcName("http://x");
    refusedAndNothingChanged(Call.of(sdk, r), "InvalidVpcName.Malformed", 400, "Specified VPC name is not valid.");
  }

  // ---------------------------------------------------------------- DeleteVpc

  @Test
  void anEmptyVpcIsDeletingThenGoneAndItsVRouterLeavesAtOnce() throws ClientException {
    sdk.call(delete("vpc-hz-empty"));
    CreateRouterInterfaceRequest onIt = new CreateRouterInterfaceRequest();
    onIt.setRouterId("vrt-hz-empty");
    onIt.setRouterType("VRouter");
    onIt.setRole("InitiatingSide");
    onIt.setSpec("Large.1");
    onIt.setOppositeRegionId("cn-beijing");
    Call.of(sdk, onIt).refused("InvalidRouterId.NotFound", 404, CreateRouterInterfaceTest.ROUTER_NOT_FOUND);
    VpcCalls.await(() -> {
      var v = VpcCalls.vpc(sdk, "cn-hangzhou", "vpc-hz-empty");
      return v == null ? null : v.getStatus();
    }, "Deleting", null);
  }

  @Test
  void aDeletingVpcCannotBeDeletedAgain() throws ClientException {
    server.mock().transitions().setDefaultMode(new TransitionMode.Manual());
    sdk.call(delete("vpc-hz-empty"));
    refusedAndNothingChanged(Call.of(sdk, delete("vpc-hz-empty")), "IncorrectVpcStatus", 400, INCORRECT_STATUS);
  }

  @Test
  void aVpcWithAVSwitchIsRefusedFirstForTheVSwitch() throws ClientException {
    refusedAndNothingChanged(
        Call.of(sdk, delete("vpc-hz")), "DependencyViolation.VSwitch", 400, "Specified object has dependent resources");
  }

  @Test
  void aVpcWithACustomRouteIsRefusedForTheRouteBeforeItsInterfaces() throws ClientException {
    refusedAndNothingChanged(Call.of(sdk, delete("vpc-hz-routed")), "Forbbiden", 400, "Active custom route in vpc.");
  }

  @Test
  void aVpcWithARouterInterfaceOnItsVRouterIsRefused() throws ClientException {
    refusedAndNothingChanged(
        Call.of(sdk, delete("vpc-hz-ri")),
        "DependencyViolation.RouterInterface",
        400,
        "Specified object has dependent resources RouterInterface.");
  }

  @Test
  void aPendingVpcCannotBeDeleted() throws ClientException {
    refusedAndNothingChanged(Call.of(sdk, delete("vpc-hz-pending")), "IncorrectVpcStatus", 400, INCORRECT_STATUS);
  }

  @Test
  void anUnknownVpcIsNotFoundAndAnotherRegionsToo() throws ClientException {
    refusedAndNothingChanged(Call.of(sdk, delete("vpc-nowhere")), "InvalidVpcId.NotFound", 404, VPC_NOT_FOUND);
    refusedAndNothingChanged(Call.of(sdk, delete("vpc-bj")), "InvalidVpcId.NotFound", 404, VPC_NOT_FOUND);
  }
}

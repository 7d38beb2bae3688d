package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.ecs.model.v20140526.CreateRouteEntryRequest;
import com.aliyuncs.ecs.model.v20140526.CreateRouteEntryResponse;
import com.aliyuncs.ecs.model.v20140526.CreateVSwitchRequest;
import com.aliyuncs.ecs.model.v20140526.CreateVpcRequest;
import com.aliyuncs.ecs.model.v20140526.CreateVpcResponse;
import com.aliyuncs.ecs.model.v20140526.DeleteRouteEntryRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteVSwitchRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteVpcRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeRegionsRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeRegionsResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeRouteTablesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeRouteTablesResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeVRoutersRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeVSwitchesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeVSwitchesResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeVpcsRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeVpcsResponse;
import com.aliyuncs.ecs.model.v20140526.ModifyVpcAttributeRequest;
import com.aliyuncs.exceptions.ClientException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SdkTestCase;
import org.junit.jupiter.api.Test;

/**
 * The VPC-side actions in the 2014-05-26 version, through the ECS SDK's own request classes
 * (aliyun-java-sdk-ecs): the same rules, each answer shaped as that SDK reads it, and the codes and
 * messages where that version's pages differ.
 */
class EcsVersionVpcActionsTest extends SdkTestCase {
  @Override
  protected String world() {
    return VpcWorld.JSON;
  }

  @Test
  void aVpcIsCreatedAndDescribedWithTheEcsFields() throws ClientException {
    CreateVpcRequest create = new CreateVpcRequest();
    create.setCidrBlock("192.168.0.0/16");
    create.setVpcName("ecs-made");
    create.setUserCidr("10.1.0.0/16");
    CreateVpcResponse created = sdk.call(create);
    assertThat(created.getVpcId()).startsWith("vpc-");
    assertThat(created.getVRouterId()).startsWith("vrt-");
    assertThat(created.getRouteTableId()).startsWith("vtb-");

    DescribeVpcsRequest describe = new DescribeVpcsRequest();
    describe.setVpcId(created.getVpcId());
    DescribeVpcsResponse page = sdk.call(describe);
    assertThat(page.getTotalCount()).isEqualTo(1);
    DescribeVpcsResponse.Vpc v = page.getVpcs().get(0);
    assertThat(v.getStatus()).isEqualTo("Pending");
    assertThat(v.getVpcName()).isEqualTo("ecs-made");
    assertThat(v.getCidrBlock()).isEqualTo("192.168.0.0/16");
    assertThat(v.getVRouterId()).isEqualTo(created.getVRouterId());
    assertThat(v.getUserCidrs()).containsExactly("10.1.0.0/16");
    assertThat(v.getIsDefault()).isFalse();
  }

  @Test
  void theEcsVersionAnswersCreateVpcWithoutResourceGroupAndDescribeVpcsWithItsElevenFields() throws ClientException {
    CommonRequest create = sdk.ecs("CreateVpc");
    create.putQueryParameter("CidrBlock", "10.0.0.0/8");
    JsonNode created = Call.json(sdk.client().getCommonResponse(create).getData());
    assertThat(created.has("ResourceGroupId")).isFalse();
    CommonRequest describe = sdk.ecs("DescribeVpcs");
    describe.putQueryParameter("VpcId", "vpc-hz");
    JsonNode vpc = Call.json(sdk.client().getCommonResponse(describe).getData()).path("Vpcs").path("Vpc").get(0);
    assertThat(vpc.has("OwnerId")).isFalse();
    assertThat(vpc.has("RouterTableIds")).isFalse();
    assertThat(vpc.path("VSwitchIds").path("VSwitchId").get(0).asText()).isEqualTo("vsw-hz-1");
  }

  @Test
  void modifyVpcAttributeTakesUserCidr() throws ClientException {
    ModifyVpcAttributeRequest r = new ModifyVpcAttributeRequest();
    r.setVpcId("vpc-hz");
    r.setUserCidr("192.168.0.0/16,10.0.0.0/8");
    sdk.call(r);
    DescribeVpcsRequest describe = new DescribeVpcsRequest();
    describe.setVpcId("vpc-hz");
    assertThat(sdk.call(describe).getVpcs().get(0).getUserCidrs()).containsExactly("192.168.0.0/16", "10.0.0.0/8");
  }

  @Test
  void vSwitchesAreCreatedDescribedAndDeleted() throws ClientException {
    CreateVSwitchRequest create = new CreateVSwitchRequest();
    create.setVpcId("vpc-hz");
    create.setZoneId("cn-hangzhou-g");
    create.setCidrBlock("172.16.8.0/22");
    String id = sdk.call(create).getVSwitchId();
    DescribeVSwitchesRequest describe = new DescribeVSwitchesRequest();
    describe.setVSwitchId(id);
    DescribeVSwitchesResponse.VSwitch v = sdk.call(describe).getVSwitches().get(0);
    assertThat(v.getStatus()).isEqualTo("Pending");
    assertThat(v.getZoneId()).isEqualTo("cn-hangzhou-g");
    assertThat(v.getAvailableIpAddressCount()).isEqualTo(1020L);
    assertThat(sdk.call(describe).getVSwitches().get(0).getStatus()).isEqualTo("Available");
    DeleteVSwitchRequest delete = new DeleteVSwitchRequest();
    delete.setVSwitchId(id);
    sdk.call(delete);
    assertThat(sdk.call(describe).getVSwitches().get(0).getStatus()).isEqualTo("Pending");
  }

  @Test
  void deletingAPendingVSwitchIsRefusedWithTheEcsPagesMessage() throws ClientException {
    CreateVSwitchRequest create = new CreateVSwitchRequest();
    create.setVpcId("vpc-hz");
    create.setZoneId("cn-hangzhou-g");
    create.setCidrBlock("172.16.8.0/22");
    String id = sdk.call(create).getVSwitchId();
    DeleteVSwitchRequest delete = new DeleteVSwitchRequest();
    delete.setVSwitchId(id);
    Call.of(sdk, delete).refused("IncorrectVSwitchStatus", 400, "vpc subnet status not working.");
  }

  @Test
  void vRoutersAndRouteTablesAreShownWithTheEcsFields() throws ClientException {
    DescribeVRoutersRequest routers = new DescribeVRoutersRequest();
    routers.setVRouterId("vrt-hz");
    assertThat(sdk.call(routers).getVRouters().get(0).getRouteTableIds()).containsExactly("vtb-hz");
    DescribeRouteTablesRequest tables = new DescribeRouteTablesRequest();
    tables.setRouteTableId("vtb-hz");
    DescribeRouteTablesResponse.RouteTable t = sdk.call(tables).getRouteTables().get(0);
    assertThat(t.getVRouterId()).isEqualTo("vrt-hz");
    assertThat(t.getRouteEntrys()).extracting(DescribeRouteTablesResponse.RouteTable.RouteEntry::getDestinationCidrBlock)
        .containsExactly("10.0.0.0/8", "100.64.0.0/10");
    assertThat(t.getRouteEntrys().get(0).getInstanceId()).isEqualTo("ri-hz-active");
  }

  @Test
  void aRouteIsCreatedAnsweringOnlyItsRequestIdAndDeletedByTableAndDestination() throws ClientException {
    CreateRouteEntryRequest create = new CreateRouteEntryRequest();
    create.setRouteTableId("vtb-hz");
    create.setDestinationCidrBlock("192.168.0.0/16");
    create.setNextHopType("RouterInterface");
    create.setNextHopId("ri-hz-idle");
    CreateRouteEntryResponse created = sdk.call(create);
    assertThat(created.getRequestId()).matches(Call.REQUEST_ID);
    server.mock().transitions().completeAll();
    DeleteRouteEntryRequest delete = new DeleteRouteEntryRequest();
    delete.setRouteTableId("vtb-hz");
    delete.setDestinationCidrBlock("192.168.0.0/16");
    delete.setNextHopId("ri-hz-idle");
    sdk.call(delete);
    server.mock().transitions().completeAll();
    DescribeRouteTablesRequest tables = new DescribeRouteTablesRequest();
    tables.setRouteTableId("vtb-hz");
    assertThat(sdk.call(tables).getRouteTables().get(0).getRouteEntrys()).hasSize(2);
  }

  @Test
  void deleteRouteEntryRequiresTheDestinationInTheEcsVersion() throws ClientException {
    CommonRequest delete = sdk.ecs("DeleteRouteEntry");
    delete.putQueryParameter("RouteEntryId", "rte-hz-1");
    delete.putQueryParameter("RouteTableId", "vtb-hz");
    sdk.assertRefused(delete, "MissingDestinationCidrBlock", 400);
  }

  @Test
  void theVpcOnlyRouteActionsAreUnknownInTheEcsVersion() throws ClientException {
    for (String action : new String[] {"DescribeRouteTableList", "DescribeRouteEntryList"}) {
      CommonRequest r = sdk.ecs(action);
      r.putQueryParameter("RouteTableId", "vtb-hz");
      sdk.assertRefused(r, "InvalidAction.NotFound", 404);
    }
  }

  @Test
  void describeRegionsListsTheEcsEndpointsAndStatus() throws ClientException {
    DescribeRegionsResponse r = sdk.call(new DescribeRegionsRequest());
    assertThat(r.getRegions()).extracting(DescribeRegionsResponse.Region::getRegionEndpoint)
        .containsExactly("ecs.aliyuncs.com", "ecs.cn-beijing.aliyuncs.com");
    assertThat(r.getRegions()).extracting(DescribeRegionsResponse.Region::getStatus).containsOnly("available");
  }

  @Test
  void deleteVpcRefusesInTheSameOrder() throws ClientException {
    DeleteVpcRequest r = new DeleteVpcRequest();
    r.setVpcId("vpc-hz");
    sdk.assertRefused(r, "DependencyViolation.VSwitch", 400);
    r.setVpcId("vpc-hz-empty");
    sdk.call(r);
    assertThat(Sdk.body(sdk.raw(r))).contains("IncorrectVpcStatus");
  }
}

package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.vpc20160428.Client;
import com.aliyun.vpc20160428.models.CreateRouteEntryRequest;
import com.aliyun.vpc20160428.models.CreateVSwitchRequest;
import com.aliyun.vpc20160428.models.CreateVpcRequest;
import com.aliyun.vpc20160428.models.DeleteRouteEntryRequest;
import com.aliyun.vpc20160428.models.DeleteRouterInterfaceRequest;
import com.aliyun.vpc20160428.models.DeleteVSwitchRequest;
import com.aliyun.vpc20160428.models.DeleteVpcRequest;
import com.aliyun.vpc20160428.models.DescribeRegionsRequest;
import com.aliyun.vpc20160428.models.DescribeRouteEntryListRequest;
import com.aliyun.vpc20160428.models.DescribeRouteTableListRequest;
import com.aliyun.vpc20160428.models.DescribeRouteTablesRequest;
import com.aliyun.vpc20160428.models.DescribeVRoutersRequest;
import com.aliyun.vpc20160428.models.DescribeVSwitchesRequest;
import com.aliyun.vpc20160428.models.DescribeVpcsRequest;
import com.aliyun.vpc20160428.models.ModifyVpcAttributeRequest;
import dev.aliyunmock.support.Envelope;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SdkTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The VPC-side actions through the newer client ({@code com.aliyun:vpc20160428}, ACS3 signature),
 * unchanged: every nested list is read under the inner name its {@code @NameInMap} expects.
 */
class VpcTeaClientTest extends SdkTestCase {
  private Client tea;

  @Override
  protected String world() {
    return VpcWorld.JSON;
  }

  @BeforeEach
  void client() throws Exception {
    tea = new Client(new Config()
        .setAccessKeyId(Sdk.KEY)
        .setAccessKeySecret(Sdk.SECRET)
        .setRegionId("cn-hangzhou")
        .setEndpoint(server.endpoint())
        .setProtocol("HTTP"));
  }

  @Test
  void createVpcAndDescribeVpcs() throws Exception {
    var created = tea.createVpc(new CreateVpcRequest().setRegionId("cn-hangzhou").setCidrBlock("10.0.0.0/8")).getBody();
    assertThat(created.getVpcId()).startsWith("vpc-");
    assertThat(created.getResourceGroupId()).startsWith("rg-");
    var vpcs = tea.describeVpcs(new DescribeVpcsRequest().setRegionId("cn-hangzhou").setVpcId("vpc-hz")).getBody();
    assertThat(vpcs.getTotalCount()).isEqualTo(1);
    var v = vpcs.getVpcs().getVpc().get(0);
    assertThat(v.getVpcId()).isEqualTo("vpc-hz");
    assertThat(v.getVSwitchIds().getVSwitchId()).containsExactly("vsw-hz-1");
    assertThat(v.getRouterTableIds().getRouterTableIds()).containsExactly("vtb-hz");
    assertThat(v.getUserCidrs().getUserCidr()).isEmpty();
    assertThat(v.getOwnerId()).isEqualTo(Long.valueOf(VpcWorld.A));
  }

  @Test
  void vSwitchesAndVRouters() throws Exception {
    var id = tea.createVSwitch(new CreateVSwitchRequest().setRegionId("cn-hangzhou").setVpcId("vpc-hz")
        .setZoneId("cn-hangzhou-k").setCidrBlock("172.16.4.0/24")).getBody().getVSwitchId();
    var switches = tea.describeVSwitches(new DescribeVSwitchesRequest().setRegionId("cn-hangzhou").setVSwitchId(id)).getBody();
    var s = switches.getVSwitches().getVSwitch().get(0);
    assertThat(s.getStatus()).isEqualTo("Pending");
    assertThat(s.getRouteTable().getRouteTableId()).isEqualTo("vtb-hz");
    var routers = tea.describeVRouters(new DescribeVRoutersRequest().setRegionId("cn-hangzhou").setVRouterId("vrt-hz")).getBody();
    assertThat(routers.getVRouters().getVRouter().get(0).getRouteTableIds().getRouteTableId()).containsExactly("vtb-hz");
  }

  @Test
  void routeTablesAndEntries() throws Exception {
    var tables = tea.describeRouteTables(new DescribeRouteTablesRequest().setRegionId("cn-hangzhou").setRouteTableId("vtb-hz"))
        .getBody();
    var entries = tables.getRouteTables().getRouteTable().get(0).getRouteEntrys().getRouteEntry();
    assertThat(entries).extracting(e -> e.getDestinationCidrBlock()).containsExactly("10.0.0.0/8", "100.64.0.0/10");
    var list = tea.describeRouteTableList(new DescribeRouteTableListRequest().setRegionId("cn-hangzhou").setVpcId("vpc-hz"))
        .getBody();
    assertThat(list.getRouterTableList().getRouterTableListType().get(0).getVSwitchIds().getVSwitchId())
        .containsExactly("vsw-hz-1");
    var id = tea.createRouteEntry(new CreateRouteEntryRequest().setRegionId("cn-hangzhou").setRouteTableId("vtb-hz")
        .setDestinationCidrBlock("192.168.0.0/16").setNextHopType("RouterInterface").setNextHopId("ri-hz-idle"))
        .getBody().getRouteEntryId();
    var listed = tea.describeRouteEntryList(new DescribeRouteEntryListRequest().setRegionId("cn-hangzhou")
        .setRouteTableId("vtb-hz").setRouteEntryId(id)).getBody();
    var entry = listed.getRouteEntrys().getRouteEntry().get(0);
    assertThat(entry.getStatus()).isEqualTo("Pending");
    assertThat(entry.getNextHops().getNextHop().get(0).getNextHopId()).isEqualTo("ri-hz-idle");
    server.mock().transitions().completeAll();
    tea.deleteRouteEntry(new DeleteRouteEntryRequest().setRegionId("cn-hangzhou").setRouteEntryId(id));
    assertThat(server.mock().stateJson()).contains("\"Deleting\"");
  }

  @Test
  void modifyAndDeleteAVpcWithItsVSwitch() throws Exception {
    String vpc = tea.createVpc(new CreateVpcRequest().setRegionId("cn-hangzhou").setCidrBlock("192.168.0.0/16"))
        .getBody().getVpcId();
    server.mock().transitions().completeAll();
    tea.modifyVpcAttribute(new ModifyVpcAttributeRequest().setRegionId("cn-hangzhou").setVpcId(vpc)
        .setVpcName("shop").setDescription("the shop's network"));
    var v = tea.describeVpcs(new DescribeVpcsRequest().setRegionId("cn-hangzhou").setVpcId(vpc)).getBody()
        .getVpcs().getVpc().get(0);
    assertThat(v.getVpcName()).isEqualTo("shop");
    assertThat(v.getDescription()).isEqualTo("the shop's network");
    String vsw = tea.createVSwitch(new CreateVSwitchRequest().setRegionId("cn-hangzhou").setVpcId(vpc)
        .setZoneId("cn-hangzhou-k").setCidrBlock("192.168.1.0/24")).getBody().getVSwitchId();
    server.mock().transitions().completeAll();

    TeaException refused = assertThrows(TeaException.class,
        () -> tea.deleteVpc(new DeleteVpcRequest().setRegionId("cn-hangzhou").setVpcId(vpc)));
    assertThat(refused.getCode()).isEqualTo("DependencyViolation.VSwitch");
    assertThat(refused.getStatusCode()).isEqualTo(400);

    tea.deleteVSwitch(new DeleteVSwitchRequest().setRegionId("cn-hangzhou").setVSwitchId(vsw));
    server.mock().transitions().completeAll();
    tea.deleteVpc(new DeleteVpcRequest().setRegionId("cn-hangzhou").setVpcId(vpc));
    server.mock().transitions().completeAll();
    assertThat(tea.describeVpcs(new DescribeVpcsRequest().setRegionId("cn-hangzhou").setVpcId(vpc)).getBody()
        .getTotalCount()).isZero();
  }

  @Test
  void describeRegions() throws Exception {
    var regions = tea.describeRegions(new DescribeRegionsRequest()).getBody();
    assertThat(regions.getRegions().getRegion()).extracting(r -> r.getRegionId()).containsExactly("cn-hangzhou", "cn-beijing");
  }

  @Test
  void aRefusalIsATeaExceptionWithCodeStatusAndRequestId() {
    TeaException e = assertThrows(TeaException.class, () -> tea.deleteRouterInterface(
        new DeleteRouterInterfaceRequest().setRegionId("cn-hangzhou").setRouterInterfaceId("ri-hz-routed")));
    assertThat(e.getCode()).isEqualTo("RouterInterfaceReferredByRouteEntry");
    assertThat(e.getStatusCode()).isEqualTo(400);
    assertThat(e.getData().get("RequestId").toString()).matches(Envelope.REQUEST_ID);
  }
}

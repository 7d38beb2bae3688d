package dev.aliyunmock.sdk;

import static dev.aliyunmock.sdk.VpcCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.CreateRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcResponse;
import com.aliyuncs.vpc.model.v20160428.DeactivateRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteTablesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteTablesResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeVRoutersRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVRoutersResponse;
import com.aliyuncs.vpc.model.v20160428.ModifyRouterInterfaceAttributeRequest;
import dev.aliyunmock.support.SdkTestCase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documented procedure for linking two VPCs over Express Connect (docs/reference/vpc-workflow.md,
 * section 1), end to end with the official VPC SDK: two VPCs in two regions, a vSwitch in each, two
 * router interfaces created, pointed at each other and connected, a route each way through them,
 * every asynchronous step polled to its final state; then the teardown in the right order, with
 * each step taken too early refused with its documented code and nothing changed.
 */
class ConnectTwoVpcsWorkflowTest extends SdkTestCase {
  private static final String OWNER = "1000000000000001";
  private static final String HZ = "cn-hangzhou";
  private static final String BJ = "cn-beijing";
  private static final String HZ_CIDR = "172.16.0.0/12";
  private static final String BJ_CIDR = "192.168.0.0/16";

  @Override
  protected String world() {
    return """
        {"Regions": ["cn-hangzhou", "cn-beijing"],
         "Accounts": [{"OwnerId": "1000000000000001", "AccessKeyId": "testAccessKeyId",
                       "AccessKeySecret": "testAccessKeySecret"}]}
        """;
  }

  /** What the set-up leaves: the ids each later step needs. */
  private record Linked(
      CreateVpcResponse hz, CreateVpcResponse bj, String hzSwitch, String bjSwitch, String hzRi, String bjRi,
      String hzRoute, String bjRoute) {}

  @Test
  void twoVpcsAreLinkedOverExpressConnectThenTornDownInOrder() throws ClientException {
    Linked l = setUp();
    tearDown(l);
  }

  private Linked setUp() throws ClientException {
    // snippet:start set-up
    // 2. A VPC in each region, with non-overlapping blocks; each comes with its vRouter and route table.
    CreateVpcResponse hz = VpcCalls.createVpc(sdk, HZ, HZ_CIDR);
    CreateVpcResponse bj = VpcCalls.createVpc(sdk, BJ, BJ_CIDR);
    assertThat(hz.getVRouterId()).startsWith("vrt-");
    assertThat(hz.getRouteTableId()).startsWith("vtb-");
    await(() -> VpcCalls.vpc(sdk, HZ, hz.getVpcId()).getStatus(), "Pending", "Available");
    await(() -> VpcCalls.vpc(sdk, BJ, bj.getVpcId()).getStatus(), "Pending", "Available");
    assertThat(vRouterOf(HZ, hz.getVRouterId()).getRouteTableIds()).containsExactly(hz.getRouteTableId());

    // 3. A vSwitch in each VPC.
    String hzSwitch = VpcCalls.createVSwitch(sdk, HZ, hz.getVpcId(), "cn-hangzhou-b", "172.16.1.0/24");
    String bjSwitch = VpcCalls.createVSwitch(sdk, BJ, bj.getVpcId(), "cn-beijing-a", "192.168.1.0/24");
    await(() -> VpcCalls.vSwitch(sdk, HZ, hz.getVpcId(), hzSwitch).getStatus(), "Pending", "Available");
    await(() -> VpcCalls.vSwitch(sdk, BJ, bj.getVpcId(), bjSwitch).getStatus(), "Pending", "Available");

    // 4, 5. The two router interfaces, on the two vRouters.
    String hzRi = createRouterInterface(HZ, hz.getVRouterId(), "InitiatingSide", "Large.2", BJ);
    String bjRi = createRouterInterface(BJ, bj.getVRouterId(), "AcceptingSide", "Negative", HZ);
    assertThat(Vpc.describeOne(sdk, HZ, hzRi).getVpcInstanceId()).isEqualTo(hz.getVpcId());

    // 6. Each points at the other, the accepting side first.
    pointAt(BJ, bjRi, hzRi, hz.getVRouterId());
    pointAt(HZ, hzRi, bjRi, bj.getVRouterId());

    // 7. Connect from the initiating side; both become Active.
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId(hzRi);
    sdk.call(connect);
    await(() -> Vpc.describeOne(sdk, HZ, hzRi).getStatus(), "Connecting", "Active");
    assertThat(Vpc.describeOne(sdk, BJ, bjRi).getStatus()).isEqualTo("Active");

    // 8. A route each way: the other VPC's block through the local interface.
    String hzRoute = VpcCalls.createRouteEntry(sdk, HZ, hz.getRouteTableId(), BJ_CIDR, hzRi);
    String bjRoute = VpcCalls.createRouteEntry(sdk, BJ, bj.getRouteTableId(), HZ_CIDR, bjRi);
    await(() -> VpcCalls.routeEntry(sdk, HZ, hz.getRouteTableId(), hzRoute).getStatus(), "Pending", "Available");
    await(() -> VpcCalls.routeEntry(sdk, BJ, bj.getRouteTableId(), bjRoute).getStatus(), "Pending", "Available");
    // snippet:end set-up

    DescribeRouteTablesResponse.RouteTable table = routeTable(HZ, hz.getRouteTableId());
    assertThat(table.getRouteEntrys())
        .extracting(e -> e.getDestinationCidrBlock() + " " + e.getType() + " " + e.getNextHopType() + " " + e.getInstanceId())
        .containsExactly(BJ_CIDR + " Custom RouterInterface " + hzRi, "100.64.0.0/10 System service ");
    return new Linked(hz, bj, hzSwitch, bjSwitch, hzRi, bjRi, hzRoute, bjRoute);
  }

  private void tearDown(Linked l) throws ClientException {
    // A VPC with a vSwitch, routes and an interface cannot go first.
    refusedAndNothingChanged(deleteVpc(HZ, l.hz().getVpcId()), "DependencyViolation.VSwitch", 400);

    // 10. Deactivate both sides.
    deactivate(HZ, l.hzRi());
    deactivate(BJ, l.bjRi());

    // An interface a route still uses cannot be deleted.
    refusedAndNothingChanged(deleteRouterInterface(HZ, l.hzRi()), "RouterInterfaceReferredByRouteEntry", 400);

    // 9. Delete the routes; each goes through Deleting.
    deleteRouteEntry(HZ, l.hzRoute());
    deleteRouteEntry(BJ, l.bjRoute());
    await(() -> statusOrNull(VpcCalls.routeEntry(sdk, HZ, l.hz().getRouteTableId(), l.hzRoute())), "Deleting", null);
    await(() -> statusOrNull(VpcCalls.routeEntry(sdk, BJ, l.bj().getRouteTableId(), l.bjRoute())), "Deleting", null);

    // The vSwitches still hold the VPCs.
    refusedAndNothingChanged(deleteVpc(BJ, l.bj().getVpcId()), "DependencyViolation.VSwitch", 400);

    // 12. Delete the vSwitches (the order of 11 and 12 is free): Pending, then gone.
    deleteVSwitch(HZ, l.hzSwitch());
    deleteVSwitch(BJ, l.bjSwitch());
    await(() -> vSwitchStatus(HZ, l.hz().getVpcId(), l.hzSwitch()), "Pending", null);
    await(() -> vSwitchStatus(BJ, l.bj().getVpcId(), l.bjSwitch()), "Pending", null);

    // The interfaces still sit on the VPCs' vRouters.
    refusedAndNothingChanged(deleteVpc(HZ, l.hz().getVpcId()), "DependencyViolation.RouterInterface", 400);

    // 11. Delete both interfaces.
    sdk.call(deleteRouterInterface(HZ, l.hzRi()));
    sdk.call(deleteRouterInterface(BJ, l.bjRi()));

    // 13. Delete the VPCs: Deleting, then gone, and their vRouters with them.
    sdk.call(deleteVpc(HZ, l.hz().getVpcId()));
    sdk.call(deleteVpc(BJ, l.bj().getVpcId()));
    await(() -> statusOrNull(VpcCalls.vpc(sdk, HZ, l.hz().getVpcId())), "Deleting", null);
    await(() -> statusOrNull(VpcCalls.vpc(sdk, BJ, l.bj().getVpcId())), "Deleting", null);
    assertThat(server.mock().routerInterfaces()).isEmpty();
    assertThat(vRouters(HZ)).isEmpty();
    assertThat(server.mock().stateJson()).doesNotContain(l.hz().getVRouterId(), l.bj().getVRouterId());
  }

  // ---------------------------------------------------------------- steps

  private String createRouterInterface(String region, String vRouterId, String role, String spec, String oppositeRegion)
      throws ClientException {
    CreateRouterInterfaceRequest r = new CreateRouterInterfaceRequest();
    r.setSysRegionId(region);
    r.setRouterType("VRouter");
    r.setRouterId(vRouterId);
    r.setRole(role);
    r.setSpec(spec);
    r.setOppositeRegionId(oppositeRegion);
    String id = sdk.call(r).getRouterInterfaceId();
    assertThat(Vpc.describeOne(sdk, region, id).getStatus()).isEqualTo("Idle");
    return id;
  }

  private void pointAt(String region, String ri, String opposite, String oppositeRouter) throws ClientException {
    ModifyRouterInterfaceAttributeRequest r = new ModifyRouterInterfaceAttributeRequest();
    r.setSysRegionId(region);
    r.setRouterInterfaceId(ri);
    r.setOppositeInterfaceId(opposite);
    r.setOppositeRouterId(oppositeRouter);
    r.setOppositeRouterType("VRouter");
    r.setOppositeInterfaceOwnerId(Long.valueOf(OWNER));
    sdk.call(r);
    assertThat(Vpc.describeOne(sdk, region, ri).getStatus()).isEqualTo("Idle");
  }

  private void deactivate(String region, String ri) throws ClientException {
    DeactivateRouterInterfaceRequest r = new DeactivateRouterInterfaceRequest();
    r.setSysRegionId(region);
    r.setRouterInterfaceId(ri);
    sdk.call(r);
    await(() -> Vpc.describeOne(sdk, region, ri).getStatus(), "Deactivating", "Inactive");
  }

  private void deleteRouteEntry(String region, String entryId) throws ClientException {
    DeleteRouteEntryRequest r = new DeleteRouteEntryRequest();
    r.setSysRegionId(region);
    r.setRouteEntryId(entryId);
    sdk.call(r);
  }

  private void deleteVSwitch(String region, String vSwitchId) throws ClientException {
    DeleteVSwitchRequest r = new DeleteVSwitchRequest();
    r.setSysRegionId(region);
    r.setVSwitchId(vSwitchId);
    sdk.call(r);
  }

  private static DeleteVpcRequest deleteVpc(String region, String vpcId) {
    DeleteVpcRequest r = new DeleteVpcRequest();
    r.setSysRegionId(region);
    r.setVpcId(vpcId);
    return r;
  }

  private static DeleteRouterInterfaceRequest deleteRouterInterface(String region, String ri) {
    DeleteRouterInterfaceRequest r = new DeleteRouterInterfaceRequest();
    r.setSysRegionId(region);
    r.setRouterInterfaceId(ri);
    return r;
  }

  private void refusedAndNothingChanged(AcsRequest<?> request, String code, int status) throws ClientException {
    String before = server.mock().stateJson();
    sdk.assertRefused(request, code, status);
    assertThat(server.mock().stateJson()).as("the state after a refused %s", code).isEqualTo(before);
  }

  // ---------------------------------------------------------------- looks

  private String vSwitchStatus(String region, String vpcId, String vSwitchId) throws ClientException {
    var v = VpcCalls.vSwitch(sdk, region, vpcId, vSwitchId);
    return v == null ? null : v.getStatus();
  }

  private static String statusOrNull(Object describedOrNull) {
    if (describedOrNull == null) {
      return null;
    }
    if (describedOrNull instanceof com.aliyuncs.vpc.model.v20160428.DescribeVpcsResponse.Vpc v) {
      return v.getStatus();
    }
    return ((com.aliyuncs.vpc.model.v20160428.DescribeRouteEntryListResponse.RouteEntry) describedOrNull).getStatus();
  }

  private DescribeRouteTablesResponse.RouteTable routeTable(String region, String tableId) throws ClientException {
    DescribeRouteTablesRequest r = new DescribeRouteTablesRequest();
    r.setSysRegionId(region);
    r.setRouteTableId(tableId);
    List<DescribeRouteTablesResponse.RouteTable> tables = sdk.call(r).getRouteTables();
    assertThat(tables).hasSize(1);
    return tables.get(0);
  }

  private List<DescribeVRoutersResponse.VRouter> vRouters(String region) throws ClientException {
    DescribeVRoutersRequest r = new DescribeVRoutersRequest();
    r.setSysRegionId(region);
    return sdk.call(r).getVRouters();
  }

  private DescribeVRoutersResponse.VRouter vRouterOf(String region, String vRouterId) throws ClientException {
    return vRouters(region).stream().filter(v -> v.getVRouterId().equals(vRouterId)).findFirst().orElseThrow();
  }
}

package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteEntryListRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteEntryListResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteTablesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVRoutersRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVRoutersResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchesRequest;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.support.SdkTestCase;
import org.junit.jupiter.api.Test;

/** The readings of docs/reference/vpc-workflow.md that no other test pins. */
class VpcReadingsTest extends SdkTestCase {
  @Override
  protected String world() {
    return VpcWorld.JSON;
  }

  @Test
  void describeRouteTablesRefusesARouterTypeOrEntryTypeItDoesNotKnow() throws ClientException {
    DescribeRouteTablesRequest r = new DescribeRouteTablesRequest();
    r.setRouterType("Router");
    Call.of(sdk, r).refused("InvalidParameter", 400, "The specified value of parameter \"RouterType\" is not valid.");
    DescribeRouteTablesRequest t = new DescribeRouteTablesRequest();
    t.setType("Static");
    Call.of(sdk, t).refused("InvalidParameter", 400, "The specified value of parameter \"Type\" is not valid.");
  }

  @Test
  void describeVRoutersShowsOnlyVpcsVRouters() throws ClientException, FixtureException {
    server.mock().loadFixtures("""
        {"Routers": [{"RouterId": "vrt-alone", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"}]}
        """);
    DescribeVRoutersRequest r = new DescribeVRoutersRequest();
    r.setPageSize(50);
    assertThat(sdk.call(r).getVRouters()).extracting(DescribeVRoutersResponse.VRouter::getVRouterId)
        .doesNotContain("vrt-alone")
        .contains("vrt-hz");
  }

  @Test
  void aDeletingVpcsVRouterIsStillDescribedUntilTheVpcIsGone() throws ClientException {
    server.mock().transitions().setDefaultMode(new TransitionMode.Manual());
    DeleteVpcRequest d = new DeleteVpcRequest();
    d.setVpcId("vpc-hz-empty");
    sdk.call(d);
    DescribeVRoutersRequest r = new DescribeVRoutersRequest();
    r.setVRouterId("vrt-hz-empty");
    assertThat(sdk.call(r).getTotalCount()).isEqualTo(1);
    server.mock().transitions().completeAll();
    assertThat(sdk.call(r).getTotalCount()).isZero();
  }

  @Test
  void theSystemEntryListsNoNextHop() throws ClientException {
    DescribeRouteEntryListRequest r = new DescribeRouteEntryListRequest();
    r.setRouteTableId("vtb-hz");
    r.setRouteEntryType("System");
    DescribeRouteEntryListResponse.RouteEntry system = sdk.call(r).getRouteEntrys().get(0);
    assertThat(system.getDestinationCidrBlock()).isEqualTo("100.64.0.0/10");
    assertThat(system.getNextHops()).isEmpty();
  }

  @Test
  void aNextTokenTheMockDidNotGiveIsRefused() throws ClientException {
    DescribeRouteEntryListRequest r = new DescribeRouteEntryListRequest();
    r.setRouteTableId("vtb-hz");
    r.setNextToken("abc");
    Call.of(sdk, r).refused("InvalidParameter", 400, "The specified value of parameter \"NextToken\" is not valid.");
    r.setNextToken("99");
    Call.of(sdk, r).refused("InvalidParameter", 400, "The specified value of parameter \"NextToken\" is not valid.");
  }

  @Test
  void describeVSwitchesAnswersADryRun() throws ClientException {
    DescribeVSwitchesRequest r = new DescribeVSwitchesRequest();
    r.setDryRun(true);
    Call.of(sdk, r).refused("DryRunOperation", 400, "Request validation has been passed with DryRun flag set.");
  }
}

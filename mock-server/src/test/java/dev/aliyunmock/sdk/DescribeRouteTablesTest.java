package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.DescribeRegionsRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRegionsResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteEntryListRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteEntryListResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteTableListRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteTableListResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteTablesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteTablesResponse;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.support.SdkTestCase;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * The route-table reads with the VPC SDK: DescribeRouteTables, DescribeRouteTableList,
 * DescribeRouteEntryList; and DescribeRegions (docs/reference/vpc/routing.md, regions-zones.md).
 */
class DescribeRouteTablesTest extends SdkTestCase {
  @Override
  protected String world() {
    return VpcWorld.JSON;
  }

  @Test
  void aRouteTableShowsItsCustomEntriesThenItsSystemEntry() throws ClientException {
    DescribeRouteTablesRequest r = new DescribeRouteTablesRequest();
    r.setRouteTableId("vtb-hz");
    DescribeRouteTablesResponse page = sdk.call(r);
    assertThat(page.getTotalCount()).isEqualTo(1);
    DescribeRouteTablesResponse.RouteTable t = page.getRouteTables().get(0);
    assertThat(t.getRouteTableId()).isEqualTo("vtb-hz");
    assertThat(t.getVRouterId()).isEqualTo("vrt-hz");
    assertThat(t.getRouteTableType()).isEqualTo("System");
    assertThat(t.getCreationTime()).isEqualTo("2024-01-02T03:04:05Z");
    assertThat(t.getVSwitchIds()).containsExactly("vsw-hz-1");
    assertThat(t.getRouteEntrys()).hasSize(2);
    DescribeRouteTablesResponse.RouteTable.RouteEntry custom = t.getRouteEntrys().get(0);
    assertThat(custom.getRouteEntryId()).isEqualTo("rte-hz-1");
    assertThat(custom.getDestinationCidrBlock()).isEqualTo("10.0.0.0/8");
    assertThat(custom.getType()).isEqualTo("Custom");
    assertThat(custom.getStatus()).isEqualTo("Available");
    assertThat(custom.getNextHopType()).isEqualTo("RouterInterface");
    assertThat(custom.getInstanceId()).isEqualTo("ri-hz-active");
    assertThat(custom.getRouteEntryName()).isEqualTo("to-beijing");
    assertThat(custom.getNextHops()).isEmpty();
    DescribeRouteTablesResponse.RouteTable.RouteEntry system = t.getRouteEntrys().get(1);
    assertThat(system.getRouteEntryId()).isEqualTo("rte-hz-system");
    assertThat(system.getDestinationCidrBlock()).isEqualTo("100.64.0.0/10");
    assertThat(system.getType()).isEqualTo("System");
    assertThat(system.getNextHopType()).isEqualTo("service");
    assertThat(system.getInstanceId()).isEmpty();
  }

  @Test
  void theTypeFilterShowsOnlyThatKindOfEntry() throws ClientException {
    DescribeRouteTablesRequest r = new DescribeRouteTablesRequest();
    r.setRouteTableId("vtb-hz");
    r.setType("System");
    assertThat(sdk.call(r).getRouteTables().get(0).getRouteEntrys())
        .extracting(DescribeRouteTablesResponse.RouteTable.RouteEntry::getType).containsExactly("System");
  }

  @Test
  void theCallersTablesOfTheRegionAreListedByVRouterOrAll() throws ClientException {
    DescribeRouteTablesRequest all = new DescribeRouteTablesRequest();
    assertThat(sdk.call(all).getTotalCount()).isEqualTo(5);
    DescribeRouteTablesRequest byRouter = new DescribeRouteTablesRequest();
    byRouter.setVRouterId("vrt-hz-ri");
    assertThat(sdk.call(byRouter).getRouteTables()).extracting(DescribeRouteTablesResponse.RouteTable::getRouteTableId)
        .containsExactly("vtb-hz-ri");
    DescribeRouteTablesRequest vbr = new DescribeRouteTablesRequest();
    vbr.setRouterType("VBR");
    assertThat(sdk.call(vbr).getTotalCount()).isZero();
  }

  @Test
  void anIdFilterNamingNothingOfTheCallersGivesAnEmptyList() throws ClientException {
    DescribeRouteTablesRequest r = new DescribeRouteTablesRequest();
    r.setRouteTableId("vtb-peer");
    assertThat(sdk.call(r).getTotalCount()).isZero();
  }

  @Test
  void aPendingEntryIsSeenPendingOnceThenAvailable() throws ClientException {
    VpcCalls.createRouteEntry(sdk, "cn-hangzhou", "vtb-hz", "192.168.0.0/16", "ri-hz-active");
    DescribeRouteTablesRequest r = new DescribeRouteTablesRequest();
    r.setRouteTableId("vtb-hz");
    assertThat(sdk.call(r).getRouteTables().get(0).getRouteEntrys().get(1).getStatus()).isEqualTo("Pending");
    assertThat(sdk.call(r).getRouteTables().get(0).getRouteEntrys().get(1).getStatus()).isEqualTo("Available");
  }

  @Test
  void describeRouteTableListShowsEachTableWithItsSuccessEnvelope() throws ClientException {
    DescribeRouteTableListRequest r = new DescribeRouteTableListRequest();
    r.setVpcId("vpc-hz");
    DescribeRouteTableListResponse page = sdk.call(r);
    assertThat(page.getSuccess()).isTrue();
    assertThat(page.getCode()).isEqualTo("200");
    assertThat(page.getTotalCount()).isEqualTo(1);
    DescribeRouteTableListResponse.RouterTableListType t = page.getRouterTableList().get(0);
    assertThat(t.getRouteTableId()).isEqualTo("vtb-hz");
    assertThat(t.getVpcId()).isEqualTo("vpc-hz");
    assertThat(t.getRouterId()).isEqualTo("vrt-hz");
    assertThat(t.getRouterType()).isEqualTo("VRouter");
    assertThat(t.getRouteTableType()).isEqualTo("System");
    assertThat(t.getOwnerId()).isEqualTo(Long.valueOf(VpcWorld.A));
    assertThat(t.getVSwitchIds()).containsExactly("vsw-hz-1");
  }

  @Test
  void describeRouteTableListFiltersByTypeAndName() throws ClientException {
    DescribeRouteTableListRequest custom = new DescribeRouteTableListRequest();
    custom.setRouterType("VRouter");
    custom.setRouteTableName("anything");
    assertThat(sdk.call(custom).getTotalCount()).isZero();
    DescribeRouteTableListRequest all = new DescribeRouteTableListRequest();
    assertThat(sdk.call(all).getTotalCount()).isEqualTo(5);
  }

  @Test
  void describeRouteEntryListShowsCustomEntriesThenTheSystemOne() throws ClientException {
    DescribeRouteEntryListRequest r = new DescribeRouteEntryListRequest();
    r.setRouteTableId("vtb-hz");
    DescribeRouteEntryListResponse page = sdk.call(r);
    assertThat(page.getNextToken()).isNull();
    assertThat(page.getRouteEntrys()).extracting(DescribeRouteEntryListResponse.RouteEntry::getRouteEntryId)
        .containsExactly("rte-hz-1", "rte-hz-system");
    DescribeRouteEntryListResponse.RouteEntry custom = page.getRouteEntrys().get(0);
    assertThat(custom.getIpVersion()).isEqualTo("IPv4");
    assertThat(custom.getGmtModified()).isEqualTo("2024-01-02T03:04:07Z");
    assertThat(custom.getNextHops()).singleElement().satisfies(h -> {
      assertThat(h.getNextHopId()).isEqualTo("ri-hz-active");
      assertThat(h.getEnabled()).isEqualTo(1);
      assertThat(h.getNextHopRegionId()).isEqualTo("cn-hangzhou");
    });
    assertThat(page.getRouteEntrys().get(1).getType()).isEqualTo("System");
  }

  @Test
  void describeRouteEntryListFilters() throws ClientException {
    DescribeRouteEntryListRequest r = new DescribeRouteEntryListRequest();
    r.setRouteTableId("vtb-hz");
    r.setRouteEntryType("System");
    assertThat(sdk.call(r).getRouteEntrys()).extracting(DescribeRouteEntryListResponse.RouteEntry::getRouteEntryId)
        .containsExactly("rte-hz-system");
    DescribeRouteEntryListRequest byHop = new DescribeRouteEntryListRequest();
    byHop.setRouteTableId("vtb-hz");
    byHop.setNextHopId("ri-hz-active");
    byHop.setDestinationCidrBlock("10.0.0.0/8");
    assertThat(sdk.call(byHop).getRouteEntrys()).extracting(DescribeRouteEntryListResponse.RouteEntry::getRouteEntryId)
        .containsExactly("rte-hz-1");
    DescribeRouteEntryListRequest foreign = new DescribeRouteEntryListRequest();
    foreign.setRouteTableId("vtb-peer");
    assertThat(sdk.call(foreign).getRouteEntrys()).isEmpty();
  }

  @Test
  void describeRouteEntryListPagesWithMaxResultAndNextToken() throws ClientException, FixtureException {
    StringJoiner entries = new StringJoiner(",");
    for (int i = 0; i < 12; i++) {
      entries.add("{\"RouteEntryId\":\"rte-p" + i + "\",\"RouteTableId\":\"vtb-hz\",\"DestinationCidrBlock\":\"11.0." + i
          + ".0/24\",\"NextHopId\":\"ri-hz-active\"}");
    }
    server.mock().loadFixtures("{\"RouteEntries\":[" + entries + "]}");
    DescribeRouteEntryListRequest r = new DescribeRouteEntryListRequest();
    r.setRouteTableId("vtb-hz");
    DescribeRouteEntryListResponse first = sdk.call(r);
    assertThat(first.getRouteEntrys()).hasSize(10);
    assertThat(first.getNextToken()).isNotEmpty();
    r.setNextToken(first.getNextToken());
    DescribeRouteEntryListResponse second = sdk.call(r);
    assertThat(second.getRouteEntrys()).extracting(DescribeRouteEntryListResponse.RouteEntry::getRouteEntryId)
        .containsExactly("rte-p9", "rte-p10", "rte-p11", "rte-hz-system");
    assertThat(second.getNextToken()).isNull();
    DescribeRouteEntryListRequest small = new DescribeRouteEntryListRequest();
    small.setRouteTableId("vtb-hz");
    small.setMaxResult(101);
    Call.of(sdk, small).refused("InvalidParameter", 400, "The specified value of parameter \"MaxResult\" is not valid.");
  }

  @Test
  void describeRegionsListsTheWorldsRegionsWithTheVpcEndpoints() throws ClientException {
    DescribeRegionsResponse r = sdk.call(new DescribeRegionsRequest());
    assertThat(r.getRegions()).extracting(DescribeRegionsResponse.Region::getRegionId).containsExactly("cn-hangzhou", "cn-beijing");
    assertThat(r.getRegions()).extracting(DescribeRegionsResponse.Region::getRegionEndpoint)
        .containsExactly("vpc.aliyuncs.com", "vpc.aliyuncs.com");
    assertThat(r.getRegions().get(0).getLocalName()).isEqualTo("cn-hangzhou");
  }
}

package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CreateRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteEntryListRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteEntryListResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchesResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcsRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcsResponse;
import dev.aliyunmock.support.Sdk;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Short forms of the VPC SDK's VPC-side requests, as a user would write them, and the polling a
 * user's code does: each poll is one Describe call, and the status it reads.
 */
final class VpcCalls {
  /** Polls a test allows an asynchronous step (the default transition mode needs two). */
  static final int MAX_POLLS = 5;

  private VpcCalls() {}

  static CreateVpcResponse createVpc(Sdk sdk, String region, String cidr) throws ClientException {
    CreateVpcRequest r = new CreateVpcRequest();
    r.setSysRegionId(region);
    r.setCidrBlock(cidr);
    return sdk.call(r);
  }

  static String createVSwitch(Sdk sdk, String region, String vpcId, String zoneId, String cidr) throws ClientException {
    CreateVSwitchRequest r = new CreateVSwitchRequest();
    r.setSysRegionId(region);
    r.setVpcId(vpcId);
    r.setZoneId(zoneId);
    r.setCidrBlock(cidr);
    return sdk.call(r).getVSwitchId();
  }

  static String createRouteEntry(Sdk sdk, String region, String tableId, String destination, String routerInterfaceId)
      throws ClientException {
    CreateRouteEntryRequest r = new CreateRouteEntryRequest();
    r.setSysRegionId(region);
    r.setRouteTableId(tableId);
    r.setDestinationCidrBlock(destination);
    r.setNextHopType("RouterInterface");
    r.setNextHopId(routerInterfaceId);
    return sdk.call(r).getRouteEntryId();
  }

  /** The VPC as DescribeVpcs shows it (one poll), or {@code null} when it is not listed. */
  static DescribeVpcsResponse.Vpc vpc(Sdk sdk, String region, String vpcId) throws ClientException {
    DescribeVpcsRequest r = new DescribeVpcsRequest();
    r.setSysRegionId(region);
    r.setVpcId(vpcId);
    List<DescribeVpcsResponse.Vpc> vpcs = sdk.call(r).getVpcs();
    return vpcs.isEmpty() ? null : vpcs.get(0);
  }

  /** The vSwitch as DescribeVSwitches shows it among its VPC's (one poll), or {@code null}. */
  static DescribeVSwitchesResponse.VSwitch vSwitch(Sdk sdk, String region, String vpcId, String vSwitchId)
      throws ClientException {
    DescribeVSwitchesRequest r = new DescribeVSwitchesRequest();
    r.setSysRegionId(region);
    r.setVpcId(vpcId);
    for (DescribeVSwitchesResponse.VSwitch v : sdk.call(r).getVSwitches()) {
      if (v.getVSwitchId().equals(vSwitchId)) {
        return v;
      }
    }
    return null;
  }

  /** The route entry as DescribeRouteEntryList shows it (one poll), or {@code null}. */
  static DescribeRouteEntryListResponse.RouteEntry routeEntry(Sdk sdk, String region, String tableId, String entryId)
      throws ClientException {
    DescribeRouteEntryListRequest r = new DescribeRouteEntryListRequest();
    r.setSysRegionId(region);
    r.setRouteTableId(tableId);
    r.setRouteEntryId(entryId);
    List<DescribeRouteEntryListResponse.RouteEntry> entries = sdk.call(r).getRouteEntrys();
    return entries.isEmpty() ? null : entries.get(0);
  }

  /** A poll: what one look at a resource's status says ({@code null}: not listed any more). */
  @FunctionalInterface
  interface Poll {
    String status() throws ClientException;
  }

  /**
   * Polls as a user's waiter does until the status is {@code last} ({@code null}: gone), asserting
   * that the first look shows {@code first}; returns every status seen.
   */
  static List<String> await(Poll poll, String first, String last) throws ClientException {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < MAX_POLLS; i++) {
      String s = poll.status();
      seen.add(s);
      if (Objects.equals(s, last)) {
        break;
      }
    }
    assertThat(seen).as("statuses seen while polling").first().isEqualTo(first);
    assertThat(seen).as("statuses seen while polling").last().isEqualTo(last);
    return seen;
  }
}

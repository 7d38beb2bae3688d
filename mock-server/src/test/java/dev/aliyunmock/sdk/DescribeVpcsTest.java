package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.DescribeVRoutersRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVRoutersResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcsRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcsResponse;
import dev.aliyunmock.support.SdkTestCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DescribeVpcs and DescribeVRouters with the VPC SDK: fields, filters and paging. */
class DescribeVpcsTest extends SdkTestCase {
  @Override
  protected String world() {
    return VpcWorld.JSON;
  }

  private DescribeVpcsResponse describe(DescribeVpcsRequest r) throws ClientException {
    return sdk.call(r);
  }

  @Test
  void aVpcIsShownWithEveryFieldTheSdkReads() throws ClientException {
    DescribeVpcsRequest r = new DescribeVpcsRequest();
    r.setVpcId("vpc-hz");
    DescribeVpcsResponse.Vpc v = describe(r).getVpcs().get(0);
    assertThat(v.getVpcId()).isEqualTo("vpc-hz");
    assertThat(v.getRegionId()).isEqualTo("cn-hangzhou");
    assertThat(v.getStatus()).isEqualTo("Available");
    assertThat(v.getVpcName()).isEqualTo("hangzhou");
    assertThat(v.getDescription()).isEqualTo("The main VPC");
    assertThat(v.getCidrBlock()).isEqualTo("172.16.0.0/12");
    assertThat(v.getCreationTime()).isEqualTo("2024-01-02T03:04:05Z");
    assertThat(v.getVRouterId()).isEqualTo("vrt-hz");
    assertThat(v.getRouterTableIds()).containsExactly("vtb-hz");
    assertThat(v.getVSwitchIds()).containsExactly("vsw-hz-1");
    assertThat(v.getUserCidrs()).isEmpty();
    assertThat(v.getIsDefault()).isFalse();
    assertThat(v.getOwnerId()).isEqualTo(Long.valueOf(VpcWorld.A));
    assertThat(v.getResourceGroupId()).startsWith("rg-acfm");
    assertThat(v.getNatGatewayIds()).isEmpty();
  }

  @Test
  void withoutFiltersTheCallersVpcsOfTheRegionAreListedInCreationOrder() throws ClientException {
    DescribeVpcsResponse page = describe(new DescribeVpcsRequest());
    assertThat(page.getTotalCount()).isEqualTo(5);
    assertThat(page.getPageNumber()).isEqualTo(1);
    assertThat(page.getPageSize()).isEqualTo(10);
    assertThat(page.getVpcs()).extracting(DescribeVpcsResponse.Vpc::getVpcId)
        .containsExactly("vpc-hz", "vpc-hz-empty", "vpc-hz-routed", "vpc-hz-ri", "vpc-hz-pending");
  }

  @Test
  void vpcIdTakesSeveralIdsSeparatedByCommas() throws ClientException {
    DescribeVpcsRequest r = new DescribeVpcsRequest();
    r.setVpcId("vpc-hz-ri,vpc-hz,vpc-bj,vpc-peer");
    assertThat(describe(r).getVpcs()).extracting(DescribeVpcsResponse.Vpc::getVpcId).containsExactly("vpc-hz", "vpc-hz-ri");
  }

  @Test
  void moreThanTwentyVpcIdsAreRefused() throws ClientException {
    DescribeVpcsRequest r = new DescribeVpcsRequest();
    r.setVpcId(String.join(",", java.util.Collections.nCopies(21, "vpc-hz")));
    Call.of(sdk, r).refused("InvalidParameter", 400, "The specified value of parameter \"VpcId\" is not valid.");
  }

  @Test
  void vpcNameMatchesExactly() throws ClientException {
    DescribeVpcsRequest r = new DescribeVpcsRequest();
    r.setVpcName("hangzhou");
    assertThat(describe(r).getVpcs()).extracting(DescribeVpcsResponse.Vpc::getVpcId).containsExactly("vpc-hz");
    r.setVpcName("hangz");
    assertThat(describe(r).getTotalCount()).isZero();
  }

  @Test
  void isDefaultTrueListsOnlyDefaultVpcsAndFalseTheOthers() throws ClientException {
    DescribeVpcsRequest r = new DescribeVpcsRequest();
    r.setIsDefault(true);
    assertThat(describe(r).getTotalCount()).isZero();
    r.setIsDefault(false);
    assertThat(describe(r).getTotalCount()).isEqualTo(5);
  }

  @Test
  void aPageShowsItsShareAndTotalCountCountsEveryMatch() throws ClientException {
    DescribeVpcsRequest r = new DescribeVpcsRequest();
    r.setPageSize(2);
    r.setPageNumber(3);
    DescribeVpcsResponse page = describe(r);
    assertThat(page.getTotalCount()).isEqualTo(5);
    assertThat(page.getPageSize()).isEqualTo(2);
    assertThat(page.getPageNumber()).isEqualTo(3);
    assertThat(page.getVpcs()).extracting(DescribeVpcsResponse.Vpc::getVpcId).containsExactly("vpc-hz-pending");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 51})
  void aPageSizeOutside1To50IsRefusedAsForRouterInterfaces(int size) throws ClientException {
    DescribeVpcsRequest r = new DescribeVpcsRequest();
    r.setPageSize(size);
    Call.of(sdk, r).refused("InvalidRegionId.NotFound", 404, "The parameter wrong, pageNum or pageSize.");
  }

  @Test
  void aPendingVpcIsSeenPendingOnceThenAvailable() throws ClientException {
    assertThat(VpcCalls.vpc(sdk, "cn-hangzhou", "vpc-hz-pending").getStatus()).isEqualTo("Pending");
    assertThat(VpcCalls.vpc(sdk, "cn-hangzhou", "vpc-hz-pending").getStatus()).isEqualTo("Available");
  }

  @Test
  void anotherRegionShowsItsOwnVpcs() throws ClientException {
    DescribeVpcsRequest r = new DescribeVpcsRequest();
    r.setSysRegionId("cn-beijing");
    assertThat(describe(r).getVpcs()).extracting(DescribeVpcsResponse.Vpc::getVpcId).containsExactly("vpc-bj");
  }

  @Test
  void aVpcOwnerIdOfAnotherAccountShowsNothing() throws ClientException {
    DescribeVpcsRequest r = new DescribeVpcsRequest();
    r.setVpcOwnerId(Long.valueOf(VpcWorld.B));
    assertThat(describe(r).getTotalCount()).isZero();
  }

  @Test
  void aDryRunIsAnsweredDryRunOperation() throws ClientException {
    DescribeVpcsRequest r = new DescribeVpcsRequest();
    r.setDryRun(true);
    Call.of(sdk, r).refused("DryRunOperation", 400, "Request validation has been passed with DryRun flag set.");
  }

  @Test
  void describeVRoutersShowsTheVRouterOfEachVpcWithItsRouteTable() throws ClientException {
    DescribeVRoutersRequest r = new DescribeVRoutersRequest();
    r.setVRouterId("vrt-hz");
    DescribeVRoutersResponse page = sdk.call(r);
    assertThat(page.getTotalCount()).isEqualTo(1);
    DescribeVRoutersResponse.VRouter v = page.getVRouters().get(0);
    assertThat(v.getVRouterId()).isEqualTo("vrt-hz");
    assertThat(v.getVpcId()).isEqualTo("vpc-hz");
    assertThat(v.getRegionId()).isEqualTo("cn-hangzhou");
    assertThat(v.getRouteTableIds()).containsExactly("vtb-hz");
    assertThat(v.getCreationTime()).isEqualTo("2024-01-02T03:04:05Z");
    assertThat(v.getVRouterName()).isEmpty();
  }

  @Test
  void describeVRoutersPagesTheCallersVRoutersOfTheRegion() throws ClientException {
    DescribeVRoutersRequest r = new DescribeVRoutersRequest();
    r.setPageSize(4);
    DescribeVRoutersResponse page = sdk.call(r);
    assertThat(page.getTotalCount()).isEqualTo(5);
    assertThat(page.getVRouters()).extracting(DescribeVRoutersResponse.VRouter::getVRouterId)
        .containsExactly("vrt-hz", "vrt-hz-empty", "vrt-hz-routed", "vrt-hz-ri");
  }
}

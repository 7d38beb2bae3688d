package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse.RouterInterfaceType;
import dev.aliyunmock.support.Sdk;
import java.util.Arrays;
import java.util.List;

/** Short forms of the VPC SDK's DescribeRouterInterfaces, as a user would write them. */
final class Vpc {
  private Vpc() {}

  static DescribeRouterInterfacesRequest.Filter filter(String key, String... values) {
    DescribeRouterInterfacesRequest.Filter f = new DescribeRouterInterfacesRequest.Filter();
    f.setKey(key);
    f.setValues(Arrays.asList(values));
    return f;
  }

  /** DescribeRouterInterfaces in a region with these filters (one poll). */
  static DescribeRouterInterfacesResponse describe(Sdk sdk, String regionId, DescribeRouterInterfacesRequest.Filter... filters)
      throws ClientException {
    DescribeRouterInterfacesRequest r = new DescribeRouterInterfacesRequest();
    r.setSysRegionId(regionId);
    if (filters.length > 0) {
      r.setFilters(List.of(filters));
    }
    return sdk.call(r);
  }

  /** One interface as DescribeRouterInterfaces shows it (one poll). */
  static RouterInterfaceType describeOne(Sdk sdk, String regionId, String routerInterfaceId) throws ClientException {
    DescribeRouterInterfacesResponse r = describe(sdk, regionId, filter("RouterInterfaceId", routerInterfaceId));
    assertThat(r.getRouterInterfaceSet()).as("interfaces with id %s", routerInterfaceId).hasSize(1);
    return r.getRouterInterfaceSet().get(0);
  }
}

package dev.aliyunmock.sdk;

import static dev.aliyunmock.sdk.Vpc.describe;
import static dev.aliyunmock.sdk.Vpc.filter;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse.RouterInterfaceType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SdkTestCase;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DescribeRouterInterfaces through the official SDK: paging, filters, scope and the fields of each dialect. */
class DescribeRouterInterfacesTest extends SdkTestCase {
  /**
   * Account A has twelve interfaces in cn-hangzhou (ri-d01 … ri-d12, in that order) and one in
   * cn-beijing; account B has one in cn-hangzhou. ri-d01 sets every field.
   */
  static final String WORLD =
      """
      {
        "Regions": ["cn-hangzhou", "cn-beijing"],
        "Accounts": [
          {"OwnerId": "1000000000000001", "AccessKeyId": "testAccessKeyId", "AccessKeySecret": "testAccessKeySecret"},
          {"OwnerId": "1000000000000002", "AccessKeyId": "peerAccessKeyId", "AccessKeySecret": "peerAccessKeySecret"}
        ],
        "Routers": [
          {"RouterId": "vrt-a-1", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-a-2", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"},
          {"RouterId": "vbr-a-1", "RouterType": "VBR", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-a-bj", "RouterType": "VRouter", "RegionId": "cn-beijing", "OwnerId": "1000000000000001"},
          {"RouterId": "vrt-b-1", "RouterType": "VRouter", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000002"}
        ],
        "RouterInterfaces": [
          {"RouterInterfaceId": "ri-d01", "RouterId": "vrt-a-1", "Role": "InitiatingSide", "Spec": "Large.1",
           "Name": "alpha", "Description": "every field set", "Status": "Idle", "BusinessStatus": "Normal",
           "CreationTime": "2024-01-02T03:04:05Z", "EndTime": "2999-09-08T16:00:00Z", "ChargeType": "AfterPay",
           "OppositeRegionId": "cn-beijing", "OppositeInterfaceId": "ri-x01", "OppositeRouterId": "vrt-x-1",
           "OppositeRouterType": "VRouter", "OppositeInterfaceOwnerId": "1000000000000001",
           "AccessPointId": "ap-cn-hangzhou-yh-A", "OppositeAccessPointId": "ap-cn-beijing-ft-B",
           "HealthCheckSourceIp": "10.0.0.1", "HealthCheckTargetIp": "10.0.0.2",
           "VpcInstanceId": "vpc-a-1", "OppositeVpcInstanceId": "vpc-x-1", "HcRate": 2000, "HcThreshold": 8,
           "CrossBorder": true, "HasReservationData": "false", "Ipv6Status": "off"},
          {"RouterInterfaceId": "ri-d02", "RouterId": "vrt-a-1", "Role": "InitiatingSide", "Name": "beta", "Status": "Inactive",
           "OppositeInterfaceId": "ri-x02", "OppositeRouterId": "vbr-x-1", "OppositeRouterType": "VBR",
           "OppositeInterfaceOwnerId": "1000000000000002"},
          {"RouterInterfaceId": "ri-d03", "RouterId": "vbr-a-1", "Role": "InitiatingSide", "Name": "gamma", "Status": "Active"},
          {"RouterInterfaceId": "ri-d04", "RouterId": "vrt-a-2", "Role": "AcceptingSide", "Name": "bulk"},
          {"RouterInterfaceId": "ri-d05", "RouterId": "vrt-a-2", "Role": "AcceptingSide", "Name": "bulk"},
          {"RouterInterfaceId": "ri-d06", "RouterId": "vrt-a-2", "Role": "AcceptingSide", "Name": "bulk"},
          {"RouterInterfaceId": "ri-d07", "RouterId": "vrt-a-2", "Role": "AcceptingSide", "Name": "bulk"},
          {"RouterInterfaceId": "ri-d08", "RouterId": "vrt-a-2", "Role": "AcceptingSide", "Name": "bulk"},
          {"RouterInterfaceId": "ri-d09", "RouterId": "vrt-a-2", "Role": "AcceptingSide", "Name": "bulk"},
          {"RouterInterfaceId": "ri-d10", "RouterId": "vrt-a-2", "Role": "AcceptingSide", "Name": "bulk"},
          {"RouterInterfaceId": "ri-d11", "RouterId": "vrt-a-2", "Role": "AcceptingSide", "Name": "bulk"},
          {"RouterInterfaceId": "ri-d12", "RouterId": "vrt-a-2", "Role": "AcceptingSide", "Name": "bulk"},
          {"RouterInterfaceId": "ri-a-bj", "RouterId": "vrt-a-bj", "Role": "AcceptingSide", "Name": "bulk"},
          {"RouterInterfaceId": "ri-b-1", "RouterId": "vrt-b-1", "Role": "AcceptingSide", "Name": "bulk",
           "OppositeInterfaceOwnerId": "1000000000000001"}
        ]
      }
      """;

  /** The 25 fields of RouterInterfaceType in the ECS SDK (docs/reference/router-interfaces.md). */
  static final Set<String> ECS_FIELDS =
      Set.of(
          "RouterInterfaceId", "OppositeRegionId", "Role", "Spec", "Name", "Description", "RouterId",
          "RouterType", "CreationTime", "EndTime", "ChargeType", "Status", "BusinessStatus", "ConnectedTime",
          "OppositeInterfaceId", "OppositeInterfaceSpec", "OppositeInterfaceStatus",
          "OppositeInterfaceBusinessStatus", "OppositeRouterId", "OppositeRouterType", "OppositeInterfaceOwnerId",
          "AccessPointId", "OppositeAccessPointId", "HealthCheckSourceIp", "HealthCheckTargetIp");

  /** The 13 the VPC SDK adds. */
  static final Set<String> VPC_ONLY_FIELDS =
      Set.of(
          "VpcInstanceId", "OppositeVpcInstanceId", "Bandwidth", "OppositeBandwidth", "HcRate", "HcThreshold",
          "CrossBorder", "HasReservationData", "ReservationActiveTime", "ReservationBandwidth",
          "ReservationInternetChargeType", "ReservationOrderType", "Ipv6Status");

  @Override
  protected String world() {
    return WORLD;
  }

  private List<String> ids(DescribeRouterInterfacesResponse r) {
    return r.getRouterInterfaceSet().stream().map(RouterInterfaceType::getRouterInterfaceId).toList();
  }

  private DescribeRouterInterfacesResponse page(Integer number, Integer size) throws ClientException {
    DescribeRouterInterfacesRequest r = new DescribeRouterInterfacesRequest();
    r.setPageNumber(number);
    r.setPageSize(size);
    return sdk.call(r);
  }

  /** A DescribeRouterInterfaces call in a dialect with raw parameters (name, value, name, value…). */
  private Call describeWith(Dialect d, String... params) {
    if (d == Dialect.ECS) {
      CommonRequest r = sdk.ecs("DescribeRouterInterfaces");
      for (int i = 0; i < params.length; i += 2) {
        r.putQueryParameter(params[i], params[i + 1]);
      }
      return Call.of(sdk, r);
    }
    DescribeRouterInterfacesRequest r = new DescribeRouterInterfacesRequest();
    for (int i = 0; i < params.length; i += 2) {
      r.putQueryParameter(params[i], params[i + 1]);
    }
    return Call.of(sdk, r);
  }

  private JsonNode ecsItems(String... params) throws ClientException {
    CommonRequest r = sdk.ecs("DescribeRouterInterfaces");
    for (int i = 0; i < params.length; i += 2) {
      r.putQueryParameter(params[i], params[i + 1]);
    }
    return Call.json(sdk.client().getCommonResponse(r).getData());
  }

  // ---- paging ----

  @Test
  void withoutPagingParametersThePageIsTheFirstOfTen() throws ClientException {
    DescribeRouterInterfacesResponse r = page(null, null);
    assertThat(r.getPageNumber()).isEqualTo(1);
    assertThat(r.getPageSize()).isEqualTo(10);
    assertThat(r.getTotalCount()).isEqualTo(12);
    assertThat(ids(r)).hasSize(10);
  }

  @Test
  void aPageSizeOfFiftyIsAccepted() throws ClientException {
    DescribeRouterInterfacesResponse r = page(1, 50);
    assertThat(r.getPageSize()).isEqualTo(50);
    assertThat(ids(r)).hasSize(12);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aPageSizeOfFiftyOneIsRefused(Dialect d) throws ClientException {
    describeWith(d, "PageSize", "51")
        .refused("InvalidRegionId.NotFound", 404, "The parameter wrong, pageNum or pageSize.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PageSize=0", "PageNumber=0", "PageNumber=-1", "PageSize=ten"})
  void aPagingValueOutOfRangeIsRefused(String param) throws ClientException {
    String[] kv = param.split("=");
    describeWith(Dialect.VPC, kv[0], kv[1])
        .refused("InvalidRegionId.NotFound", 404, "The parameter wrong, pageNum or pageSize.");
  }

  @Test
  void totalCountCountsAllMatchesNotThePage() throws ClientException {
    DescribeRouterInterfacesResponse r = page(2, 5);
    assertThat(r.getPageNumber()).isEqualTo(2);
    assertThat(r.getPageSize()).isEqualTo(5);
    assertThat(r.getTotalCount()).isEqualTo(12);
    assertThat(ids(r)).hasSize(5);
  }

  @Test
  void pagesSliceTheMatchesWithoutOverlapOrGap() throws ClientException {
    List<String> p1 = ids(page(1, 5));
    List<String> p2 = ids(page(2, 5));
    List<String> p3 = ids(page(3, 5));
    assertThat(p1).hasSize(5);
    assertThat(p2).hasSize(5);
    assertThat(p3).hasSize(2);
    List<String> all = new ArrayList<>(p1);
    all.addAll(p2);
    all.addAll(p3);
    assertThat(all)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrder(
            "ri-d01", "ri-d02", "ri-d03", "ri-d04", "ri-d05", "ri-d06", "ri-d07", "ri-d08", "ri-d09", "ri-d10",
            "ri-d11", "ri-d12");
  }

  @Test
  void aPageBeyondTheLastIsEmptyButCountsTheTotal() throws ClientException {
    DescribeRouterInterfacesResponse r = page(4, 5);
    assertThat(r.getRouterInterfaceSet()).isEmpty();
    assertThat(r.getTotalCount()).isEqualTo(12);
  }

  // ---- XML ----

  @Test
  void severalInterfacesParseFromXml() throws ClientException {
    DescribeRouterInterfacesRequest r = new DescribeRouterInterfacesRequest();
    r.setFilters(List.of(filter("Name", "alpha", "beta")));
    r.setSysAcceptFormat(FormatType.XML);
    DescribeRouterInterfacesResponse response = sdk.call(r);
    assertThat(ids(response)).containsExactlyInAnyOrder("ri-d01", "ri-d02");
    assertThat(response.getTotalCount()).isEqualTo(2);
    assertThat(response.getRouterInterfaceSet().get(0).getBandwidth()).isNotNull();
  }

  @Test
  void anEmptySetParsesFromXml() throws ClientException {
    DescribeRouterInterfacesRequest r = new DescribeRouterInterfacesRequest();
    r.setFilters(List.of(filter("Name", "nothing")));
    r.setSysAcceptFormat(FormatType.XML);
    DescribeRouterInterfacesResponse response = sdk.call(r);
    assertThat(response.getRouterInterfaceSet()).isEmpty();
    assertThat(response.getTotalCount()).isZero();
    assertThat(response.getPageNumber()).isEqualTo(1);
  }

  // ---- filters ----

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "RouterInterfaceId        | ri-d03           | ri-d03",
        "RouterId                 | vbr-a-1          | ri-d03",
        "RouterType               | VBR              | ri-d03",
        "OppositeInterfaceId      | ri-x01           | ri-d01",
        "OppositeRouterType       | VBR              | ri-d02",
        "OppositeRouterId         | vbr-x-1          | ri-d02",
        "OppositeInterfaceOwnerId | 1000000000000002 | ri-d02",
        "Status                   | Inactive         | ri-d02",
        "Name                     | gamma            | ri-d03"
      })
  void eachFilterKeySelectsTheInterfacesWithThatValue(String key, String value, String expected) throws ClientException {
    DescribeRouterInterfacesResponse r = describe(sdk, "cn-hangzhou", filter(key, value));
    assertThat(ids(r)).containsExactly(expected);
    assertThat(r.getTotalCount()).isEqualTo(1);
  }

  @Test
  void theRouterInterfaceOwnerIdFilterSelectsTheCallersInterfaces() throws ClientException {
    DescribeRouterInterfacesResponse r =
        describe(sdk, "cn-hangzhou", filter("RouterInterfaceOwnerId", "1000000000000001"));
    assertThat(r.getTotalCount()).isEqualTo(12);
  }

  @Test
  void theRouterInterfaceOwnerIdFilterDoesNotRevealAnotherAccount() throws ClientException {
    DescribeRouterInterfacesResponse r =
        describe(sdk, "cn-hangzhou", filter("RouterInterfaceOwnerId", "1000000000000002"));
    assertThat(r.getTotalCount()).isZero();
    assertThat(r.getRouterInterfaceSet()).isEmpty();
  }

  @Test
  void theValuesOfOneKeyAreOred() throws ClientException {
    DescribeRouterInterfacesResponse r = describe(sdk, "cn-hangzhou", filter("Name", "alpha", "beta", "nothing"));
    assertThat(ids(r)).containsExactlyInAnyOrder("ri-d01", "ri-d02");
  }

  @Test
  void differentKeysAreAnded() throws ClientException {
    DescribeRouterInterfacesResponse r =
        describe(sdk, "cn-hangzhou", filter("Name", "bulk"), filter("RouterInterfaceId", "ri-d01", "ri-d04"));
    assertThat(ids(r)).containsExactly("ri-d04");
    assertThat(r.getTotalCount()).isEqualTo(1);
  }

  @Test
  void aFilterMatchingNothingGivesAnEmptySet() throws ClientException {
    DescribeRouterInterfacesResponse r = describe(sdk, "cn-hangzhou", filter("Status", "Connecting"));
    assertThat(r.getTotalCount()).isZero();
    assertThat(r.getRouterInterfaceSet()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anUnknownFilterKeyIsRefusedWithInvalidFilterKeyValueNotSupported(Dialect d) throws ClientException {
    describeWith(d, "Filter.1.Key", "Colour", "Filter.1.Value.1", "blue")
        .refused("InvalidFilterKey.ValueNotSupported", 404, "Specified filter key is not supported: Filter.X.key");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aFilterKeyWithoutValuesIsRefusedWithInvalidParamNotNull(Dialect d) throws ClientException {
    describeWith(d, "Filter.1.Key", "Name").refused("InvalidParam.NotNull", 400, "The parameter must not be null.");
  }

  @Test
  void aFilterWithoutValuesBuiltWithTheSdkIsRefusedWithInvalidParamNotNull() throws ClientException {
    DescribeRouterInterfacesRequest r = new DescribeRouterInterfacesRequest();
    DescribeRouterInterfacesRequest.Filter f = new DescribeRouterInterfacesRequest.Filter();
    f.setKey("Name");
    r.setFilters(List.of(f));
    Call.of(sdk, r).refused("InvalidParam.NotNull", 400, "The parameter must not be null.");
  }

  // ---- scope ----

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anUnknownRegionIsRefusedWithInvalidRegionIdNotFound(Dialect d) throws ClientException {
    describeWith(d)
        .region("cn-nowhere")
        .refused("InvalidRegionId.NotFound", 404, "The specified RegionId does not exist in our record.");
  }

  @Test
  void onlyTheCallersInterfacesAreVisible() throws ClientException {
    assertThat(describe(sdk, "cn-hangzhou", filter("RouterInterfaceId", "ri-b-1")).getRouterInterfaceSet()).isEmpty();
    Sdk peer = new Sdk(server, Sdk.PEER_KEY, Sdk.PEER_SECRET);
    try {
      assertThat(ids(describe(peer, "cn-hangzhou"))).containsExactly("ri-b-1");
    } finally {
      peer.client().shutdown();
    }
  }

  @Test
  void onlyTheRequestedRegionsInterfacesAreVisible() throws ClientException {
    assertThat(ids(describe(sdk, "cn-beijing"))).containsExactly("ri-a-bj");
    assertThat(describe(sdk, "cn-beijing", filter("RouterInterfaceId", "ri-d01")).getRouterInterfaceSet()).isEmpty();
  }

  // ---- fields ----

  @Test
  void theVpcDialectCarriesThe38FieldsOfTheVpcSdkAndTheNewerSdksTagsAndResourceGroup() throws ClientException {
    DescribeRouterInterfacesRequest r = new DescribeRouterInterfacesRequest();
    r.setFilters(List.of(filter("RouterInterfaceId", "ri-d01")));
    JsonNode item = Call.json(Sdk.body(sdk.raw(r))).at("/RouterInterfaceSet/RouterInterfaceType/0");
    Set<String> expected = new LinkedHashSet<>(ECS_FIELDS);
    expected.addAll(VPC_ONLY_FIELDS);
    assertThat(expected).hasSize(38);
    expected.add("ResourceGroupId");
    expected.add("Tags");
    assertThat(fieldNames(item)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(item.get("Tags").get("Tags").isArray()).isTrue();
    expected.remove("Tags");
    for (String f : List.of("Bandwidth", "OppositeBandwidth", "HcRate", "HcThreshold")) {
      assertThat(item.get(f).isInt()).as(f).isTrue();
    }
    assertThat(item.get("CrossBorder").isBoolean()).isTrue();
    for (String f : expected) {
      if (!List.of("Bandwidth", "OppositeBandwidth", "HcRate", "HcThreshold", "CrossBorder").contains(f)) {
        assertThat(item.get(f).isTextual()).as(f).isTrue();
      }
    }
  }

  @Test
  void theVpcSdkReadsEveryFieldTyped() throws ClientException {
    RouterInterfaceType ri = Vpc.describeOne(sdk, "cn-hangzhou", "ri-d01");
    assertThat(ri.getRouterInterfaceId()).isEqualTo("ri-d01");
    assertThat(ri.getRouterId()).isEqualTo("vrt-a-1");
    assertThat(ri.getRouterType()).isEqualTo("VRouter");
    assertThat(ri.getRole()).isEqualTo("InitiatingSide");
    assertThat(ri.getSpec()).isEqualTo("Large.1");
    assertThat(ri.getName()).isEqualTo("alpha");
    assertThat(ri.getDescription()).isEqualTo("every field set");
    assertThat(ri.getStatus()).isEqualTo("Idle");
    assertThat(ri.getBusinessStatus()).isEqualTo("Normal");
    assertThat(ri.getCreationTime()).isEqualTo("2024-01-02T03:04:05Z");
    assertThat(ri.getEndTime()).isEqualTo("2999-09-08T16:00:00Z");
    assertThat(ri.getChargeType()).isEqualTo("AfterPay");
    assertThat(ri.getOppositeRegionId()).isEqualTo("cn-beijing");
    assertThat(ri.getOppositeInterfaceId()).isEqualTo("ri-x01");
    assertThat(ri.getOppositeRouterId()).isEqualTo("vrt-x-1");
    assertThat(ri.getOppositeRouterType()).isEqualTo("VRouter");
    assertThat(ri.getOppositeInterfaceOwnerId()).isEqualTo("1000000000000001");
    assertThat(ri.getAccessPointId()).isEqualTo("ap-cn-hangzhou-yh-A");
    assertThat(ri.getOppositeAccessPointId()).isEqualTo("ap-cn-beijing-ft-B");
    assertThat(ri.getHealthCheckSourceIp()).isEqualTo("10.0.0.1");
    assertThat(ri.getHealthCheckTargetIp()).isEqualTo("10.0.0.2");
    assertThat(ri.getVpcInstanceId()).isEqualTo("vpc-a-1");
    assertThat(ri.getOppositeVpcInstanceId()).isEqualTo("vpc-x-1");
    assertThat(ri.getBandwidth()).isEqualTo(1000);
    assertThat(ri.getOppositeBandwidth()).isZero();
    assertThat(ri.getHcRate()).isEqualTo(2000);
    assertThat(ri.getHcThreshold()).isEqualTo(8);
    assertThat(ri.getCrossBorder()).isTrue();
    assertThat(ri.getHasReservationData()).isEqualTo("false");
    assertThat(ri.getIpv6Status()).isEqualTo("off");
    assertThat(ri.getConnectedTime()).isEmpty();
  }

  @Test
  void theEcsDialectCarriesExactlyThe25EcsFieldsAsText() throws ClientException {
    JsonNode body = ecsItems("Filter.1.Key", "RouterInterfaceId", "Filter.1.Value.1", "ri-d01");
    assertThat(body.get("TotalCount").asInt()).isEqualTo(1);
    JsonNode item = body.at("/RouterInterfaceSet/RouterInterfaceType/0");
    assertThat(fieldNames(item)).containsExactlyInAnyOrderElementsOf(ECS_FIELDS).hasSize(25);
    item.properties().forEach(e -> assertThat(e.getValue().isTextual()).as(e.getKey()).isTrue());
    assertThat(item.get("Spec").asText()).isEqualTo("Large.1");
  }

  @Test
  void theEcsDialectPagesAndFiltersLikeTheVpcDialect() throws ClientException {
    JsonNode body =
        ecsItems("PageSize", "5", "PageNumber", "2", "Filter.1.Key", "Name", "Filter.1.Value.1", "bulk");
    assertThat(body.get("PageNumber").asInt()).isEqualTo(2);
    assertThat(body.get("PageSize").asInt()).isEqualTo(5);
    assertThat(body.get("TotalCount").asInt()).isEqualTo(9);
    assertThat(body.at("/RouterInterfaceSet/RouterInterfaceType")).hasSize(4);
  }

  private List<String> fieldNames(JsonNode item) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = item.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }
}

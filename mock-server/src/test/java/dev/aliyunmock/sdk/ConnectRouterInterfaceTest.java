package dev.aliyunmock.sdk;

import static dev.aliyunmock.sdk.Vpc.describeOne;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.HttpResponse;
import com.aliyuncs.reader.XmlReader;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse.RouterInterfaceType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SdkTestCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A successful ConnectRouterInterface on the default world, as a user sees it with the official
 * SDK: the transient statuses, Active after polling, the mirrored fields, both formats, both
 * dialects, and a connection across accounts.
 */
class ConnectRouterInterfaceTest extends SdkTestCase {
  static final String INITIATOR = "ri-hangzhou0initiator001";
  static final String ACCEPTOR = "ri-beijing00acceptor0001";
  static final String CROSS_INITIATOR = "ri-hangzhou0crossacct001";
  static final String PEER_ACCEPTOR = "ri-shanghai0peeraccpt002";
  static final String API_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

  @Override
  protected String world() {
    return null;
  }

  private ConnectRouterInterfaceResponse connect(String id) throws ClientException {
    ConnectRouterInterfaceRequest r = new ConnectRouterInterfaceRequest();
    r.setRouterInterfaceId(id);
    return sdk.call(r);
  }

  /** Status as the world holds it, read without counting as a poll. */
  private String statusInWorld(String id) {
    return server.mock().routerInterface(id).orElseThrow().text(dev.aliyunmock.routerinterface.RouterInterfaceField.Status);
  }

  /**
   * Reads an XML body with the reader DefaultAcsClient itself uses for XML responses (deprecated
   * for direct use, still what the 4.7.3 client runs).
   */
  @SuppressWarnings("deprecation")
  private Map<String, String> readXml(HttpResponse response, String root) throws ClientException {
    return new XmlReader().read(Sdk.body(response), root);
  }

  private void connectAndPollUntilActive() throws ClientException {
    connect(INITIATOR);
    describeOne(sdk, "cn-hangzhou", INITIATOR);
    assertThat(describeOne(sdk, "cn-hangzhou", INITIATOR).getStatus()).isEqualTo("Active");
  }

  @Test
  void connectAnswersWithARequestIdAndStartsBothTransientStatuses() throws ClientException {
    assertThat(connect(INITIATOR).getRequestId()).matches(Call.REQUEST_ID);
    assertThat(statusInWorld(INITIATOR)).isEqualTo("Connecting");
    assertThat(statusInWorld(ACCEPTOR)).isEqualTo("AcceptingConnect");
  }

  @Test
  void pollingTheInitiatorShowsConnectingOnceThenActive() throws ClientException {
    assertThat(describeOne(sdk, "cn-hangzhou", INITIATOR).getStatus()).isEqualTo("Idle");
    connect(INITIATOR);
    assertThat(describeOne(sdk, "cn-hangzhou", INITIATOR).getStatus()).isEqualTo("Connecting");
    assertThat(describeOne(sdk, "cn-hangzhou", INITIATOR).getStatus()).isEqualTo("Active");
    assertThat(describeOne(sdk, "cn-hangzhou", INITIATOR).getStatus()).isEqualTo("Active");
  }

  @Test
  void pollingTheAcceptorShowsAcceptingConnectOnceThenActive() throws ClientException {
    connect(INITIATOR);
    assertThat(describeOne(sdk, "cn-beijing", ACCEPTOR).getStatus()).isEqualTo("AcceptingConnect");
    assertThat(describeOne(sdk, "cn-beijing", ACCEPTOR).getStatus()).isEqualTo("Active");
  }

  @Test
  void theAcceptorBecomesActiveWithItsInitiator() throws ClientException {
    connectAndPollUntilActive();
    assertThat(describeOne(sdk, "cn-beijing", ACCEPTOR).getStatus()).isEqualTo("Active");
  }

  @Test
  void connectedTimeIsSetOnBothSidesOnlyOnceActive() throws ClientException {
    connect(INITIATOR);
    assertThat(describeOne(sdk, "cn-hangzhou", INITIATOR).getConnectedTime()).isEmpty();
    RouterInterfaceType initiator = describeOne(sdk, "cn-hangzhou", INITIATOR);
    RouterInterfaceType acceptor = describeOne(sdk, "cn-beijing", ACCEPTOR);
    assertThat(initiator.getConnectedTime()).matches(API_TIME);
    assertThat(acceptor.getConnectedTime()).isEqualTo(initiator.getConnectedTime());
  }

  @Test
  void eachSideOfAnActivePairMirrorsTheOther() throws ClientException {
    connectAndPollUntilActive();
    RouterInterfaceType initiator = describeOne(sdk, "cn-hangzhou", INITIATOR);
    RouterInterfaceType acceptor = describeOne(sdk, "cn-beijing", ACCEPTOR);
    assertThat(initiator.getOppositeInterfaceStatus()).isEqualTo(acceptor.getStatus()).isEqualTo("Active");
    assertThat(acceptor.getOppositeInterfaceStatus()).isEqualTo(initiator.getStatus()).isEqualTo("Active");
    assertThat(initiator.getOppositeInterfaceSpec()).isEqualTo(acceptor.getSpec()).isEqualTo("Negative");
    assertThat(acceptor.getOppositeInterfaceSpec()).isEqualTo(initiator.getSpec()).isEqualTo("Large.2");
    assertThat(initiator.getOppositeInterfaceBusinessStatus()).isEqualTo(acceptor.getBusinessStatus()).isEqualTo("Normal");
    assertThat(acceptor.getOppositeInterfaceBusinessStatus()).isEqualTo(initiator.getBusinessStatus()).isEqualTo("Normal");
    assertThat(initiator.getOppositeBandwidth()).isEqualTo(acceptor.getBandwidth());
    assertThat(acceptor.getOppositeBandwidth()).isEqualTo(initiator.getBandwidth()).isEqualTo(2000);
  }

  @Test
  void theMirrorsFollowTheTransientStatuses() throws ClientException {
    connect(INITIATOR);
    assertThat(describeOne(sdk, "cn-hangzhou", INITIATOR).getOppositeInterfaceStatus()).isEqualTo("AcceptingConnect");
  }

  @Test
  void connectAndDescribeParseFromXmlInTheVpcDialect() throws ClientException {
    ConnectRouterInterfaceRequest c = new ConnectRouterInterfaceRequest();
    c.setRouterInterfaceId(INITIATOR);
    c.setSysAcceptFormat(FormatType.XML);
    assertThat(sdk.call(c).getRequestId()).matches(Call.REQUEST_ID);

    DescribeRouterInterfacesRequest d = new DescribeRouterInterfacesRequest();
    d.setFilters(List.of(Vpc.filter("RouterInterfaceId", INITIATOR)));
    d.setSysAcceptFormat(FormatType.XML);
    HttpResponse raw = sdk.raw(d);
    assertThat(raw.getHttpContentType()).isEqualTo(FormatType.XML);
    assertThat(Sdk.body(raw)).contains("<Status>Connecting</Status>");

    DescribeRouterInterfacesResponse r = sdk.call(d);
    assertThat(r.getTotalCount()).isEqualTo(1);
    assertThat(r.getRouterInterfaceSet()).singleElement().satisfies(ri -> {
      assertThat(ri.getRouterInterfaceId()).isEqualTo(INITIATOR);
      assertThat(ri.getStatus()).isEqualTo("Active");
      assertThat(ri.getBandwidth()).isEqualTo(2000);
      assertThat(ri.getConnectedTime()).matches(API_TIME);
    });
  }

  @Test
  void aRefusalInXmlIsParsedByTheSdk() throws ClientException {
    ConnectRouterInterfaceRequest c = new ConnectRouterInterfaceRequest();
    c.setRouterInterfaceId(ACCEPTOR);
    c.setSysRegionId("cn-beijing");
    c.setSysAcceptFormat(FormatType.XML);
    ClientException e = sdk.assertRefused(c, "IncorrectRole.NotInitiatingSide", 400);
    assertThat(e.getErrMsg()).isEqualTo("The specified RouterInterface is not InitiatingSide.");
  }

  @Test
  void theEcsDialectConnectsWithACommonRequestInJson() throws ClientException {
    CommonRequest c = sdk.ecs("ConnectRouterInterface");
    c.putQueryParameter("RouterInterfaceId", INITIATOR);
    CommonResponse r = sdk.client().getCommonResponse(c);
    assertThat(r.getHttpResponse().getHttpContentType()).isEqualTo(FormatType.JSON);
    assertThat(Call.json(r.getData()).path("RequestId").asText()).matches(Call.REQUEST_ID);

    CommonRequest d = sdk.ecs("DescribeRouterInterfaces");
    d.putQueryParameter("Filter.1.Key", "RouterInterfaceId");
    d.putQueryParameter("Filter.1.Value.1", INITIATOR);
    JsonNode first = Call.json(sdk.client().getCommonResponse(d).getData());
    assertThat(first.at("/RouterInterfaceSet/RouterInterfaceType/0/Status").asText()).isEqualTo("Connecting");
    JsonNode second = Call.json(sdk.client().getCommonResponse(d).getData());
    assertThat(second.at("/RouterInterfaceSet/RouterInterfaceType/0/Status").asText()).isEqualTo("Active");
    assertThat(second.at("/RouterInterfaceSet/RouterInterfaceType/0/ConnectedTime").asText()).matches(API_TIME);
  }

  @Test
  void theEcsDialectAnswersXmlWhenNoFormatIsSent() throws ClientException {
    EcsWithoutFormat c = new EcsWithoutFormat(server.endpoint(), "ConnectRouterInterface");
    c.putQueryParameter("RouterInterfaceId", INITIATOR);
    HttpResponse connected = sdk.client().doAction(c);
    assertThat(connected.getStatus()).isEqualTo(200);
    assertThat(connected.getHttpContentType()).isEqualTo(FormatType.XML);
    Map<String, String> connectXml = readXml(connected, "ConnectRouterInterfaceResponse");
    assertThat(connectXml.get("ConnectRouterInterfaceResponse.RequestId")).matches(Call.REQUEST_ID);

    EcsWithoutFormat d = new EcsWithoutFormat(server.endpoint(), "DescribeRouterInterfaces");
    d.putQueryParameter("Filter.1.Key", "RouterInterfaceId");
    d.putQueryParameter("Filter.1.Value.1", INITIATOR);
    HttpResponse described = sdk.client().doAction(d);
    assertThat(described.getHttpContentType()).isEqualTo(FormatType.XML);
    Map<String, String> describeXml = readXml(described, "DescribeRouterInterfacesResponse");
    assertThat(describeXml)
        .containsEntry("DescribeRouterInterfacesResponse.TotalCount", "1")
        .containsEntry("DescribeRouterInterfacesResponse.RouterInterfaceSet[0].RouterInterfaceId", INITIATOR)
        .containsEntry("DescribeRouterInterfacesResponse.RouterInterfaceSet[0].Status", "Connecting");
  }

  @Test
  void theEcsDialectAnswersARefusalInXmlWhenNoFormatIsSent() throws ClientException {
    EcsWithoutFormat c = new EcsWithoutFormat(server.endpoint(), "ConnectRouterInterface");
    c.putQueryParameter("RouterInterfaceId", "ri-does-not-exist");
    HttpResponse refused = sdk.client().doAction(c);
    assertThat(refused.getStatus()).isEqualTo(404);
    assertThat(refused.getHttpContentType()).isEqualTo(FormatType.XML);
    Map<String, String> error = readXml(refused, "Error");
    assertThat(error)
        .containsEntry("Error.Code", "InvalidRouterInterfaceId.NotFound")
        .containsEntry("Error.Message", "The specified RouterInterfaceId does not exist in our record.");
    assertThat(error.get("Error.RequestId")).matches(Call.REQUEST_ID);
  }

  @Test
  void aConnectionAcrossAccountsMakesThePeersAcceptorActive() throws ClientException {
    Sdk peer = new Sdk(server, Sdk.PEER_KEY, Sdk.PEER_SECRET);
    try {
      connect(CROSS_INITIATOR);
      assertThat(describeOne(peer, "cn-shanghai", PEER_ACCEPTOR).getStatus()).isEqualTo("AcceptingConnect");
      RouterInterfaceType acceptor = describeOne(peer, "cn-shanghai", PEER_ACCEPTOR);
      assertThat(acceptor.getStatus()).isEqualTo("Active");
      assertThat(acceptor.getOppositeInterfaceId()).isEqualTo(CROSS_INITIATOR);
      assertThat(acceptor.getOppositeInterfaceOwnerId()).isEqualTo("1000000000000001");
      assertThat(acceptor.getOppositeInterfaceStatus()).isEqualTo("Active");
      assertThat(describeOne(sdk, "cn-hangzhou", CROSS_INITIATOR).getStatus()).isEqualTo("Active");
    } finally {
      peer.client().shutdown();
    }
  }
}

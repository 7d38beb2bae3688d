package dev.aliyunmock.protocol;

import static dev.aliyunmock.support.ApiHttp.assertError;
import static dev.aliyunmock.support.ApiHttp.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.ApiHttp;
import dev.aliyunmock.support.Envelope;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.SignedCall;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RequestId and Format of every answer (docs/reference/api-versions.md, docs/reference/gateway.md). */
class ResponseFormatTest {
  private AliyunMockServer server;
  private ApiHttp http;

  @BeforeEach
  void start() {
    server = MockServers.start();
    http = new ApiHttp(server);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void everySuccessCarriesAFreshUpperCaseUuidRequestIdAlsoInTheHeader() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      Response r = http.sdkStyle(SignedCall.vpc("DescribeRouterInterfaces"));
      Envelope e = assertOk(r);
      assertThat(r.getHeader("x-acs-request-id")).isEqualTo(e.requestId());
      ids.add(e.requestId());
    }
    assertThat(ids).hasSize(5).allMatch(id -> id.matches(Envelope.REQUEST_ID));
  }

  @Test
  void everyErrorCarriesAFreshRequestIdAlsoInTheHeader() {
    Response a = http.send("GET", "/?Action=Nope");
    Response b = http.send("GET", "/?Action=Nope");
    Envelope ea = assertError(a, 400, "MissingAccessKeyId");
    Envelope eb = assertError(b, 400, "MissingAccessKeyId");
    assertThat(a.getHeader("x-acs-request-id")).isEqualTo(ea.requestId());
    assertThat(ea.requestId()).isNotEqualTo(eb.requestId());
  }

  @Test
  void formatJsonAnswersApplicationJsonUtf8() {
    Response r = http.sdkStyle(SignedCall.ecs("DescribeRouterInterfaces").with("Format", "JSON"));
    assertOk(r);
    assertThat(r.getContentType()).isEqualTo("application/json;charset=utf-8");
    assertThat(r.jsonPath().getString("RequestId")).matches(Envelope.REQUEST_ID);
  }

  @Test
  void formatXmlAnswersTextXmlUtf8WithTheActionResponseRoot() {
    Response r = http.sdkStyle(SignedCall.vpc("DescribeRouterInterfaces").with("Format", "XML"));
    Envelope e = assertOk(r);
    assertThat(r.getContentType()).isEqualTo("text/xml;charset=utf-8");
    assertThat(e.root()).isEqualTo("DescribeRouterInterfacesResponse");
  }

  @Test
  void ecsDialectWithoutFormatAnswersXml() {
    Response r = http.sdkStyle(SignedCall.ecs("DescribeRouterInterfaces"));
    Envelope e = assertOk(r);
    assertThat(e.json()).isFalse();
    assertThat(r.getContentType()).isEqualTo("text/xml;charset=utf-8");
  }

  @Test
  void vpcDialectWithoutFormatAnswersJson() {
    Response r = http.sdkStyle(SignedCall.vpc("DescribeRouterInterfaces"));
    Envelope e = assertOk(r);
    assertThat(e.json()).isTrue();
    assertThat(r.getContentType()).isEqualTo("application/json;charset=utf-8");
  }

  @Test
  void unknownFormatIsRefusedWithInvalidParameter() {
    Envelope e = assertError(http.sdkStyle(SignedCall.vpc("DescribeRouterInterfaces").with("Format", "YAML")),
        400, "InvalidParameter");
    assertThat(e.message()).isEqualTo("The specified value of parameter \"Format\" is not valid.");
  }

  @Test
  void xmlSuccessListsRouterInterfacesAsRepeatedTypeElements() {
    Response r = http.sdkStyle(SignedCall.vpc("DescribeRouterInterfaces").with("Format", "XML"));
    assertOk(r);
    assertThat(r.xmlPath().getList("DescribeRouterInterfacesResponse.RouterInterfaceSet.RouterInterfaceType.RouterInterfaceId"))
        .contains("ri-hangzhou0initiator001");
  }
}

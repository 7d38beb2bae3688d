package dev.aliyunmock.protocol;

import static dev.aliyunmock.support.ApiHttp.FORM;
import static dev.aliyunmock.support.ApiHttp.assertError;
import static dev.aliyunmock.support.ApiHttp.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.CommonRequest;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.ApiHttp;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SignedCall;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signature version 1 is verified over the decoded parameters, sorted and re-encoded, never over
 * the raw query; over query ∪ form, the form winning for a name in both (docs/reference/gateway.md, docs/reference/readings.md).
 */
class RpcV1VerificationTest {
  /** A value whose SDK wire encoding ({@code %7E}, raw {@code *}) differs from the canonical one. */
  private static final String ODD_VALUE = "ri-abc~*' ()!+/=&中";

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

  private static String encode(Map<String, String> p) {
    return SignedCall.wire(p);
  }

  @Test
  void valueSentInTheSdkWireEncodingVerifies() {
    Response r = http.sdkStyle(SignedCall.vpc("ConnectRouterInterface").with("RouterInterfaceId", ODD_VALUE));
    // Past the signature: the action itself refuses the unknown id.
    assertError(r, 404, "InvalidRouterInterfaceId.NotFound");
    String url = server.wireMock().getAllServeEvents().get(0).getRequest().getUrl();
    assertThat(url).contains("RouterInterfaceId=ri-abc%7E*%27%20%28%29%21%2B%2F%3D%26%E4%B8%AD");
  }

  @Test
  void valueSentWithCanonicalEncodingAlsoVerifies() {
    Map<String, String> p = SignedCall.vpc("ConnectRouterInterface").with("RouterInterfaceId", ODD_VALUE).signed();
    StringBuilder q = new StringBuilder();
    p.forEach((k, v) -> q.append(q.length() == 0 ? "" : "&").append(k).append('=')
        .append(dev.aliyunmock.support.RpcV1TestSigner.percentEncode(v)));
    assertError(http.send("POST", "/?" + q), 404, "InvalidRouterInterfaceId.NotFound");
  }

  @Test
  void officialSdkSignatureOverReservedCharactersVerifies() throws Exception {
    Sdk sdk = new Sdk(server);
    CommonRequest r = sdk.vpc("ConnectRouterInterface");
    r.putQueryParameter("RouterInterfaceId", ODD_VALUE);
    sdk.assertRefused(r, "InvalidRouterInterfaceId.NotFound", 404);
  }

  @Test
  void officialSdkGetWithXmlFormatIsServed() throws Exception {
    Sdk sdk = new Sdk(server);
    com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest r =
        new com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest();
    r.setSysMethod(com.aliyuncs.http.MethodType.GET);
    r.setSysAcceptFormat(com.aliyuncs.http.FormatType.XML);
    assertThat(sdk.call(r).getRouterInterfaceSet()).isNotEmpty();
    assertThat(server.wireMock().getAllServeEvents().get(0).getRequest().getMethod().getName()).isEqualTo("GET");
  }

  @Test
  void signedGetWithParametersInTheQueryIsServed() {
    SignedCall c = SignedCall.vpc("DescribeRouterInterfaces").method("GET");
    assertOk(http.send("GET", "/?" + encode(c.signed())));
  }

  @Test
  void signedPostWithParametersInTheQueryIsServed() {
    assertOk(http.sdkStyle(SignedCall.vpc("DescribeRouterInterfaces")));
  }

  @Test
  void signatureOfGetDoesNotVerifyOnPost() {
    SignedCall c = SignedCall.vpc("DescribeRouterInterfaces").method("GET");
    assertError(http.send("POST", "/?" + encode(c.signed())), 400, "SignatureDoesNotMatch");
  }

  @Test
  void parametersInAFormBodyVerify() {
    SignedCall c = SignedCall.vpc("ConnectRouterInterface").with("RouterInterfaceId", "ri-hangzhou0initiator001");
    byte[] body = encode(c.signed()).getBytes(StandardCharsets.US_ASCII);
    assertOk(http.send("POST", "/", FORM, body));
    assertThat(server.mock().routerInterface("ri-hangzhou0initiator001").orElseThrow().status().apiName())
        .isEqualTo("Connecting");
  }

  @Test
  void parametersSplitAcrossQueryAndFormVerify() {
    Map<String, String> p = SignedCall.vpc("ConnectRouterInterface")
        .with("RouterInterfaceId", "ri-hangzhou0initiator001").signed();
    Map<String, String> query = new LinkedHashMap<>();
    Map<String, String> form = new LinkedHashMap<>();
    p.forEach((k, v) -> (k.startsWith("Signature") || k.equals("RouterInterfaceId") ? form : query).put(k, v));
    assertOk(http.send("POST", "/?" + encode(query), FORM, encode(form).getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void formValueWinsForANameInBothQueryAndForm() {
    Map<String, String> p = SignedCall.vpc("ConnectRouterInterface")
        .with("RouterInterfaceId", "ri-hangzhou0initiator001").signed();
    String query = encode(p) + "&RouterInterfaceId=ri-doesnotexist000000";
    String form = "RouterInterfaceId=ri-hangzhou0initiator001";
    // Signed over the form's value and served on it: the query's duplicate is overridden.
    assertOk(http.send("POST", "/?" + query, FORM, form.getBytes(StandardCharsets.US_ASCII)));
    assertThat(server.mock().routerInterface("ri-hangzhou0initiator001").orElseThrow().status().apiName())
        .isEqualTo("Connecting");
  }

  @Test
  void signatureOverTheQueryValueOfANameOverriddenByTheFormDoesNotMatch() {
    Map<String, String> p = SignedCall.vpc("ConnectRouterInterface")
        .with("RouterInterfaceId", "ri-hangzhou0initiator001").signed();
    String form = "RouterInterfaceId=ri-beijing00acceptor0001";
    assertError(http.send("POST", "/?" + encode(p), FORM, form.getBytes(StandardCharsets.US_ASCII)),
        400, "SignatureDoesNotMatch");
  }

  @Test
  void signatureIsNotComputedOverTheRawQuery() {
    // The raw query, in arrival order, encoded as the SDK encodes: not what is signed.
    Map<String, String> p = SignedCall.vpc("DescribeRouterInterfaces").with("Name", ODD_VALUE).unsigned();
    String raw = encode(p);
    String wrong = dev.aliyunmock.support.RpcV1TestSigner.signature(
        "POST&%2F&" + dev.aliyunmock.support.RpcV1TestSigner.percentEncode(raw), Sdk.SECRET);
    assertError(http.send("POST", "/?" + raw + "&Signature=" + SignedCall.sdkEncode(wrong)),
        400, "SignatureDoesNotMatch");
  }
}

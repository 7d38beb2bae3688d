package dev.aliyunmock.protocol;

import static dev.aliyunmock.support.ApiHttp.assertError;
import static dev.aliyunmock.support.ApiHttp.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.tea.TeaException;
import com.aliyun.tea.TeaRequest;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.vpc20160428.Client;
import com.aliyun.vpc20160428.models.ConnectRouterInterfaceRequest;
import com.aliyun.vpc20160428.models.ConnectRouterInterfaceResponse;
import com.aliyun.vpc20160428.models.DescribeRouterInterfacesRequest;
import com.aliyun.vpc20160428.models.DescribeRouterInterfacesResponse;
import com.aliyun.vpc20160428.models.DescribeRouterInterfacesResponseBody.DescribeRouterInterfacesResponseBodyRouterInterfaceSetRouterInterfaceType;
import dev.aliyunmock.protocol.auth.Acs3Signature;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.ApiHttp;
import dev.aliyunmock.support.Envelope;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SignedCall;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ACS3-HMAC-SHA256, the header signature of the newer SDK ({@code com.aliyun:vpc20160428} on
 * tea-openapi): its signer as the golden reference, its client unchanged against the mock, and
 * hand-made requests signed by its own {@code getAuthorization}, then tampered with.
 */
class Acs3Test {
  private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

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

  private Client teaClient(String secret) throws Exception {
    Config config = new Config()
        .setAccessKeyId(Sdk.KEY)
        .setAccessKeySecret(secret)
        .setRegionId("cn-hangzhou")
        .setEndpoint(server.endpoint())
        .setProtocol("HTTP");
    return new Client(config);
  }

  private static ConnectRouterInterfaceRequest connect(String id) {
    return new ConnectRouterInterfaceRequest().setRegionId("cn-hangzhou").setRouterInterfaceId(id);
  }

  // ---- golden ----

  @Test
  void signatureEqualsTheNewerSdksOwnSignerForAFixedRequest() throws Exception {
    TeaRequest r = new TeaRequest();
    r.method = "POST";
    r.pathname = "/";
    r.query = new LinkedHashMap<>();
    r.query.put("RouterInterfaceId", "ri-abc~*' ()!+/=&中");
    r.query.put("RegionId", "cn-hangzhou");
    r.query.put("Empty", "");
    r.headers = new LinkedHashMap<>();
    r.headers.put("host", "127.0.0.1:8080");
    r.headers.put("x-acs-action", "ConnectRouterInterface");
    r.headers.put("x-acs-version", "2016-04-28");
    r.headers.put("x-acs-date", "2026-11-28T00:12:21Z");
    r.headers.put("x-acs-signature-nonce", "c0ffee00c0ffee00c0ffee00c0ffee00");
    r.headers.put("x-acs-content-sha256", EMPTY_SHA256);
    r.headers.put("content-type", "application/x-www-form-urlencoded");
    r.headers.put("user-agent", "not signed");
    String authorization = com.aliyun.openapiutil.Client.getAuthorization(
        r, "ACS3-HMAC-SHA256", EMPTY_SHA256, Sdk.KEY, Sdk.SECRET);

    List<String> signed = List.of("content-type", "host", "x-acs-action", "x-acs-content-sha256",
        "x-acs-date", "x-acs-signature-nonce", "x-acs-version");
    String canonical = Acs3Signature.canonicalRequest("POST", "/", r.query, r.headers, signed, EMPTY_SHA256);
    String ours = Acs3Signature.sign(Acs3Signature.stringToSign(canonical), Sdk.SECRET);

    assertThat(authorization).isEqualTo("ACS3-HMAC-SHA256 Credential=" + Sdk.KEY + ",SignedHeaders="
        + String.join(";", signed) + ",Signature=" + ours);
  }

  @Test
  void contentHashIsLowerCaseHexSha256() {
    assertThat(Acs3Signature.sha256Hex(new byte[0])).isEqualTo(EMPTY_SHA256);
  }

  // ---- the newer SDK, unchanged ----

  @Test
  void teaClientConnectOfAnIdleInitiatorSucceeds() throws Exception {
    ConnectRouterInterfaceResponse r = teaClient(Sdk.SECRET).connectRouterInterface(connect("ri-hangzhou0initiator001"));
    assertThat(r.getStatusCode()).isEqualTo(200);
    assertThat(r.getBody().getRequestId()).matches(Envelope.REQUEST_ID);
    assertThat(server.mock().routerInterface("ri-hangzhou0initiator001").orElseThrow().status().apiName())
        .isEqualTo("Connecting");
  }

  @Test
  void teaClientSecondConnectIsRefusedWithIncorrectRiStatus() throws Exception {
    Client client = teaClient(Sdk.SECRET);
    client.connectRouterInterface(connect("ri-hangzhou0initiator001"));
    TeaException e = assertThrows(TeaException.class,
        () -> client.connectRouterInterface(connect("ri-hangzhou0initiator001")));
    assertThat(e.getCode()).isEqualTo("IncorrectRIStatus");
    assertThat(e.getStatusCode()).isEqualTo(400);
    assertThat(e.getData().get("RequestId").toString()).matches(Envelope.REQUEST_ID);
  }

  @Test
  void teaClientConnectOfAnUnknownIdIsRefusedWithNotFound() throws Exception {
    TeaException e = assertThrows(TeaException.class,
        () -> teaClient(Sdk.SECRET).connectRouterInterface(connect("ri-doesnotexist0000000")));
    assertThat(e.getCode()).isEqualTo("InvalidRouterInterfaceId.NotFound");
    assertThat(e.getStatusCode()).isEqualTo(404);
    assertThat(e.getData().get("RequestId").toString()).matches(Envelope.REQUEST_ID);
  }

  @Test
  void teaClientDescribeReturnsTheNestedRouterInterfaceTypeList() throws Exception {
    DescribeRouterInterfacesResponse r =
        teaClient(Sdk.SECRET).describeRouterInterfaces(new DescribeRouterInterfacesRequest().setRegionId("cn-hangzhou"));
    assertThat(r.getStatusCode()).isEqualTo(200);
    List<DescribeRouterInterfacesResponseBodyRouterInterfaceSetRouterInterfaceType> list =
        r.getBody().getRouterInterfaceSet().getRouterInterfaceType();
    assertThat(list).extracting(DescribeRouterInterfacesResponseBodyRouterInterfaceSetRouterInterfaceType::getRouterInterfaceId)
        .contains("ri-hangzhou0initiator001");
    assertThat(list).allSatisfy(t -> assertThat(t.getStatus()).isNotBlank());
  }

  @Test
  void teaClientWithAWrongSecretIsRefusedWithSignatureDoesNotMatch() throws Exception {
    TeaException e = assertThrows(TeaException.class,
        () -> teaClient("not-the-secret").connectRouterInterface(connect("ri-hangzhou0initiator001")));
    assertThat(e.getCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(e.getStatusCode()).isEqualTo(400);
    assertThat(e.getData().get("RequestId").toString()).matches(Envelope.REQUEST_ID);
    assertThat(server.mock().routerInterface("ri-hangzhou0initiator001").orElseThrow().status().apiName())
        .isEqualTo("Idle");
  }

  @Test
  void sdkCoreInV3SignatureModeIsServed() throws Exception {
    Sdk sdk = new Sdk(server);
    sdk.client().setSignatureVersion(com.aliyuncs.auth.SignatureVersion.V3);
    com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest r =
        new com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest();
    r.setRouterInterfaceId("ri-hangzhou0initiator001");
    // In V3 mode the SDK drops RegionId from the query; the action requires it.
    r.putQueryParameter("RegionId", "cn-hangzhou");
    assertThat(sdk.call(r).getRequestId()).matches(Envelope.REQUEST_ID);
    assertThat(server.wireMock().getAllServeEvents().get(0).getRequest().getHeader("Authorization"))
        .startsWith("ACS3-HMAC-SHA256 ");
    assertThat(server.mock().routerInterface("ri-hangzhou0initiator001").orElseThrow().status().apiName())
        .isEqualTo("Connecting");
  }

  // ---- hand-made ACS3 requests, signed by the SDK's getAuthorization ----

  /** An ACS3 request: query, headers (the x-acs-* ones signed, plus host), body. */
  private final class Acs3Call {
    final Map<String, String> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    byte[] body = new byte[0];
    String secret = Sdk.SECRET;

    Acs3Call(String action) {
      query.put("RegionId", "cn-hangzhou");
      headers.put("x-acs-action", action);
      headers.put("x-acs-version", SignedCall.VPC);
      headers.put("x-acs-date", SignedCall.TIMESTAMP.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
      headers.put("x-acs-signature-nonce", UUID.randomUUID().toString());
      headers.put("x-acs-content-sha256", EMPTY_SHA256);
    }

    /** Signs the current headers (plus host) with the SDK's own signer; sets Authorization. */
    Acs3Call sign() throws Exception {
      TeaRequest r = new TeaRequest();
      r.method = "POST";
      r.pathname = "/";
      r.query = new LinkedHashMap<>(query);
      r.headers = new LinkedHashMap<>(headers);
      r.headers.remove("Authorization");
      r.headers.put("host", server.endpoint());
      headers.put("Authorization", com.aliyun.openapiutil.Client.getAuthorization(
          r, "ACS3-HMAC-SHA256", headers.get("x-acs-content-sha256"), Sdk.KEY, secret));
      return this;
    }

    Response send() {
      StringBuilder q = new StringBuilder();
      query.forEach((k, v) -> q.append(q.length() == 0 ? "" : "&").append(SignedCall.sdkEncode(k)).append('=')
          .append(SignedCall.sdkEncode(v)));
      return http.send("POST", "/?" + q, headers, body.length == 0 ? null : "application/octet-stream",
          body.length == 0 ? null : body);
    }
  }

  private Acs3Call describeCall() {
    return new Acs3Call("DescribeRouterInterfaces");
  }

  @Test
  void handSignedRequestIsServed() throws Exception {
    assertOk(describeCall().sign().send());
  }

  @Test
  void signedHeaderChangedAfterSigningIsRefusedWithSignatureDoesNotMatch() throws Exception {
    Acs3Call c = describeCall().sign();
    c.headers.put("x-acs-signature-nonce", UUID.randomUUID().toString());
    Envelope e = assertError(c.send(), 400, "SignatureDoesNotMatch");
    assertThat(e.message()).startsWith(
        "Specified signature is not matched with our calculation. server string to sign is:ACS3-HMAC-SHA256\n");
  }

  @Test
  void queryChangedAfterSigningIsRefusedWithSignatureDoesNotMatch() throws Exception {
    Acs3Call c = describeCall().sign();
    c.query.put("RegionId", "cn-beijing");
    assertError(c.send(), 400, "SignatureDoesNotMatch");
  }

  @Test
  void wrongSecretIsRefusedWithSignatureDoesNotMatch() throws Exception {
    Acs3Call c = describeCall();
    c.secret = "not-the-secret";
    assertError(c.sign().send(), 400, "SignatureDoesNotMatch");
  }

  @Test
  void contentHashChangedAfterSigningIsRefusedWithSignatureDoesNotMatch() throws Exception {
    Acs3Call c = describeCall().sign();
    c.headers.put("x-acs-content-sha256", Acs3Signature.sha256Hex("x".getBytes(StandardCharsets.UTF_8)));
    assertError(c.send(), 400, "SignatureDoesNotMatch");
  }

  @Test
  void bodyOtherThanTheSignedContentHashIsRefusedWithSignatureDoesNotMatch() throws Exception {
    Acs3Call c = describeCall().sign();
    c.body = "PageSize=50".getBytes(StandardCharsets.UTF_8);
    assertError(c.send(), 400, "SignatureDoesNotMatch");
  }

  @Test
  void missingRequiredAcsHeaderIsRefusedWithIncompleteSignature() throws Exception {
    Acs3Call c = describeCall();
    c.headers.remove("x-acs-signature-nonce");
    assertError(c.sign().send(), 400, "IncompleteSignature");
  }

  @Test
  void signedHeaderAbsentFromTheRequestIsRefusedWithIncompleteSignature() throws Exception {
    Acs3Call c = describeCall().sign();
    c.headers.remove("x-acs-date");
    assertError(c.send(), 400, "IncompleteSignature");
  }

  @Test
  void malformedAuthorizationHeaderIsRefusedWithIncompleteSignature() throws Exception {
    Acs3Call c = describeCall().sign();
    c.headers.put("Authorization", "ACS3-HMAC-SHA256 Credential" + Sdk.KEY + ";Signature");
    assertError(c.send(), 400, "IncompleteSignature");
  }

  @Test
  void authorizationWithoutSignatureIsRefusedWithIncompleteSignature() throws Exception {
    Acs3Call c = describeCall().sign();
    String auth = c.headers.get("Authorization");
    c.headers.put("Authorization", auth.substring(0, auth.indexOf(",Signature=")));
    assertError(c.send(), 400, "IncompleteSignature");
  }

  @Test
  void replayedSignatureNonceIsRefusedWithSignatureNonceUsed() throws Exception {
    Acs3Call c = describeCall().sign();
    assertOk(c.send());
    assertError(c.send(), 400, "SignatureNonceUsed");
  }

  @Test
  void staleAcsDateIsRefusedWithInvalidTimeStampExpired() throws Exception {
    Acs3Call c = describeCall();
    c.headers.put("x-acs-date", SignedCall.TIMESTAMP.format(Instant.now().minus(Duration.ofMinutes(16))));
    assertError(c.sign().send(), 400, "InvalidTimeStamp.Expired");
  }

  @Test
  void unknownCredentialIsRefusedWithInvalidAccessKeyIdNotFound() throws Exception {
    Acs3Call c = describeCall().sign();
    c.headers.put("Authorization", c.headers.get("Authorization").replace(Sdk.KEY, "nobodysKeyId"));
    assertError(c.send(), 404, "InvalidAccessKeyId.NotFound");
  }

  @Test
  void unknownActionHeaderIsRefusedWithInvalidActionNotFound() throws Exception {
    Acs3Call c = new Acs3Call("NoSuchAction").sign();
    assertError(c.send(), 404, "InvalidAction.NotFound");
  }

  @Test
  void handSignedRequestChangesNothingWhenRefused() throws Exception {
    String before = server.mock().stateJson();
    Acs3Call c = new Acs3Call("ConnectRouterInterface");
    c.query.put("RouterInterfaceId", "ri-hangzhou0initiator001");
    c.secret = "not-the-secret";
    assertError(c.sign().send(), 400, "SignatureDoesNotMatch");
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }
}

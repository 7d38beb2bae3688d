package dev.aliyunmock.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.ApiHttp;
import dev.aliyunmock.support.Envelope;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.RawHttp;
import dev.aliyunmock.support.SignedCall;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wire forms real clients send (docs/reference/clients.md), one test per row of the survey
 * that the real service accepts, each sent as that client sends it (signed with strict
 * authentication on): the same meaning as the official SDK's form.
 */
class ClientWireFormsTest {
  private static final String INITIATOR = "ri-hangzhou0initiator001";
  private static final String CROSS = "ri-hangzhou0crossacct001";

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

  private static SignedCall describe() {
    return SignedCall.vpc("DescribeRouterInterfaces").with("Format", "JSON");
  }

  /** A JSON CreateRouterInterface on the default world's Hangzhou vRouter, towards Beijing. */
  private static SignedCall create(String role, String spec) {
    return SignedCall.vpc("CreateRouterInterface")
        .with("Format", "JSON")
        .with("Role", role)
        .with("Spec", spec)
        .with("RouterType", "VRouter")
        .with("RouterId", "vrt-hangzhou000000000001")
        .with("OppositeRegionId", "cn-beijing");
  }

  /** The ids a JSON Describe answer lists, after checking it is a 200. */
  private static List<String> ids(Response r) {
    assertThat(r.getStatusCode()).as(r.asString()).isEqualTo(200);
    return JsonPath.from(r.asString()).getList("RouterInterfaceSet.RouterInterfaceType.RouterInterfaceId", String.class);
  }

  private Response queryOnly(SignedCall call) {
    return http.sdkStyle(call);
  }

  @Test
  void l1TheOfficialFormOfAFilterSelectsByItsValues() {
    SignedCall call =
        describe().with("Filter.1.Key", "RouterInterfaceId").with("Filter.1.Value.1", INITIATOR).with("Filter.1.Value.2", CROSS);
    assertThat(ids(queryOnly(call))).containsExactly(INITIATOR, CROSS);
  }

  @Test
  void l2TheSameFilterInAFormBodyMeansTheSame() {
    Map<String, String> signed =
        describe().with("Filter.1.Key", "RouterInterfaceId").with("Filter.1.Value.1", CROSS).signed();
    Response r =
        http.send("POST", "/", ApiHttp.FORM, SignedCall.wire(signed).getBytes(StandardCharsets.UTF_8));
    assertThat(ids(r)).containsExactly(CROSS);
  }

  @Test
  void l3ABareValueOfAFilterIsAListOfOne() {
    SignedCall call = describe().with("Filter.1.Key", "RouterInterfaceId").with("Filter.1.Value", CROSS);
    assertThat(ids(queryOnly(call))).containsExactly(CROSS);
  }

  @Test
  void l5AJsonArrayInOneParameterGetsTheSameAnswerAsTheIndexedForm() {
    SignedCall json =
        describe().with("Filter.1.Key", "RouterInterfaceId").with("Filter.1.Value", "[\"" + CROSS + "\",\"" + INITIATOR + "\"]");
    SignedCall indexed =
        describe().with("Filter.1.Key", "RouterInterfaceId").with("Filter.1.Value.1", CROSS).with("Filter.1.Value.2", INITIATOR);
    List<String> byJson = ids(queryOnly(json));
    assertThat(byJson).containsExactly(INITIATOR, CROSS);
    assertThat(byJson).isEqualTo(ids(queryOnly(indexed)));
  }

  @Test
  void l5AJsonArrayWorksInTheOlderApiVersionToo() {
    SignedCall call =
        SignedCall.ecs("DescribeRouterInterfaces")
            .with("Format", "JSON")
            .with("Filter.1.Key", "RouterInterfaceId")
            .with("Filter.1.Value", "[\"" + INITIATOR + "\"]");
    assertThat(ids(queryOnly(call))).containsExactly(INITIATOR);
  }

  @Test
  void l5ATextThatOnlyLooksLikeJsonIsOneValue() {
    SignedCall call = describe().with("Filter.1.Key", "Name").with("Filter.1.Value", "[not json");
    assertThat(ids(queryOnly(call))).isEmpty();
  }

  /** docs/reference/readings.md: a list index that is not one to nine ASCII digits is no item, so it filters nothing. */
  @Test
  void aFilterWithAMalformedIndexIsIgnoredLikeAnyUnknownParameter() {
    List<String> all = ids(queryOnly(describe()));
    assertThat(all).contains(INITIATOR, CROSS);
    for (String index : List.of("-1", "a", "0x1", "\u0661", "1234567890", "")) {
      SignedCall call =
          describe().with("Filter." + index + ".Key", "RouterInterfaceId").with("Filter." + index + ".Value.1", CROSS);
      assertThat(ids(queryOnly(call))).as("Filter.%s.Key", index).isEqualTo(all);
    }
    // The same filter with a well-formed index does filter: the ignored ones above were read as nothing.
    assertThat(ids(queryOnly(describe().with("Filter.7.Key", "RouterInterfaceId").with("Filter.7.Value.1", CROSS))))
        .containsExactly(CROSS);
  }

  /**
   * docs/reference/readings.md: a number is ASCII digits. PageSize in another script's digits, or
   * with a plus sign, is refused as a malformed PageSize is; the same value in ASCII digits pages.
   */
  @Test
  void aNumberInAnotherScriptsDigitsIsNoNumber() {
    assertThat(ids(queryOnly(describe().with("PageSize", "1")))).hasSize(1);
    for (String notAscii : List.of("\u0661", "\uff11", "\u0967", "+1")) {
      Response r = queryOnly(describe().with("PageSize", notAscii));
      Envelope e = ApiHttp.envelope(r);
      assertThat(r.getStatusCode()).as("PageSize=%s: %s", notAscii, r.asString()).isEqualTo(404);
      assertThat(e.code()).isEqualTo("InvalidRegionId.NotFound");
    }
    Response period =
        queryOnly(
            create("InitiatingSide", "Mini.2")
                .with("InstanceChargeType", "PrePaid")
                .with("PricingCycle", "Month")
                .with("Period", "\u0663"));
    ApiHttp.assertError(period, 400, "InvalidParameter");
    assertThat(server.mock().routerInterfaces()).hasSize(4);
  }

  @Test
  void l7TagsGivenAtCreateAreReturnedAndFilterDescribe() {
    Response created =
        queryOnly(
            create("InitiatingSide", "Mini.2")
                .with("Tags.1.Key", "env")
                .with("Tags.1.Value", "prod")
                .with("Tags.2.Key", "team")
                .with("Tags.2.Value", ""));
    assertThat(created.getStatusCode()).as(created.asString()).isEqualTo(200);
    String id = JsonPath.from(created.asString()).getString("RouterInterfaceId");

    Response tagged = queryOnly(describe().with("Tags.1.Key", "env").with("Tags.1.Value", "prod"));
    assertThat(ids(tagged)).containsExactly(id);
    JsonPath item = JsonPath.from(tagged.asString());
    assertThat(item.getList("RouterInterfaceSet.RouterInterfaceType[0].Tags.Tags.Key", String.class)).containsExactly("env", "team");
    assertThat(item.getList("RouterInterfaceSet.RouterInterfaceType[0].Tags.Tags.Value", String.class)).containsExactly("prod", "");

    assertThat(ids(queryOnly(describe().with("Tags.1.Key", "env").with("Tags.1.Value", "dev")))).isEmpty();
    assertThat(server.mock().routerInterface(id).orElseThrow().tags()).containsExactly(Map.entry("env", "prod"), Map.entry("team", ""));
  }

  @Test
  void l7TagsOutsideTheirConstraintsAreRefusedNamingTheParameter() {
    Response r = queryOnly(describe().with("Tags.1.Key", "acs:reserved").with("Tags.1.Value", "x"));
    ApiHttp.assertError(r, 400, "InvalidParameter");
    assertThat(ApiHttp.envelope(r).message()).contains("Tags.1.Key");
    SignedCall many = describe();
    for (int i = 1; i <= 21; i++) {
      many.with("Tags." + i + ".Key", "k" + i).with("Tags." + i + ".Value", "v");
    }
    ApiHttp.assertError(queryOnly(many), 400, "InvalidParameter");
  }

  @Test
  void resourceGroupIdGivenAtCreateIsReturnedAndFiltersDescribe() {
    Response created =
        queryOnly(
            create("AcceptingSide", "Negative")
                .with("ResourceGroupId", "rg-acfmtest0001"));
    String id = JsonPath.from(created.asString()).getString("RouterInterfaceId");
    Response r = queryOnly(describe().with("ResourceGroupId", "rg-acfmtest0001"));
    assertThat(ids(r)).containsExactly(id);
    assertThat(JsonPath.from(r.asString()).getString("RouterInterfaceSet.RouterInterfaceType[0].ResourceGroupId"))
        .isEqualTo("rg-acfmtest0001");
  }

  @Test
  void v2BooleansInTitleCaseAsPythonAndDotNetSendThemMeanTheSame() {
    Response set =
        queryOnly(
            SignedCall.vpc("ModifyRouterInterfaceAttribute")
                .with("Format", "JSON")
                .with("RouterInterfaceId", INITIATOR)
                .with("HealthCheckSourceIp", "10.0.0.1")
                .with("HealthCheckTargetIp", "10.0.0.2"));
    assertThat(set.getStatusCode()).as(set.asString()).isEqualTo(200);
    Response delete =
        queryOnly(
            SignedCall.vpc("ModifyRouterInterfaceAttribute")
                .with("Format", "JSON")
                .with("RouterInterfaceId", INITIATOR)
                .with("DeleteHealthCheckIp", "True"));
    assertThat(delete.getStatusCode()).as(delete.asString()).isEqualTo(200);
    assertThat(server.mock().routerInterface(INITIATOR).orElseThrow().values())
        .doesNotContainKey(dev.aliyunmock.routerinterface.RouterInterfaceField.HealthCheckSourceIp);

    assertThat(ids(queryOnly(describe().with("IncludeReservationData", "True")))).contains(INITIATOR);
    assertThat(ids(queryOnly(describe().with("IncludeReservationData", "false")))).contains(INITIATOR);
    ApiHttp.assertError(queryOnly(describe().with("IncludeReservationData", "yes")), 400, "InvalidParameter");
  }

  @Test
  void t3EverythingInAFormBodyWithNoQuery() {
    Map<String, String> signed = describe().with("Filter.1.Key", "RouterInterfaceId").with("Filter.1.Value.1", INITIATOR).signed();
    Response r = http.send("POST", "/", ApiHttp.FORM, SignedCall.wire(signed).getBytes(StandardCharsets.UTF_8));
    assertThat(ids(r)).containsExactly(INITIATOR);
  }

  @Test
  void t4CommonParametersInTheQueryApiParametersInTheBody() {
    Map<String, String> signed = describe().with("Filter.1.Key", "RouterInterfaceId").with("Filter.1.Value.1", CROSS).signed();
    Map<String, String> query = new LinkedHashMap<>();
    Map<String, String> body = new LinkedHashMap<>();
    signed.forEach((k, v) -> (k.startsWith("Filter.") || k.equals("RegionId") ? body : query).put(k, v));
    Response r =
        http.send("POST", "/?" + SignedCall.wire(query), ApiHttp.FORM, SignedCall.wire(body).getBytes(StandardCharsets.UTF_8));
    assertThat(ids(r)).containsExactly(CROSS);
  }

  @Test
  void e1APlusForASpaceIsASpace() {
    Map<String, String> signed = describe().with("Filter.1.Key", "Name").with("Filter.1.Value.1", "a b").signed();
    String query = SignedCall.wire(signed).replace("a%20b", "a+b");
    assertThat(query).contains("a+b");
    assertThat(ids(http.send("POST", "/?" + query, ApiHttp.FORM, new byte[0]))).isEmpty();
  }

  @Test
  void v6FormatInLowerCaseIsAccepted() {
    assertThat(queryOnly(describe().with("Format", "json")).getContentType()).startsWith("application/json");
    assertThat(queryOnly(describe().with("Format", "xml")).getContentType()).startsWith("text/xml");
  }

  private static Map<String, String> v3Headers(String authorization) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Authorization", authorization);
    h.put("x-acs-action", "DescribeRouterInterfaces");
    h.put("x-acs-version", SignedCall.VPC);
    h.put("x-acs-date", SignedCall.TIMESTAMP.format(java.time.Instant.now()));
    h.put("x-acs-signature-nonce", java.util.UUID.randomUUID().toString());
    h.put("x-acs-content-sm3", "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
    return h;
  }

  @Test
  void s6AnAcs3AlgorithmOtherThanHmacSha256IsAnIncompleteSignature() {
    for (String algorithm : List.of("ACS3-HMAC-SM3", "ACS3-RSA-SHA256", "ACS4-HMAC-SHA256")) {
      Map<String, String> h =
          v3Headers(algorithm + " Credential=testAccessKeyId,SignedHeaders=x-acs-action;x-acs-content-sm3;x-acs-date;"
              + "x-acs-signature-nonce;x-acs-version,Signature=0123abcd");
      Response r = http.send("POST", "/?RegionId=cn-hangzhou", h, null, null);
      ApiHttp.assertError(r, 400, "IncompleteSignature");
    }
  }

  @Test
  void s6WithAuthenticationOffAnyV3AlgorithmAndABearerTokenNameTheirActionInTheHeaders() {
    try (AliyunMockServer off = MockServers.start(m -> m.auth(dev.aliyunmock.control.AuthMode.OFF))) {
      ApiHttp offHttp = new ApiHttp(off);
      Map<String, String> sm3 =
          v3Headers("ACS3-HMAC-SM3 Credential=testAccessKeyId,SignedHeaders=x-acs-action;x-acs-version,Signature=00");
      assertThat(ids(offHttp.send("POST", "/?RegionId=cn-hangzhou", sm3, null, null))).contains(INITIATOR);
      Map<String, String> bearer = v3Headers("Bearer ignored");
      bearer.remove("Authorization");
      bearer.put("x-acs-bearer-token", "token");
      assertThat(ids(offHttp.send("POST", "/?RegionId=cn-hangzhou&SignatureType=BEARERTOKEN", bearer, null, null)))
          .contains(INITIATOR);
    }
  }

  @Test
  void v7AnEmptySignatureTypeIsSignedLikeAnyParameter() {
    assertThat(ids(queryOnly(describe().with("SignatureType", "")))).contains(INITIATOR);
  }

  /**
   * Row L4: values without a key are refused as docs/reference/router-interfaces.md says, where the
   * survey's weak evidence has the real service ignore them.
   */
  @Test
  void l4AFilterValueWithNoKeyIsRefusedWithInvalidParamNotNull() {
    ApiHttp.assertError(queryOnly(describe().with("Filter.1.Value", CROSS)), 400, "InvalidParam.NotNull");
    ApiHttp.assertError(queryOnly(describe().with("Filter.1.Value.1", CROSS)), 400, "InvalidParam.NotNull");
  }

  @Test
  void l6ARepeatedListItemTakesItsLastValue() {
    Map<String, String> signed =
        describe().with("Filter.1.Key", "RouterInterfaceId").with("Filter.1.Value.1", CROSS).signed();
    String query = "Filter.1.Value.1=" + INITIATOR + "&" + SignedCall.wire(signed);
    assertThat(ids(http.send("POST", "/?" + query, ApiHttp.FORM, new byte[0]))).containsExactly(CROSS);
  }

  /** Row L8: no router-interface parameter takes a generator list style, so a whole Filter in one JSON parameter is no parameter. */
  @Test
  void l8AFilterInTheGeneratorsJsonStyleIsAnUnknownParameter() {
    List<String> all = ids(queryOnly(describe()));
    SignedCall call = describe().with("Filter", "[{\"Key\":\"RouterInterfaceId\",\"Value\":[\"" + CROSS + "\"]}]");
    assertThat(ids(queryOnly(call))).isEqualTo(all);
  }

  @Test
  void e2AnUnsortedQueryWithTheSignatureInTheMiddleVerifies() {
    Map<String, String> signed =
        describe().with("Filter.1.Key", "RouterInterfaceId").with("Filter.1.Value.1", CROSS).with("PageSize", "10").signed();
    List<String> names = new java.util.ArrayList<>(signed.keySet());
    java.util.Collections.reverse(names);
    names.remove("Signature");
    names.add(names.size() / 2, "Signature");
    Map<String, String> shuffled = new LinkedHashMap<>();
    names.forEach(n -> shuffled.put(n, signed.get(n)));
    assertThat(new java.util.ArrayList<>(shuffled.keySet())).isNotEqualTo(names.stream().sorted().toList());
    assertThat(ids(http.send("POST", "/?" + SignedCall.wire(shuffled), ApiHttp.FORM, new byte[0]))).containsExactly(CROSS);
  }

  @Test
  void v5EveryNonceShapeTheClientsSendIsAccepted() {
    List<String> nonces =
        List.of(
            "d4badb7075a6200bce2b29d5f52a040e",
            "c7b79360e2c10b4ce440427b9b5599b341bdefc12ce4c433284c329118f528f2",
            "6d52a201-3393-4e33-921d-b10e848caed5",
            "af379bb7-81e5-47e2-99e2-e27bf2cab99b17965894851711",
            "JjEWiiaM_HR1dZaAQAu2HV4eeS1Ud4AI");
    for (String nonce : nonces) {
      assertThat(ids(queryOnly(describe().with("SignatureNonce", nonce)))).as(nonce).contains(INITIATOR);
    }
  }

  @Test
  void s2ASecurityTokenIsSignedWithTheRestAndNotChecked() {
    Response r =
        queryOnly(
            SignedCall.vpc("DescribeRouterInterfaceAttribute")
                .with("Format", "JSON")
                .with("InstanceId", INITIATOR)
                .with("SecurityToken", "CAIS8gF1q6Ft5B2yfSjIr5bkKc3znpxq1oiFSm_fsXUkaP1CjYvSpzz2IHFPeHVtBO8YsfoxnWxX6f8algEXAMPLE"));
    assertThat(r.getStatusCode()).as(r.asString()).isEqualTo(200);
    assertThat(JsonPath.from(r.asString()).getString("RouterInterfaceId")).isEqualTo(INITIATOR);
  }

  @Test
  void s4AKeyPairSignatureIsAnIncompleteSignatureInStrictModeAndServedWithAuthenticationOff() {
    SignedCall rsa = describe().with("SignatureMethod", "SHA256withRSA").with("SignatureType", "PRIVATEKEY");
    ApiHttp.assertError(queryOnly(rsa), 400, "IncompleteSignature");
    try (AliyunMockServer off = MockServers.start(m -> m.auth(dev.aliyunmock.control.AuthMode.OFF))) {
      SignedCall again = describe().with("SignatureMethod", "SHA256withRSA").with("SignatureType", "PRIVATEKEY");
      assertThat(ids(new ApiHttp(off).sdkStyle(again))).contains(INITIATOR);
    }
  }

  @Test
  void s9ABearerTokenWithoutAnAccessKeyIsMissingAccessKeyIdInStrictMode() {
    SignedCall v1 = describe().without("AccessKeyId").with("BearerToken", "token").with("SignatureType", "BEARERTOKEN");
    ApiHttp.assertError(queryOnly(v1), 400, "MissingAccessKeyId");
    Map<String, String> bearer = v3Headers("Bearer ignored");
    bearer.remove("Authorization");
    bearer.put("x-acs-bearer-token", "token");
    ApiHttp.assertError(http.send("POST", "/?RegionId=cn-hangzhou&SignatureType=BEARERTOKEN", bearer, null, null), 400, "MissingAccessKeyId");
  }

  /** Row H6: without a Content-Type a body is not a form, so the parameters in it are not read. */
  @Test
  void h6AFormBodyWithoutContentTypeIsNotRead() {
    String form = SignedCall.wire(describe().signed());
    RawHttp.Answer a =
        RawHttp.send(
            server.port(),
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + form.length() + "\r\nConnection: close\r\n\r\n" + form);
    assertThat(a.status()).as(a.bodyText()).isEqualTo(400);
    assertThat(a.envelope().code()).isEqualTo("MissingAccessKeyId");
  }
}

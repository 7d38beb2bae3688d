package dev.aliyunmock.protocol;

import static dev.aliyunmock.support.ApiHttp.FORM;
import static dev.aliyunmock.support.ApiHttp.assertError;
import static dev.aliyunmock.support.ApiHttp.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.ApiHttp;
import dev.aliyunmock.support.Envelope;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SignedCall;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway's refusals (docs/reference/gateway.md): code, HTTP status, message, envelope. */
class GatewayErrorsTest {
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
    return SignedCall.vpc("DescribeRouterInterfaces");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp"})
  void absentSignatureParameterIsRefusedWithMissingName(String name) {
    Map<String, String> p = describe().signed();
    p.remove(name);
    Envelope e = assertError(http.send("POST", "/?" + SignedCall.wire(p)), 400, "Missing" + name);
    assertThat(e.message()).isEqualTo(name + " is mandatory for this action.");
  }

  @Test
  void emptySignatureParameterCountsAsAbsent() {
    Map<String, String> p = describe().signed();
    p.put("SignatureNonce", "");
    assertError(http.send("POST", "/?" + SignedCall.wire(p)), 400, "MissingSignatureNonce");
  }

  @Test
  void absentActionIsRefusedWithMissingAction() {
    Envelope e = assertError(http.sdkStyle(describe().without("Action")), 400, "MissingAction");
    assertThat(e.message()).isEqualTo("Action is mandatory for this action.");
  }

  @Test
  void absentVersionIsRefusedWithMissingVersion() {
    Envelope e = assertError(http.sdkStyle(describe().without("Version")), 400, "MissingVersion");
    assertThat(e.message()).isEqualTo("Version is mandatory for this action.");
  }

  @Test
  void unknownActionIsRefusedWithInvalidActionNotFound() {
    Envelope e = assertError(http.sdkStyle(SignedCall.vpc("DescribeNoSuchResources")), 404, "InvalidAction.NotFound");
    assertThat(e.message()).isEqualTo("Specified api is not found, please check your url and method.");
  }

  @Test
  void vpcOnlyActionUnderTheEcsVersionIsRefusedWithInvalidActionNotFound() {
    SignedCall c = SignedCall.ecs("DescribeRouterInterfaceAttribute").with("InstanceId", "ri-hangzhou0initiator001");
    assertError(http.sdkStyle(c), 404, "InvalidAction.NotFound");
  }

  @Test
  void unknownVersionIsRefusedWithInvalidVersion() {
    Envelope e = assertError(http.sdkStyle(describe().with("Version", "2019-01-01")), 400, "InvalidVersion");
    assertThat(e.message()).isEqualTo("Specified parameter Version is not valid.");
  }

  @Test
  void unknownAccessKeyIdIsRefusedWithInvalidAccessKeyIdNotFound() {
    Envelope e = assertError(http.sdkStyle(describe().with("AccessKeyId", "nobodysKeyId")), 404, "InvalidAccessKeyId.NotFound");
    assertThat(e.message()).isEqualTo("Specified access key is not found.");
  }

  @Test
  void wrongSecretIsRefusedWithSignatureDoesNotMatchEndingInTheStringToSign() {
    SignedCall c = describe().secret("not-the-secret");
    Envelope e = assertError(http.sdkStyle(c), 400, "SignatureDoesNotMatch");
    assertThat(e.message())
        .isEqualTo("Specified signature is not matched with our calculation. server string to sign is:" + c.stringToSign());
  }

  @Test
  void officialSdkReportsAWrongSecretAsInvalidAccessKeySecret() {
    Sdk sdk = new Sdk(server, Sdk.KEY, "not-the-secret");
    ClientException e = assertThrows(ClientException.class, () -> sdk.call(new DescribeRouterInterfacesRequest()));
    assertThat(e.getErrCode()).isEqualTo("SDK.InvalidAccessKeySecret");
    assertThat(e.getErrMsg()).isEqualTo("Specified Access Key Secret is not valid.");
  }

  @Test
  void unparseableTimestampIsRefusedWithIllegalTimestamp() {
    Envelope e = assertError(http.sdkStyle(describe().with("Timestamp", "23/02/2016 12:46")), 400, "IllegalTimestamp");
    assertThat(e.message()).isEqualTo(
        "The input parameter \"Timestamp\" that is mandatory for processing this request is not supplied.");
  }

  @Test
  void reusedSignatureNonceIsRefusedWithSignatureNonceUsed() {
    Map<String, String> p = describe().signed();
    assertOk(http.send("POST", "/?" + SignedCall.wire(p), FORM, new byte[0]));
    Envelope e = assertError(http.send("POST", "/?" + SignedCall.wire(p), FORM, new byte[0]), 400, "SignatureNonceUsed");
    assertThat(e.message()).isEqualTo("Specified signature nonce was used already.");
  }

  @Test
  void sameNonceOfAnotherAccessKeyIsNotAReplay() {
    String nonce = "0123456789abcdef0123456789abcdef";
    assertOk(http.sdkStyle(describe().with("SignatureNonce", nonce)));
    assertOk(http.sdkStyle(describe().with("SignatureNonce", nonce)
        .with("AccessKeyId", Sdk.PEER_KEY).secret(Sdk.PEER_SECRET)));
  }

  @Test
  void nonceOfARefusedSignatureIsNotConsumed() {
    String nonce = "fedcba9876543210fedcba9876543210";
    assertError(http.sdkStyle(describe().with("SignatureNonce", nonce).secret("wrong")), 400, "SignatureDoesNotMatch");
    assertOk(http.sdkStyle(describe().with("SignatureNonce", nonce)));
  }

  @Test
  void unsupportedSignatureMethodIsRefusedWithIncompleteSignature() {
    Envelope e = assertError(http.sdkStyle(describe().with("SignatureMethod", "HMAC-SHA256")), 400, "IncompleteSignature");
    assertThat(e.message()).isEqualTo("The request signature does not conform to Aliyun standards.");
  }

  @Test
  void unsupportedSignatureVersionIsRefusedWithIncompleteSignature() {
    assertError(http.sdkStyle(describe().with("SignatureVersion", "2.0")), 400, "IncompleteSignature");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
  void methodOtherThanGetOrPostIsRefusedWithUnsupportedHttpMethod(String method) {
    SignedCall c = describe().method(method);
    Envelope e = assertError(http.send(method, "/?" + SignedCall.wire(c.signed()), FORM, new byte[0]),
        403, "UnsupportedHTTPMethod");
    assertThat(e.message()).isEqualTo("This http method not supported.");
  }

  @Test
  void signedCallOnAnotherPathIsRefusedWithInvalidActionNotFound() {
    assertError(http.send("POST", "/vpc/?" + SignedCall.wire(describe().signed())), 404, "InvalidAction.NotFound");
  }

  @Test
  void errorOfTheVpcDialectWithoutFormatIsJson() {
    Response r = http.sdkStyle(describe().with("AccessKeyId", "nobodysKeyId"));
    assertThat(r.getContentType()).isEqualTo("application/json;charset=utf-8");
    Envelope e = assertError(r, 404, "InvalidAccessKeyId.NotFound");
    assertThat(e.get("HostId")).isEqualTo("vpc.aliyuncs.com");
    assertThat(e.get("Recommend")).isEqualTo(
        "https://api.aliyun.com/troubleshoot?q=InvalidAccessKeyId.NotFound&product=Vpc&requestId=" + e.requestId());
  }

  @Test
  void errorOfTheEcsDialectWithoutFormatIsXmlError() {
    Response r = http.sdkStyle(SignedCall.ecs("DescribeRouterInterfaces").with("AccessKeyId", "nobodysKeyId"));
    assertThat(r.getContentType()).isEqualTo("text/xml;charset=utf-8");
    Envelope e = assertError(r, 404, "InvalidAccessKeyId.NotFound");
    assertThat(e.json()).isFalse();
    assertThat(e.get("HostId")).isEqualTo("ecs.aliyuncs.com");
  }

  @Test
  void errorWithFormatXmlIsAnXmlErrorDocument() {
    Response r = http.sdkStyle(describe().with("Format", "XML").with("Version", "1999-01-01"));
    Envelope e = assertError(r, 400, "InvalidVersion");
    assertThat(e.root()).isEqualTo("Error");
    assertThat(r.asString()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><RequestId>");
  }
}

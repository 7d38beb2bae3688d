package dev.aliyunmock.protocol;

import static dev.aliyunmock.support.ApiHttp.FORM;
import static dev.aliyunmock.support.ApiHttp.assertError;
import static dev.aliyunmock.support.ApiHttp.assertOk;

import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.ApiHttp;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.SignedCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With two faults, the earlier gateway check answers (docs/reference/gateway.md): HTTP method,
 * signature parameters, timestamp, nonce, AccessKeyId, signature, Action, Version.
 */
class GatewayCheckOrderTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final Instant STALE = NOW.minus(Duration.ofHours(1));

  private AliyunMockServer server;
  private ApiHttp http;

  @BeforeEach
  void start() {
    server = MockServers.start(m -> m.clock(Clock.fixed(NOW, ZoneOffset.UTC)));
    http = new ApiHttp(server);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private static SignedCall call() {
    return SignedCall.vpc("DescribeRouterInterfaces").timestamp(NOW);
  }

  @Test
  void methodIsCheckedBeforeSignatureParameters() {
    assertError(http.send("PUT", "/?Action=DescribeRouterInterfaces"), 403, "UnsupportedHTTPMethod");
  }

  @Test
  void missingSignatureParameterIsCheckedBeforeTimestamp() {
    Map<String, String> p = call().timestamp(STALE).signed();
    p.remove("Signature");
    assertError(http.send("POST", "/?" + SignedCall.wire(p)), 400, "MissingSignature");
  }

  @Test
  void signatureMethodIsCheckedBeforeTimestamp() {
    assertError(http.sdkStyle(call().timestamp(STALE).with("SignatureMethod", "MD5")), 400, "IncompleteSignature");
  }

  @Test
  void timestampIsCheckedBeforeNonce() {
    SignedCall first = call();
    assertOk(http.sdkStyle(first));
    String nonce = first.unsigned().get("SignatureNonce");
    assertError(http.sdkStyle(call().with("SignatureNonce", nonce).timestamp(STALE)), 400, "InvalidTimeStamp.Expired");
  }

  @Test
  void timestampIsCheckedBeforeAccessKeyId() {
    assertError(http.sdkStyle(call().timestamp(STALE).with("AccessKeyId", "nobodysKeyId")), 400, "InvalidTimeStamp.Expired");
  }

  @Test
  void nonceIsCheckedBeforeSignature() {
    SignedCall first = call();
    assertOk(http.sdkStyle(first));
    String nonce = first.unsigned().get("SignatureNonce");
    assertError(http.sdkStyle(call().with("SignatureNonce", nonce).secret("wrong")), 400, "SignatureNonceUsed");
  }

  @Test
  void accessKeyIdIsCheckedBeforeSignature() {
    Map<String, String> p = call().with("AccessKeyId", "nobodysKeyId").signed();
    p.put("Signature", "bm90IGEgc2lnbmF0dXJl");
    assertError(http.send("POST", "/?" + SignedCall.wire(p), FORM, new byte[0]), 404, "InvalidAccessKeyId.NotFound");
  }

  @Test
  void signatureIsCheckedBeforeAction() {
    assertError(http.sdkStyle(call().with("Action", "NoSuchAction").secret("wrong")), 400, "SignatureDoesNotMatch");
  }

  @Test
  void signatureIsCheckedBeforeMissingAction() {
    assertError(http.sdkStyle(call().without("Action").secret("wrong")), 400, "SignatureDoesNotMatch");
  }

  @Test
  void actionIsCheckedBeforeVersion() {
    assertError(http.sdkStyle(call().with("Action", "NoSuchAction").with("Version", "1999-01-01")),
        404, "InvalidAction.NotFound");
  }

  @Test
  void versionIsCheckedBeforeFormat() {
    assertError(http.sdkStyle(call().with("Version", "1999-01-01").with("Format", "YAML")), 400, "InvalidVersion");
  }

  @Test
  void versionIsCheckedBeforeTheActionsRequiredParameters() {
    assertError(http.sdkStyle(SignedCall.vpc("ConnectRouterInterface").timestamp(NOW).with("Version", "1999-01-01")),
        400, "InvalidVersion");
  }
}

package dev.aliyunmock.reliability;

import static dev.aliyunmock.reliability.Engine.KEY;
import static dev.aliyunmock.reliability.Engine.PEER_KEY;
import static dev.aliyunmock.reliability.Engine.PEER_SECRET;
import static dev.aliyunmock.reliability.Engine.SECRET;
import static dev.aliyunmock.reliability.Engine.assertOk;
import static dev.aliyunmock.reliability.Engine.assertRefused;
import static dev.aliyunmock.reliability.Engine.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.RpcRequest;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.Sdk;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Strict authentication is the default and refuses what the real gateway refuses: replayed
 * nonces, expired and future timestamps, signatures that do not match, in both generations
 * (signature v1 HMAC-SHA1 and ACS3-HMAC-SHA256). Every refused call is a Connect that would
 * change the state, and changes nothing.
 */
class AuthenticationTest {
  private static final Map<String, String> CONNECT =
      Map.of("Action", "ConnectRouterInterface", "Version", "2016-04-28", "RegionId", "cn-hangzhou",
          "RouterInterfaceId", "ri-hangzhou0initiator001");

  private final AliyunMock mock = Engine.defaultWorld();
  private final String before = mock.stateJson();

  private ApiResponse send(Map<String, String> signed) {
    return mock.handle(RpcRequest.builder("POST", "/?" + Signer.query(signed))
        .header("Content-Type", "application/x-www-form-urlencoded").build());
  }

  private void assertRefusedAndUnchanged(ApiResponse r, String code, int status) {
    assertRefused(r, code, status);
    assertThat(mock.stateJson()).isEqualTo(before);
  }

  private static Map<String, String> signed(Instant at, String nonce) {
    return Signer.rpcV1("POST", new LinkedHashMap<>(CONNECT), KEY, SECRET, at, nonce);
  }

  @Test
  void authenticationIsStrictByDefault() throws Exception {
    assertThat(AliyunMock.builder().build().authMode()).isEqualTo(AuthMode.STRICT);
    Map<String, String> unsigned = new LinkedHashMap<>(CONNECT);
    unsigned.put("AccessKeyId", KEY);
    assertRefusedAndUnchanged(send(unsigned), "MissingSignature", 400);
  }

  @Test
  void aReplayedRequestIsRefusedWithSignatureNonceUsed() {
    Map<String, String> request = signed(Instant.now(), UUID.randomUUID().toString());
    assertOk(send(request));
    String afterFirst = mock.stateJson();

    assertRefused(send(request), "SignatureNonceUsed", 400);
    assertThat(mock.stateJson()).isEqualTo(afterFirst);
  }

  @Test
  void aNonceReusedInAnotherSignedRequestIsRefused() {
    String nonce = UUID.randomUUID().toString();
    assertOk(send(Signer.rpcV1("POST", params("Action", "DescribeRouterInterfaces", "RegionId", "cn-hangzhou"), KEY, SECRET,
        Instant.now(), nonce)));

    assertRefusedAndUnchanged(send(signed(Instant.now(), nonce)), "SignatureNonceUsed", 400);
  }

  @Test
  void aNonceIsRememberedPerAccessKey() {
    String nonce = UUID.randomUUID().toString();
    assertOk(send(Signer.rpcV1("POST", params("Action", "DescribeRouterInterfaces", "RegionId", "cn-shanghai"), PEER_KEY,
        PEER_SECRET, Instant.now(), nonce)));

    assertOk(send(signed(Instant.now(), nonce)));
  }

  @Test
  void aTimestampSixteenMinutesOldIsExpired() {
    assertRefusedAndUnchanged(send(signed(Instant.now().minus(Duration.ofMinutes(16)), UUID.randomUUID().toString())),
        "InvalidTimeStamp.Expired", 400);
  }

  @Test
  void aTimestampSixteenMinutesAheadIsExpired() {
    assertRefusedAndUnchanged(send(signed(Instant.now().plus(Duration.ofMinutes(16)), UUID.randomUUID().toString())),
        "InvalidTimeStamp.Expired", 400);
  }

  @Test
  void aTimestampFourteenMinutesOldIsAccepted() {
    assertOk(send(signed(Instant.now().minus(Duration.ofMinutes(14)), UUID.randomUUID().toString())));
  }

  @Test
  void aTimestampThatIsNoDateIsIllegal() {
    Map<String, String> p = new LinkedHashMap<>(CONNECT);
    Map<String, String> s = Signer.rpcV1("POST", p, KEY, SECRET, Instant.now(), UUID.randomUUID().toString());
    s.put("Timestamp", "yesterday");
    s.put("Signature", Signer.rpcV1Signature("POST", s, SECRET));
    assertRefusedAndUnchanged(send(s), "IllegalTimestamp", 400);
  }

  @Test
  void aSignatureMadeWithAnotherSecretDoesNotMatchAndShowsTheStringToSign() {
    Map<String, String> s = Signer.rpcV1("POST", new LinkedHashMap<>(CONNECT), KEY, "notTheSecret", Instant.now(),
        UUID.randomUUID().toString());
    ApiResponse r = send(s);
    assertRefusedAndUnchanged(r, "SignatureDoesNotMatch", 400);
    assertThat(Engine.json(r).path("Message").asText()).contains("server string to sign is:POST&%2F&AccessKeyId%3D" + KEY);
  }

  @Test
  void aValueChangedAfterSigningDoesNotMatch() {
    Map<String, String> s = signed(Instant.now(), UUID.randomUUID().toString());
    s.put("RouterInterfaceId", "ri-hangzhou0crossacct001");
    assertRefusedAndUnchanged(send(s), "SignatureDoesNotMatch", 400);
  }

  @Test
  void aSignatureForGetSentWithPostDoesNotMatch() {
    Map<String, String> s = Signer.rpcV1("GET", new LinkedHashMap<>(CONNECT), KEY, SECRET, Instant.now(), UUID.randomUUID().toString());
    assertRefusedAndUnchanged(send(s), "SignatureDoesNotMatch", 400);
  }

  @Test
  void anotherSignatureMethodIsAnIncompleteSignature() {
    Map<String, String> s = signed(Instant.now(), UUID.randomUUID().toString());
    s.put("SignatureMethod", "HMAC-SHA256");
    assertRefusedAndUnchanged(send(s), "IncompleteSignature", 400);
  }

  @Test
  void anUnknownAccessKeyIsNotFound() {
    Map<String, String> s = Signer.rpcV1("POST", new LinkedHashMap<>(CONNECT), "nobody", SECRET, Instant.now(),
        UUID.randomUUID().toString());
    assertRefusedAndUnchanged(send(s), "InvalidAccessKeyId.NotFound", 404);
  }

  @Test
  void theOfficialSdkWithAWrongSecretGetsInvalidAccessKeySecret() throws Exception {
    try (AliyunMockServer server = AliyunMockServer.builder().mock(mock).build().start()) {
      Sdk sdk = new Sdk(server, KEY, "wrongSecret");
      ConnectRouterInterfaceRequest c = new ConnectRouterInterfaceRequest();
      c.setRouterInterfaceId("ri-hangzhou0initiator001");
      assertThat(sdk.raw(c).getStatus()).isEqualTo(400);
      ClientException e = assertThrows(ClientException.class, () -> sdk.call(c));
      assertThat(e.getErrCode()).isEqualTo("SDK.InvalidAccessKeySecret");
      assertThat(mock.stateJson()).isEqualTo(before);
    }
  }

  // ------------------------------------------------------------------ ACS3-HMAC-SHA256

  private ApiResponse sendAcs3(Map<String, String> headers, Map<String, String> query, byte[] body) {
    RpcRequest.Builder b = RpcRequest.builder("POST", "/?" + Signer.query(query)).body(body);
    headers.forEach(b::header);
    return mock.handle(b.build());
  }

  private static Map<String, String> acs3(Map<String, String> query, byte[] body, String secret, Instant at, String nonce) {
    return Signer.acs3("POST", "127.0.0.1:8080", query, body, "ConnectRouterInterface", "2016-04-28", KEY, secret, at, nonce);
  }

  private static final Map<String, String> ACS3_QUERY =
      Map.of("RegionId", "cn-hangzhou", "RouterInterfaceId", "ri-hangzhou0initiator001");

  @Test
  void anAcs3SignedConnectIsServed() {
    assertOk(sendAcs3(acs3(ACS3_QUERY, new byte[0], SECRET, Instant.now(), UUID.randomUUID().toString()), ACS3_QUERY, new byte[0]));
  }

  @Test
  void aReplayedAcs3RequestIsRefusedWithSignatureNonceUsed() {
    Map<String, String> h = acs3(ACS3_QUERY, new byte[0], SECRET, Instant.now(), UUID.randomUUID().toString());
    assertOk(sendAcs3(h, ACS3_QUERY, new byte[0]));
    String afterFirst = mock.stateJson();

    assertRefused(sendAcs3(h, ACS3_QUERY, new byte[0]), "SignatureNonceUsed", 400);
    assertThat(mock.stateJson()).isEqualTo(afterFirst);
  }

  @Test
  void anExpiredAcs3DateIsRefused() {
    Map<String, String> h = acs3(ACS3_QUERY, new byte[0], SECRET, Instant.now().minus(Duration.ofMinutes(20)), UUID.randomUUID().toString());
    assertRefusedAndUnchanged(sendAcs3(h, ACS3_QUERY, new byte[0]), "InvalidTimeStamp.Expired", 400);
  }

  @Test
  void aFutureAcs3DateIsRefused() {
    Map<String, String> h = acs3(ACS3_QUERY, new byte[0], SECRET, Instant.now().plus(Duration.ofMinutes(20)), UUID.randomUUID().toString());
    assertRefusedAndUnchanged(sendAcs3(h, ACS3_QUERY, new byte[0]), "InvalidTimeStamp.Expired", 400);
  }

  @Test
  void aTamperedAcs3SignatureDoesNotMatch() {
    Map<String, String> h = acs3(ACS3_QUERY, new byte[0], SECRET, Instant.now(), UUID.randomUUID().toString());
    String auth = h.get("authorization");
    char last = auth.charAt(auth.length() - 1);
    h.put("authorization", auth.substring(0, auth.length() - 1) + (last == '0' ? '1' : '0'));
    assertRefusedAndUnchanged(sendAcs3(h, ACS3_QUERY, new byte[0]), "SignatureDoesNotMatch", 400);
  }

  @Test
  void anAcs3ActionChangedAfterSigningDoesNotMatch() {
    Map<String, String> h = acs3(ACS3_QUERY, new byte[0], SECRET, Instant.now(), UUID.randomUUID().toString());
    h.put("x-acs-action", "DeleteRouterInterface");
    assertRefusedAndUnchanged(sendAcs3(h, ACS3_QUERY, new byte[0]), "SignatureDoesNotMatch", 400);
  }

  @Test
  void anAcs3BodyChangedAfterSigningDoesNotMatch() {
    Map<String, String> h = acs3(ACS3_QUERY, new byte[0], SECRET, Instant.now(), UUID.randomUUID().toString());
    assertRefusedAndUnchanged(sendAcs3(h, ACS3_QUERY, "RouterInterfaceId=x".getBytes(StandardCharsets.UTF_8)),
        "SignatureDoesNotMatch", 400);
  }

  @Test
  void anAcs3QueryChangedAfterSigningDoesNotMatch() {
    Map<String, String> h = acs3(ACS3_QUERY, new byte[0], SECRET, Instant.now(), UUID.randomUUID().toString());
    assertRefusedAndUnchanged(
        sendAcs3(h, Map.of("RegionId", "cn-hangzhou", "RouterInterfaceId", "ri-hangzhou0crossacct001"), new byte[0]),
        "SignatureDoesNotMatch", 400);
  }

  @Test
  void anAcs3SignatureLeavingTheDateUnsignedIsIncomplete() {
    Map<String, String> h = acs3(ACS3_QUERY, new byte[0], SECRET, Instant.now(), UUID.randomUUID().toString());
    h.put("authorization", h.get("authorization").replace("x-acs-date;", ""));
    assertRefusedAndUnchanged(sendAcs3(h, ACS3_QUERY, new byte[0]), "IncompleteSignature", 400);
  }

  @Test
  void anAcs3SignatureOfAnUnknownKeyIsNotFound() {
    Map<String, String> h = acs3(ACS3_QUERY, new byte[0], SECRET, Instant.now(), UUID.randomUUID().toString());
    h.put("authorization", h.get("authorization").replace("Credential=" + KEY, "Credential=nobody"));
    assertRefusedAndUnchanged(sendAcs3(h, ACS3_QUERY, new byte[0]), "InvalidAccessKeyId.NotFound", 404);
  }
}

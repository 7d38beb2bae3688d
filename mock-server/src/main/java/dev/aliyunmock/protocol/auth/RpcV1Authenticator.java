package dev.aliyunmock.protocol.auth;

import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.protocol.Parameters;
import dev.aliyunmock.protocol.RpcRequest;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Signature version 1, checked in the order of DECISIONS.md §2 step 1: signature parameters
 * present and of the supported kind, timestamp, nonce, access key, signature.
 */
public final class RpcV1Authenticator implements RequestAuthenticator {
  /** The parameters a signed request must carry, in the order their absence is reported. */
  static final List<String> REQUIRED =
      List.of("AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp");

  private final AuthMode mode;
  private final CredentialStore credentials;
  private final NonceCache nonces;
  private final Clock clock;

  public RpcV1Authenticator(AuthMode mode, CredentialStore credentials, NonceCache nonces, Clock clock) {
    this.mode = mode;
    this.credentials = credentials;
    this.nonces = nonces;
    this.clock = clock;
  }

  @Override
  public Authenticated authenticate(RpcRequest request, Parameters params) {
    String action = params.get("Action");
    String version = params.get("Version");
    if (mode == AuthMode.OFF) {
      return new Authenticated(credentials.lenient(params.get("AccessKeyId")), action, version, Authenticated.Style.RPC_V1);
    }
    for (String name : REQUIRED) {
      if (params.nonEmpty(name) == null) {
        throw new ApiException(ApiError.MISSING_PARAMETER, name);
      }
    }
    if (!"HMAC-SHA1".equals(params.get("SignatureMethod"))
        || !"1.0".equals(params.get("SignatureVersion"))) {
      throw new ApiException(ApiError.INCOMPLETE_SIGNATURE);
    }
    Instant now = clock.instant();
    Timestamps.check(params.get("Timestamp"), now);
    String keyId = params.get("AccessKeyId");
    String nonce = params.get("SignatureNonce");
    if (nonces.wasUsed(keyId, nonce, now)) {
      throw new ApiException(ApiError.SIGNATURE_NONCE_USED);
    }
    Principal principal =
        credentials.byAccessKeyId(keyId).orElseThrow(() -> new ApiException(ApiError.ACCESS_KEY_NOT_FOUND));
    String stringToSign = RpcSignatureV1.stringToSign(request.method(), params.all());
    String expected = RpcSignatureV1.sign(stringToSign, principal.accessKeySecret());
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), params.get("Signature").getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(ApiError.SIGNATURE_DOES_NOT_MATCH, stringToSign);
    }
    if (!nonces.claim(keyId, nonce, now)) {
      // The same nonce, checked unused above, was claimed meanwhile by a request sent at once.
      throw new ApiException(ApiError.SIGNATURE_NONCE_USED);
    }
    return new Authenticated(principal, action, version, Authenticated.Style.RPC_V1);
  }
}

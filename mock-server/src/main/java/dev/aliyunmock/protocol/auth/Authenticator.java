package dev.aliyunmock.protocol.auth;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.protocol.Parameters;
import dev.aliyunmock.protocol.RpcRequest;
import java.time.Clock;
import java.time.Instant;

/**
 * Authenticates requests of both signature styles with one pipeline (docs/reference/gateway.md):
 * the signature's form, the timestamp (at most 15 minutes off), the nonce (unused), the access
 * key (known), the signature itself, and then the nonce is claimed in one step, so that of
 * identical requests sent at once exactly one is served. With authentication off nothing is
 * verified: a known access key still selects its account, any other caller acts as the first.
 *
 * <pre>{@code
 * Authenticator auth = new Authenticator(AuthMode.STRICT, credentials, new NonceCache(), Clock.systemUTC());
 * Authenticated who = auth.authenticate(request, Parameters.of(request));
 * }</pre>
 */
public final class Authenticator {
  private final AuthMode mode;
  private final CredentialStore credentials;
  private final NonceCache nonces;
  private final Clock clock;
  private final SignatureStyle rpcV1 = new RpcV1Style();
  private final SignatureStyle acs3 = new Acs3Style();

  public Authenticator(AuthMode mode, CredentialStore credentials, NonceCache nonces, Clock clock) {
    this.mode = mode;
    this.credentials = credentials;
    this.nonces = nonces;
    this.clock = clock;
  }

  /**
   * Verifies a request (or, with authentication off, only identifies its caller).
   *
   * @throws ApiException with the gateway error of the first check that fails
   */
  public Authenticated authenticate(RpcRequest request, Parameters params) {
    SignatureStyle style = Acs3Style.applies(request) ? acs3 : rpcV1;
    String action = style.action(request, params);
    String version = style.version(request, params);
    if (mode == AuthMode.OFF) {
      // Nothing is verified, so a request signed in a way the mock does not check (a bearer
      // token, say) still names its action in the x-acs-* headers every SDK sends.
      return new Authenticated(
          credentials.unverified(style.claimedKeyId(request, params)),
          action != null ? action : request.header("x-acs-action"),
          version != null ? version : request.header("x-acs-version"),
          style.name());
    }
    SignatureStyle.Claims claims = style.claims(request, params);
    Instant now = clock.instant();
    Timestamps.check(claims.timestamp(), now);
    if (nonces.wasUsed(claims.accessKeyId(), claims.nonce(), now)) {
      throw new ApiException(ApiError.SIGNATURE_NONCE_USED);
    }
    Principal principal =
        credentials.byAccessKeyId(claims.accessKeyId()).orElseThrow(() -> new ApiException(ApiError.ACCESS_KEY_NOT_FOUND));
    String mismatch = claims.verifier().mismatch(principal.accessKeySecret());
    if (mismatch != null) {
      throw new ApiException(ApiError.SIGNATURE_DOES_NOT_MATCH, mismatch);
    }
    if (!nonces.claim(claims.accessKeyId(), claims.nonce(), now)) {
      // The same nonce, checked unused above, was claimed meanwhile by a request sent at once.
      throw new ApiException(ApiError.SIGNATURE_NONCE_USED);
    }
    return new Authenticated(principal, action, version, style.name());
  }
}

package dev.aliyunmock.protocol.auth;

import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.protocol.Parameters;
import dev.aliyunmock.protocol.RpcRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ACS3-HMAC-SHA256 header signature of the newer SDK generation. Action and version come from
 * the {@code x-acs-action} / {@code x-acs-version} headers, which must be signed.
 *
 * <p>Order of checks: the {@code Authorization} header's form and the required signed headers
 * ({@code IncompleteSignature}), {@code x-acs-date} ({@code IllegalTimestamp}, {@code
 * InvalidTimeStamp.Expired}), nonce, access key, then the content hash and the signature (both
 * {@code SignatureDoesNotMatch}, whose message ends with the server's string to sign).
 */
public final class Acs3Authenticator implements RequestAuthenticator {
  /** The headers an ACS3 request must carry and sign. */
  static final List<String> REQUIRED_SIGNED =
      List.of("x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256");

  private final AuthMode mode;
  private final CredentialStore credentials;
  private final NonceCache nonces;
  private final Clock clock;

  public Acs3Authenticator(AuthMode mode, CredentialStore credentials, NonceCache nonces, Clock clock) {
    this.mode = mode;
    this.credentials = credentials;
    this.nonces = nonces;
    this.clock = clock;
  }

  /** Whether a request is signed in this style. */
  public static boolean applies(RpcRequest request) {
    String auth = request.header("authorization");
    return auth != null && auth.startsWith(Acs3Signature.ALGORITHM);
  }

  @Override
  public Authenticated authenticate(RpcRequest request, Parameters params) {
    String action = firstNonNull(request.header("x-acs-action"), params.get("Action"));
    String version = firstNonNull(request.header("x-acs-version"), params.get("Version"));
    Map<String, String> auth = parseAuthorization(request.header("authorization"));
    if (mode == AuthMode.OFF) {
      return new Authenticated(
          credentials.lenient(auth == null ? null : auth.get("Credential")), action, version, Authenticated.Style.ACS3);
    }
    if (auth == null
        || isBlank(auth.get("Credential"))
        || isBlank(auth.get("SignedHeaders"))
        || isBlank(auth.get("Signature"))) {
      throw new ApiException(ApiError.INCOMPLETE_SIGNATURE);
    }
    List<String> signed = new ArrayList<>();
    for (String h : auth.get("SignedHeaders").split(";", -1)) {
      String name = h.trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty() || request.header(name) == null) {
        throw new ApiException(ApiError.INCOMPLETE_SIGNATURE);
      }
      signed.add(name);
    }
    if (!signed.containsAll(REQUIRED_SIGNED)) {
      throw new ApiException(ApiError.INCOMPLETE_SIGNATURE);
    }
    Instant now = clock.instant();
    Timestamps.check(request.header("x-acs-date"), now);
    String keyId = auth.get("Credential");
    String nonce = request.header("x-acs-signature-nonce");
    if (nonces.wasUsed(keyId, nonce, now)) {
      throw new ApiException(ApiError.SIGNATURE_NONCE_USED);
    }
    Principal principal =
        credentials.byAccessKeyId(keyId).orElseThrow(() -> new ApiException(ApiError.ACCESS_KEY_NOT_FOUND));
    String payloadHash = request.header("x-acs-content-sha256");
    String canonical =
        Acs3Signature.canonicalRequest(
            request.method(), request.path(), params.query(), request.headers(), signed, payloadHash);
    String stringToSign = Acs3Signature.stringToSign(canonical);
    boolean bodyMatches = Acs3Signature.sha256Hex(request.body()).equalsIgnoreCase(payloadHash);
    String expected = Acs3Signature.sign(stringToSign, principal.accessKeySecret());
    if (!bodyMatches
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8),
            auth.get("Signature").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(ApiError.SIGNATURE_DOES_NOT_MATCH, stringToSign);
    }
    if (!nonces.claim(keyId, nonce, now)) {
      // The same nonce, checked unused above, was claimed meanwhile by a request sent at once.
      throw new ApiException(ApiError.SIGNATURE_NONCE_USED);
    }
    return new Authenticated(principal, action, version, Authenticated.Style.ACS3);
  }

  /**
   * Parses {@code ACS3-HMAC-SHA256 Credential=..,SignedHeaders=..,Signature=..}; {@code null} if
   * the header is not of that form.
   */
  static Map<String, String> parseAuthorization(String header) {
    if (header == null || !header.startsWith(Acs3Signature.ALGORITHM + " ")) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : header.substring(Acs3Signature.ALGORITHM.length() + 1).split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        return null;
      }
      out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
    }
    return out;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}

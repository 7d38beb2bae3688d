package dev.aliyunmock.protocol.auth;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.protocol.Parameters;
import dev.aliyunmock.protocol.RpcRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ACS3-HMAC-SHA256 header signature of the newer SDK generation ({@link Acs3Signature}).
 * Action and version come from the {@code x-acs-action} / {@code x-acs-version} headers, which
 * must be signed. Form checks: the {@code Authorization} header's shape and the required signed
 * headers ({@code IncompleteSignature}); a wrong content hash is a signature mismatch.
 */
final class Acs3Style implements SignatureStyle {
  /** The headers an ACS3 request must carry and sign. */
  static final List<String> REQUIRED_SIGNED =
      List.of("x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256");

  /**
   * Whether a request is signed in this style: an {@code Authorization} header of the V3 family
   * ({@code ACS3-…} or {@code ACS4-…}). Only {@code ACS3-HMAC-SHA256} is verified: the V3
   * signature document names no other algorithm, so the others the SDKs offer (HMAC-SM3,
   * RSA-SHA256, the ACS4 derived keys) are refused as {@code IncompleteSignature}
   * (docs/reference/clients.md, signatures).
   */
  static boolean applies(RpcRequest request) {
    String auth = request.header("authorization");
    return auth != null && (auth.startsWith("ACS3-") || auth.startsWith("ACS4-"));
  }

  @Override
  public Authenticated.Style name() {
    return Authenticated.Style.ACS3;
  }

  @Override
  public String action(RpcRequest request, Parameters params) {
    return firstNonNull(request.header("x-acs-action"), params.get("Action"));
  }

  @Override
  public String version(RpcRequest request, Parameters params) {
    return firstNonNull(request.header("x-acs-version"), params.get("Version"));
  }

  @Override
  public String claimedKeyId(RpcRequest request, Parameters params) {
    Map<String, String> auth = parseAuthorization(request.header("authorization"));
    return auth == null ? null : auth.get("Credential");
  }

  @Override
  public Claims claims(RpcRequest request, Parameters params) {
    String header = request.header("authorization");
    Map<String, String> auth = parseAuthorization(header);
    if (auth == null
        || !header.startsWith(Acs3Signature.ALGORITHM + " ")
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
    return new Claims(
        auth.get("Credential"),
        request.header("x-acs-signature-nonce"),
        request.header("x-acs-date"),
        secret -> {
          String payloadHash = request.header("x-acs-content-sha256");
          String canonical =
              Acs3Signature.canonicalRequest(request.method(), request.path(), params.query(), request.headers(), signed, payloadHash);
          String stringToSign = Acs3Signature.stringToSign(canonical);
          boolean bodyMatches = Acs3Signature.sha256Hex(request.body()).equalsIgnoreCase(payloadHash);
          String expected = Acs3Signature.sign(stringToSign, secret);
          boolean signatureMatches =
              MessageDigest.isEqual(
                  expected.getBytes(StandardCharsets.UTF_8),
                  auth.get("Signature").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
          return bodyMatches && signatureMatches ? null : stringToSign;
        });
  }

  /**
   * Parses {@code ALGORITHM Credential=..,SignedHeaders=..,Signature=..}; {@code null} if the
   * header is not of that form.
   */
  static Map<String, String> parseAuthorization(String header) {
    int space = header == null ? -1 : header.indexOf(' ');
    if (space <= 0) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : header.substring(space + 1).split(",")) {
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

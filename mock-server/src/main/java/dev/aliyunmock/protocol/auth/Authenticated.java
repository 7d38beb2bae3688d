package dev.aliyunmock.protocol.auth;

/**
 * The outcome of authentication: who calls, and the action and version the request names in the
 * places its signature style uses (parameters for version 1, {@code x-acs-*} headers for ACS3).
 *
 * @param principal the caller; {@code null} only with authentication off and no account at all
 * @param action the action named by the request, or {@code null}
 * @param version the API version named by the request, or {@code null}
 * @param style which signature style the request used
 */
public record Authenticated(Principal principal, String action, String version, Style style) {
  /** The two signature styles. */
  public enum Style {
    /** Signature version 1: HMAC-SHA1 over the parameters. */
    RPC_V1,
    /** ACS3-HMAC-SHA256 in the {@code Authorization} header. */
    ACS3
  }
}

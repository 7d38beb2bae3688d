package dev.aliyunmock.protocol.auth;

import dev.aliyunmock.protocol.Parameters;
import dev.aliyunmock.protocol.RpcRequest;

/**
 * One way a request carries its signature: where its claims are (access key, nonce, time) and how
 * its signature is computed. The {@link Authenticator} runs the same checks on every style.
 */
interface SignatureStyle {
  /** The style's name, as {@link Authenticated#style()} reports it. */
  Authenticated.Style name();

  /** The action the request names where this style puts it, or {@code null}. */
  String action(RpcRequest request, Parameters params);

  /** The API version the request names where this style puts it, or {@code null}. */
  String version(RpcRequest request, Parameters params);

  /** The access key the request claims, unchecked (for authentication off), or {@code null}. */
  String claimedKeyId(RpcRequest request, Parameters params);

  /**
   * The request's claims, checked for form only.
   *
   * @throws dev.aliyunmock.api.ApiException {@code Missing…} or {@code IncompleteSignature} for a
   *     signature of the wrong form
   */
  Claims claims(RpcRequest request, Parameters params);

  /**
   * What a request claims.
   *
   * @param accessKeyId the access key it is signed with
   * @param nonce its signature nonce
   * @param timestamp its signing time, as sent
   * @param verifier computes the signature with a secret and compares
   */
  record Claims(String accessKeyId, String nonce, String timestamp, Verifier verifier) {}

  /** Checks a request's signature against a secret. */
  @FunctionalInterface
  interface Verifier {
    /** {@code null} if the signature matches, else the server's string to sign (for the refusal). */
    String mismatch(String accessKeySecret);
  }
}

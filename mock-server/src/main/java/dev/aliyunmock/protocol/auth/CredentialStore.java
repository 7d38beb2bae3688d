package dev.aliyunmock.protocol.auth;

import java.util.Optional;

/**
 * Where the gateway looks up access keys. The world of router interfaces implements it; the
 * protocol layer knows nothing else of it.
 */
public interface CredentialStore {
  /** The principal of an access key id, if the world knows it. */
  Optional<Principal> byAccessKeyId(String accessKeyId);

  /** With authentication off, the principal of a caller whose key is unknown: the first account. */
  Optional<Principal> fallback();

  /**
   * With authentication off: the principal of a key the world knows, else (an unknown or absent
   * key) the fallback; {@code null} when the world has no account at all.
   */
  default Principal unverified(String accessKeyId) {
    return (accessKeyId == null ? fallback() : byAccessKeyId(accessKeyId).or(this::fallback)).orElse(null);
  }
}

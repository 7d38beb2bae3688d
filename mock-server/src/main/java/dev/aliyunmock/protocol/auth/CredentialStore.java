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
}

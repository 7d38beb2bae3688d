package dev.aliyunmock.protocol.auth;

/**
 * Who a request acts as: an access key, its secret, and the account (owner id) it belongs to.
 *
 * @param accessKeyId the key id, as sent by the client
 * @param accessKeySecret the secret the signature is checked against
 * @param ownerId the account that owns the key
 */
public record Principal(String accessKeyId, String accessKeySecret, String ownerId) {
  @Override
  public String toString() {
    // Never print the secret.
    return "Principal[" + accessKeyId + " of " + ownerId + "]";
  }
}

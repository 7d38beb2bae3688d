package dev.aliyunmock.protocol.auth;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC and SHA-256 with one {@link Mac} and {@link MessageDigest} per thread and algorithm:
 * looking an algorithm up through the security providers costs more than the hashing a request
 * needs, so it is done once per thread, not once per request.
 */
final class Hmac {
  private static final ThreadLocal<Mac> SHA1 = ThreadLocal.withInitial(() -> mac("HmacSHA1"));
  private static final ThreadLocal<Mac> SHA256 = ThreadLocal.withInitial(() -> mac("HmacSHA256"));
  private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Hmac::sha256Digest);

  private Hmac() {}

  static byte[] sha1(byte[] key, byte[] data) {
    return sign(SHA1.get(), key, data);
  }

  static byte[] sha256(byte[] key, byte[] data) {
    return sign(SHA256.get(), key, data);
  }

  static byte[] digest(byte[] data) {
    MessageDigest d = DIGEST.get();
    d.reset();
    return d.digest(data);
  }

  private static byte[] sign(Mac mac, byte[] key, byte[] data) {
    try {
      mac.init(new SecretKeySpec(key, mac.getAlgorithm()));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("any byte string is an HMAC key", e);
    }
    return mac.doFinal(data);
  }

  private static Mac mac(String algorithm) {
    try {
      return Mac.getInstance(algorithm);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
    }
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

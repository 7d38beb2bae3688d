package dev.aliyunmock.control;

import java.util.Locale;

/** How strictly callers are authenticated (docs/reference/gateway.md, "Authentication modes"). */
public enum AuthMode {
  /** Signature, timestamp, nonce and access key are all verified. The default. */
  STRICT,
  /**
   * Nothing is verified: a known AccessKeyId still selects its account, any other caller acts as
   * the world's first account.
   */
  OFF;

  /** Parses {@code strict} or {@code off}, in any case. */
  public static AuthMode parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("auth mode must be strict or off, not '" + s + "'", e);
    }
  }
}

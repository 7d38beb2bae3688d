package dev.aliyunmock.protocol.auth;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The timestamp rule shared by both signature styles: ISO 8601 UTC, at most 15 minutes off. */
final class Timestamps {
  static final Duration TOLERANCE = Duration.ofMinutes(15);

  private Timestamps() {}

  /** Parses and checks a timestamp against {@code now}. */
  static Instant check(String value, Instant now) {
    Instant at;
    try {
      at = Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new ApiException(ApiError.ILLEGAL_TIMESTAMP);
    }
    if (Duration.between(at, now).abs().compareTo(TOLERANCE) > 0) {
      throw new ApiException(ApiError.TIMESTAMP_EXPIRED);
    }
    return at;
  }
}

package dev.aliyunmock.protocol.auth;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The timestamp rule shared by both signature styles: ISO 8601 UTC, at most 15 minutes off. */
final class Timestamps {
  static final Duration TOLERANCE = Duration.ofMinutes(15);

  private Timestamps() {}

  /** Parses and checks a timestamp against {@code now}. */
  static Instant check(String value, Instant now) {
    Instant at;
    try {
      at = parse(value);
    } catch (DateTimeParseException e) {
      throw new ApiException(ApiError.ILLEGAL_TIMESTAMP);
    }
    if (Duration.between(at, now).abs().compareTo(TOLERANCE) > 0) {
      throw new ApiException(ApiError.TIMESTAMP_EXPIRED);
    }
    return at;
  }

  /**
   * {@link Instant#parse}, read directly when the text has the form every SDK sends ({@code
   * 2026-01-02T03:04:05Z}, a valid date and time), else by {@code Instant.parse} itself: the same
   * instant or the same refusal, at a small part of the cost of the formatter.
   */
  static Instant parse(String value) {
    if (value != null
        && value.length() == 20
        && value.charAt(4) == '-'
        && value.charAt(7) == '-'
        && value.charAt(10) == 'T'
        && value.charAt(13) == ':'
        && value.charAt(16) == ':'
        && value.charAt(19) == 'Z') {
      int year = digits(value, 0, 4);
      int month = digits(value, 5, 2);
      int day = digits(value, 8, 2);
      int hour = digits(value, 11, 2);
      int minute = digits(value, 14, 2);
      int second = digits(value, 17, 2);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()
          && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
        return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
      }
    }
    return Instant.parse(value);
  }

  /** The number written by {@code n} ASCII digits at {@code from}, or -1. */
  private static int digits(String s, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}

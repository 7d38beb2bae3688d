package dev.aliyunmock.protocol.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The timestamp reader gives the instant Instant.parse gives, or refuses what it refuses. */
class TimestampParseTest {
  private static void same(String s) {
    Object expected;
    try {
      expected = Instant.parse(s);
    } catch (DateTimeParseException e) {
      expected = "refused";
    }
    Object actual;
    try {
      actual = Timestamps.parse(s);
    } catch (DateTimeParseException e) {
      actual = "refused";
    }
    assertThat(actual).as(s).isEqualTo(expected);
  }

  @Test
  void sameAsInstantParseOnChosenTexts() {
    for (String s :
        List.of("2026-12-06T22:58:00Z", "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-00-01T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T23:60:00Z", "2026-01-01T23:59:60Z",
            "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-01-01t00:00:00z", "2026-01-01T00:00:00.5Z", "2026-01-01T00:00Z",
            "+2026-01-01T00:00:00Z", "2026-1-01T00:00:00Z", "2026-01-01T00:00:00+08:00", "2026-01-01 00:00:00Z", "", "x")) {
      same(s);
    }
  }

  @Test
  void sameAsInstantParseOnRandomTexts() {
    Random random = new Random(20261206L);
    for (int i = 0; i < 20_000; i++) {
      char[] c = "2026-01-01T00:00:00Z".toCharArray();
      for (int k = random.nextInt(4); k > 0; k--) {
        c[random.nextInt(c.length)] = "0123456789-:TZtz+ ".charAt(random.nextInt(18));
      }
      same(new String(c));
    }
  }
}

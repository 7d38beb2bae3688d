package dev.aliyunmock.protocol;

import static dev.aliyunmock.support.ApiHttp.assertError;
import static dev.aliyunmock.support.ApiHttp.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.ApiHttp;
import dev.aliyunmock.support.Envelope;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.SignedCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Timestamp more than 15 minutes from the server's clock is expired (docs/reference/gateway.md). */
class TimestampWindowTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private AliyunMockServer server;
  private ApiHttp http;

  @BeforeEach
  void start() {
    server = MockServers.start(m -> m.clock(Clock.fixed(NOW, ZoneOffset.UTC)));
    http = new ApiHttp(server);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private static SignedCall at(Duration offset) {
    return SignedCall.vpc("DescribeRouterInterfaces").timestamp(NOW.plus(offset));
  }

  @Test
  void timestampSixteenMinutesInThePastIsRefusedWithInvalidTimeStampExpired() {
    Envelope e = assertError(http.sdkStyle(at(Duration.ofMinutes(-16))), 400, "InvalidTimeStamp.Expired");
    assertThat(e.message()).isEqualTo("Specified time stamp or date value is expired.");
  }

  @Test
  void timestampSixteenMinutesInTheFutureIsRefusedWithInvalidTimeStampExpired() {
    assertError(http.sdkStyle(at(Duration.ofMinutes(16))), 400, "InvalidTimeStamp.Expired");
  }

  @Test
  void timestampFifteenMinutesInThePastIsAccepted() {
    assertOk(http.sdkStyle(at(Duration.ofMinutes(-15))));
  }

  @Test
  void timestampFifteenMinutesInTheFutureIsAccepted() {
    assertOk(http.sdkStyle(at(Duration.ofMinutes(15))));
  }

  @Test
  void timestampOneSecondBeyondFifteenMinutesIsExpired() {
    assertError(http.sdkStyle(at(Duration.ofMinutes(-15).minusSeconds(1))), 400, "InvalidTimeStamp.Expired");
  }
}

package dev.aliyunmock.reliability;

import static dev.aliyunmock.reliability.Engine.params;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.MockServers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One signed request sent many times at once, over HTTP: the nonce admits exactly one of them,
 * every other copy is a replay (400 SignatureNonceUsed), in both signature generations.
 */
class NonceReplayRaceTest {
  private static final int THREADS = 16;

  private final AliyunMockServer server = MockServers.start();
  private final Http http = new Http(server);
  private final AtOnce atOnce = new AtOnce(THREADS);

  @AfterEach
  void stop() {
    atOnce.close();
    server.stop();
  }

  private static void assertAcceptedOnce(List<Http.Answer> answers) {
    assertThat(answers.stream().filter(a -> a.status() == 200).count()).as("%s", answers).isEqualTo(1);
    for (Http.Answer a : answers) {
      if (a.status() != 200) {
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body()).contains("\"Code\":\"SignatureNonceUsed\"").containsPattern("\"RequestId\":\"[0-9A-F-]{36}\"");
      }
    }
  }

  @Test
  void aVersionOneSignedRequestSentManyTimesAtOnceIsAcceptedOnce() {
    for (int round = 0; round < Budget.RACES.amount(); round++) {
      Map<String, String> signed = Signer.rpcV1("POST", params("Action", "DescribeRouterInterfaces", "RegionId", "cn-hangzhou"),
          Engine.KEY, Engine.SECRET, Instant.now(), UUID.randomUUID().toString());
      String query = "/?" + Signer.query(signed);

      List<Http.Answer> answers = atOnce.run(THREADS, i -> http.send("POST", query,
          Map.of("Content-Type", "application/x-www-form-urlencoded"), new byte[0]));

      assertAcceptedOnce(answers);
    }
  }

  @Test
  void anAcs3SignedRequestSentManyTimesAtOnceIsAcceptedOnce() {
    for (int round = 0; round < Budget.RACES.amount(); round++) {
      Map<String, String> query = Map.of("RegionId", "cn-hangzhou");
      Map<String, String> headers = Signer.acs3("POST", server.endpoint(), query, new byte[0], "DescribeRouterInterfaces",
          "2016-04-28", Engine.KEY, Engine.SECRET, Instant.now(), UUID.randomUUID().toString());
      headers.remove("host");

      List<Http.Answer> answers = atOnce.run(THREADS, i -> http.send("POST", "/?" + Signer.query(query), headers, new byte[0]));

      assertAcceptedOnce(answers);
    }
  }
}

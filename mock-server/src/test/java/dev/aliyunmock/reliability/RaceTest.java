package dev.aliyunmock.reliability;

import static dev.aliyunmock.reliability.Engine.params;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.routerinterface.RouterInterfaceField;
import dev.aliyunmock.routerinterface.Spec;
import dev.aliyunmock.routerinterface.Status;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.MockServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads on the same interfaces, through HTTP against a running server: exactly one winner
 * where the API allows one, every loser refused with the documented code, no lost update, no
 * deadlock (each race has a deadline), and the invariants hold afterwards. Each race runs
 * {@link Budget#RACES} rounds on a reset world.
 *
 * <p>Throughout, 24 slow and stalled connections ({@link SlowConnections}) are held open: more
 * than the server has threads, so a server that waits on them misses the races' deadlines.
 *
 * <p>The concurrency design under test is stated in {@code World}: one lock per world.
 */
class RaceTest {
  private static final int THREADS = 16;
  private static final String INITIATOR = "ri-hangzhou0initiator001";
  private static final String ACCEPTOR = "ri-beijing00acceptor0001";
  /** A second pair between the same two routers as the default world's first pair. */
  private static final String SECOND_PAIR =
      """
      {"RouterInterfaces": [
        {"RouterInterfaceId": "ri-race-second-init", "RouterId": "vrt-hangzhou000000000001", "Role": "InitiatingSide",
         "OppositeInterfaceId": "ri-race-second-acc", "OppositeRouterId": "vrt-beijing0000000000001",
         "OppositeRouterType": "VRouter", "OppositeInterfaceOwnerId": "1000000000000001"},
        {"RouterInterfaceId": "ri-race-second-acc", "RouterId": "vrt-beijing0000000000001", "Role": "AcceptingSide",
         "OppositeInterfaceId": "ri-race-second-init", "OppositeRouterId": "vrt-hangzhou000000000001",
         "OppositeRouterType": "VRouter", "OppositeInterfaceOwnerId": "1000000000000001"}]}
      """;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AliyunMockServer server = MockServers.start(m -> m.transitions(new TransitionMode.Manual()));
  private final Http http = new Http(server);
  private final AtOnce atOnce = new AtOnce(THREADS);
  private final SlowConnections stalled = SlowConnections.random(server.port(), 24, new java.util.Random());

  @AfterEach
  void stop() {
    atOnce.close();
    stalled.close();
    server.stop();
  }

  private static String code(Http.Answer a) {
    try {
      return JSON.readTree(a.body()).path("Code").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long wins(List<Http.Answer> answers) {
    return answers.stream().filter(a -> a.status() == 200).count();
  }

  /** Every answer a win or the refusal {@code code}; and the state keeps every invariant. */
  private void assertOneWinner(List<Http.Answer> answers, Set<String> loserCodes) {
    assertThat(wins(answers)).as("winners among %s", answers).isEqualTo(1);
    for (Http.Answer a : answers) {
      if (a.status() != 200) {
        assertThat(a.status()).as(a.body()).isBetween(400, 499);
        assertThat(code(a)).as(a.body()).isIn(loserCodes);
        assertThat(a.body()).containsPattern("\"RequestId\":\"[0-9A-F-]{36}\"");
      }
    }
    assertInvariants();
  }

  private void assertInvariants() {
    assertThat(Snapshot.of(server.mock()).violations()).isEmpty();
  }

  private RouterInterface ri(String id) {
    return server.mock().routerInterface(id).orElseThrow();
  }

  private void round() {
    server.mock().reset();
    server.mock().transitions().setDefaultMode(new TransitionMode.Manual());
  }

  private void connectPairOne() {
    assertThat(http.rpc(params("Action", "ConnectRouterInterface", "RegionId", "cn-hangzhou", "RouterInterfaceId", INITIATOR)).status())
        .isEqualTo(200);
    server.mock().transitions().completeAll();
  }

  @Test
  void manyConnectsOfOneInitiatorHaveExactlyOneWinner() {
    for (int round = 0; round < Budget.RACES.amount(); round++) {
      round();
      List<Http.Answer> answers = atOnce.run(THREADS, i -> http.rpc(
          params("Action", "ConnectRouterInterface", "RegionId", "cn-hangzhou", "RouterInterfaceId", INITIATOR,
              "Version", i % 2 == 0 ? "2016-04-28" : "2014-05-26")));

      assertOneWinner(answers, Set.of("IncorrectRIStatus", "IncorrectStatus"));
      assertThat(ri(INITIATOR).status()).isEqualTo(Status.CONNECTING);
      assertThat(ri(ACCEPTOR).status()).isEqualTo(Status.ACCEPTING_CONNECT);
    }
  }

  @Test
  void connectsOfTwoPairsBetweenTheSameRoutersHaveExactlyOneWinner() throws FixtureException {
    for (int round = 0; round < Budget.RACES.amount(); round++) {
      round();
      server.mock().loadFixtures(SECOND_PAIR);
      List<Http.Answer> answers = atOnce.run(THREADS, i -> http.rpc(
          params("Action", "ConnectRouterInterface", "RegionId", "cn-hangzhou",
              "RouterInterfaceId", i % 2 == 0 ? INITIATOR : "ri-race-second-init")));

      assertOneWinner(answers, Set.of("IncorrectRIStatus", "Forbidden.OnlyOneConnection"));
      assertThat(List.of(ri(INITIATOR).status(), ri("ri-race-second-init").status()))
          .containsExactlyInAnyOrder(Status.CONNECTING, Status.IDLE);
    }
  }

  @Test
  void connectRacingDeleteOfTheSameInitiatorHasExactlyOneWinner() {
    for (int round = 0; round < Budget.RACES.amount(); round++) {
      round();
      List<Http.Answer> answers = atOnce.run(THREADS, i -> http.rpc(
          params("Action", i % 2 == 0 ? "ConnectRouterInterface" : "DeleteRouterInterface", "RegionId", "cn-hangzhou",
              "RouterInterfaceId", INITIATOR)));

      assertOneWinner(answers, Set.of("IncorrectRIStatus", "InvalidInstance.StatusError", "InvalidRouterInterfaceId.NotFound"));
      boolean deleted = server.mock().routerInterface(INITIATOR).isEmpty();
      assertThat(ri(ACCEPTOR).status()).isEqualTo(deleted ? Status.IDLE : Status.ACCEPTING_CONNECT);
    }
  }

  @Test
  void connectRacingDeleteOfItsAcceptorHasExactlyOneWinner() {
    for (int round = 0; round < Budget.RACES.amount(); round++) {
      round();
      List<Http.Answer> answers = atOnce.run(2, i -> i == 0
          ? http.rpc(params("Action", "ConnectRouterInterface", "RegionId", "cn-hangzhou", "RouterInterfaceId", INITIATOR))
          : http.rpc(params("Action", "DeleteRouterInterface", "RegionId", "cn-beijing", "RouterInterfaceId", ACCEPTOR)));

      assertOneWinner(answers, Set.of("IncorrectOppositeInterfaceInfo", "InvalidInstance.StatusError"));
    }
  }

  @Test
  void manyDeactivatesOfOneInterfaceHaveExactlyOneWinner() {
    for (int round = 0; round < Budget.RACES.amount(); round++) {
      round();
      connectPairOne();
      List<Http.Answer> answers = atOnce.run(THREADS, i -> http.rpc(
          params("Action", "DeactivateRouterInterface", "RegionId", "cn-hangzhou", "RouterInterfaceId", INITIATOR)));

      assertOneWinner(answers, Set.of("IncorrectStatus"));
      assertThat(ri(INITIATOR).status()).isEqualTo(Status.DEACTIVATING);
      assertThat(ri(ACCEPTOR).get(RouterInterfaceField.OppositeInterfaceStatus)).isEqualTo(Status.DEACTIVATING);
    }
  }

  @Test
  void manyActivatesOfOneInterfaceHaveExactlyOneWinner() {
    for (int round = 0; round < Budget.RACES.amount(); round++) {
      round();
      connectPairOne();
      http.rpc(params("Action", "DeactivateRouterInterface", "RegionId", "cn-hangzhou", "RouterInterfaceId", INITIATOR));
      server.mock().transitions().completeAll();
      List<Http.Answer> answers = atOnce.run(THREADS, i -> http.rpc(
          params("Action", "ActivateRouterInterface", "RegionId", "cn-hangzhou", "RouterInterfaceId", INITIATOR)));

      assertOneWinner(answers, Set.of("IncorrectRIStatus"));
      assertThat(ri(INITIATOR).status()).isEqualTo(Status.ACTIVATING);
    }
  }

  @Test
  void manyDeletesOfOneInterfaceHaveExactlyOneWinner() {
    for (int round = 0; round < Budget.RACES.amount(); round++) {
      round();
      List<Http.Answer> answers = atOnce.run(THREADS, i -> http.rpc(
          params("Action", "DeleteRouterInterface", "RegionId", "cn-hangzhou", "RouterInterfaceId", INITIATOR)));

      assertOneWinner(answers, Set.of("InvalidRouterInterfaceId.NotFound"));
      assertThat(server.mock().routerInterface(INITIATOR)).isEmpty();
    }
  }

  @Test
  void specChangesOfAnActiveInterfaceHaveOneWinnerWhoseSpecBothSidesShow() {
    List<String> specs = List.of("Mini.2", "Small.1", "Middle.2", "Large.1", "Large.5", "Xlarge.1", "Small.5", "Middle.5");
    for (int round = 0; round < Budget.RACES.amount(); round++) {
      round();
      connectPairOne();
      List<Http.Answer> answers = atOnce.run(THREADS, i -> http.rpc(
          params("Action", "ModifyRouterInterfaceSpec", "RegionId", "cn-hangzhou", "RouterInterfaceId", INITIATOR,
              "Spec", specs.get(i % specs.size()))));

      assertOneWinner(answers, Set.of("InvalidInstance.StatusError"));
      String won = answers.stream().filter(a -> a.status() == 200).map(a -> spec(a.body())).findFirst().orElseThrow();
      assertThat(ri(INITIATOR).spec().apiName()).isEqualTo(won);
      assertThat(((Spec) ri(ACCEPTOR).get(RouterInterfaceField.OppositeInterfaceSpec)).apiName()).isEqualTo(won);
      assertThat(ri(ACCEPTOR).get(RouterInterfaceField.OppositeBandwidth)).isEqualTo(ri(INITIATOR).get(RouterInterfaceField.Bandwidth));
    }
  }

  private static String spec(String body) {
    try {
      return JSON.readTree(body).path("Spec").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void concurrentCreatesOnOneRouterStopExactlyAtTheQuota() {
    for (int round = 0; round < Budget.RACES.amount(); round++) {
      round();
      List<Http.Answer> answers = atOnce.run(THREADS, i -> http.rpc(
          params("Action", "CreateRouterInterface", "RegionId", "cn-beijing", "RouterId", "vrt-beijing0000000000001",
              "RouterType", "VRouter", "Role", "AcceptingSide", "Spec", "Negative", "OppositeRegionId", "cn-hangzhou")));

      // The router holds one interface already; the quota is five.
      assertThat(wins(answers)).isEqualTo(4);
      assertThat(answers.stream().filter(a -> a.status() != 200).map(RaceTest::code).collect(Collectors.toSet()))
          .containsExactly("QuotaExceeded.RouterInterface");
      long onRouter = server.mock().routerInterfaces().stream()
          .filter(ri -> ri.routerId().equals("vrt-beijing0000000000001")).count();
      assertThat(onRouter).isEqualTo(5);
      assertInvariants();
    }
  }

  @Test
  void concurrentCreatesWithOneClientTokenMakeOneInterface() {
    for (int round = 0; round < Budget.RACES.amount(); round++) {
      round();
      int before = server.mock().routerInterfaces().size();
      List<Http.Answer> answers = atOnce.run(THREADS, i -> http.rpc(
          params("Action", "CreateRouterInterface", "RegionId", "cn-beijing", "RouterId", "vrt-beijing0000000000001",
              "RouterType", "VRouter", "Role", "AcceptingSide", "Spec", "Negative", "OppositeRegionId", "cn-hangzhou",
              "ClientToken", "one-token")));

      assertThat(wins(answers)).isEqualTo(THREADS);
      Set<String> ids = answers.stream().map(a -> field(a.body(), "RouterInterfaceId")).collect(Collectors.toSet());
      assertThat(ids).hasSize(1);
      assertThat(server.mock().routerInterfaces()).hasSize(before + 1);
    }
  }

  private static String field(String body, String name) {
    try {
      return JSON.readTree(body).path(name).asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void concurrentModificationsOfDifferentFieldsLoseNoUpdate() {
    for (int round = 0; round < Budget.RACES.amount(); round++) {
      round();
      List<Http.Answer> answers = atOnce.run(THREADS, i -> {
        String id = i < THREADS / 2 ? INITIATOR : "ri-hangzhou0crossacct001";
        Map<String, String> p = params("Action", "ModifyRouterInterfaceAttribute", "RegionId", "cn-hangzhou", "RouterInterfaceId", id);
        switch (i % 4) {
          case 0 -> p.put("Name", "name-" + i);
          case 1 -> p.put("Description", "Description " + i);
          case 2 -> {
            p.put("HealthCheckSourceIp", "10.0.0." + i);
            p.put("HealthCheckTargetIp", "10.0.1." + i);
          }
          default -> p.put("HcRate", String.valueOf(100 + i));
        }
        return http.rpc(p);
      });

      assertThat(wins(answers)).as("%s", answers).isEqualTo(THREADS);
      for (String id : List.of(INITIATOR, "ri-hangzhou0crossacct001")) {
        RouterInterface ri = ri(id);
        int base = id.equals(INITIATOR) ? 0 : THREADS / 2;
        assertThat((String) ri.get(RouterInterfaceField.Name)).matches("name-\\d+");
        assertThat((String) ri.get(RouterInterfaceField.Description)).matches("Description \\d+");
        assertThat((String) ri.get(RouterInterfaceField.HealthCheckSourceIp)).startsWith("10.0.0.");
        assertThat((Integer) ri.get(RouterInterfaceField.HcRate)).isBetween(100 + base, 100 + base + THREADS / 2);
        // Source and target come from one request: never half of one and half of another.
        assertThat(((String) ri.get(RouterInterfaceField.HealthCheckTargetIp)).substring(7))
            .isEqualTo(((String) ri.get(RouterInterfaceField.HealthCheckSourceIp)).substring(7));
      }
    }
  }

  @Test
  void resetsAndFixtureLoadsDuringTrafficBreakNothing() {
    for (int round = 0; round < Budget.RACES.amount(); round++) {
      round();
      List<Http.Answer> answers = atOnce.run(THREADS, i -> {
        switch (i % 8) {
          case 0 -> {
            server.mock().reset();
            return new Http.Answer(200, "", "");
          }
          case 1 -> {
            try {
              server.mock().loadFixtures(SECOND_PAIR);
            } catch (FixtureException e) {
              // already loaded by another thread since the last reset: refused whole
            }
            return new Http.Answer(200, "", "");
          }
          case 2 -> {
            return http.rpc(params("Action", "ConnectRouterInterface", "RegionId", "cn-hangzhou", "RouterInterfaceId", INITIATOR));
          }
          case 3 -> {
            server.mock().transitions().completeAll();
            return http.rpc(params("Action", "DescribeRouterInterfaces", "RegionId", "cn-hangzhou"));
          }
          case 4 -> {
            return http.rpc(params("Action", "DeactivateRouterInterface", "RegionId", "cn-hangzhou", "RouterInterfaceId", INITIATOR));
          }
          case 5 -> {
            return http.rpc(params("Action", "ConnectRouterInterface", "RegionId", "cn-hangzhou", "RouterInterfaceId", "ri-race-second-init"));
          }
          case 6 -> {
            if (i >= 8) {
              // A page of another origin trying to reset the world: refused, changing nothing.
              Http.Answer refused = http.send("POST", "/__admin/aliyun/reset",
                  Map.of("Origin", "http://evil.example", "Content-Type", "application/json"), new byte[0]);
              assertThat(refused.status()).isEqualTo(403);
              return refused;
            }
            return http.send("GET", "/__admin/aliyun/state", Map.of(), new byte[0]);
          }
          default -> {
            return http.rpc(params("Action", "DeleteRouterInterface", "RegionId", "cn-hangzhou", "RouterInterfaceId", "ri-hangzhou0crossacct001"));
          }
        }
      });

      for (Http.Answer a : answers) {
        assertThat(a.status()).as(a.body()).isLessThan(500);
      }
      assertInvariants();
    }
  }
}

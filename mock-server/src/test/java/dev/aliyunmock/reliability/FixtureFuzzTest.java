package dev.aliyunmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.MockServers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Mutated fixture documents by the thousand ({@link Budget#FIXTURES}, {@code
 * -Dreliability.fixtures=N}; replay with {@code -Dreliability.seed=S}): each is either loaded
 * whole (and then its state dumps and loads back identically) or refused with a {@link
 * FixtureException} whose message names a path that exists in the document, having loaded
 * nothing. Never any other exception. A share goes through the admin API of a running server.
 */
class FixtureFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** JSON as RFC 8259 has it: one value, no trailing tokens, no duplicate keys. */
  private static final ObjectMapper STRICT =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final int MAX_REPORTED = 15;

  private final long seed = Long.getLong("reliability.seed", System.nanoTime());
  private final List<String> failures = new ArrayList<>();
  private final Map<String, Integer> outcomes = new TreeMap<>();

  private void fail(FixtureFuzzer.Mutant m, String problem) {
    if (failures.size() < MAX_REPORTED) {
      String text = m.text().length() > 300 ? m.text().substring(0, 300) + "…(" + m.text().length() + " chars)" : m.text();
      failures.add(problem + "\n      mutations: " + m.what() + "\n      document: " + text);
    }
  }

  private static AliyunMock emptyMock() throws FixtureException {
    return AliyunMock.builder().fixtures("{}").build();
  }

  @Test
  void mutatedFixtureDocumentsLoadWholeOrAreRefusedByPathLoadingNothing() throws FixtureException {
    int total = Budget.FIXTURES.amount();
    FixtureFuzzer fuzzer = new FixtureFuzzer(seed);
    AliyunMock mock = AliyunMock.builder().build();
    String defaultWorld = AliyunMock.defaultWorldJson();
    String baseline = mock.stateJson();
    for (int i = 0; i < total; i++) {
      boolean intoEmpty = i % 3 == 0;
      FixtureFuzzer.Mutant m = fuzzer.next(intoEmpty ? defaultWorld : FixtureFuzzer.EXTRA);
      try {
        if (intoEmpty) {
          AliyunMock w = emptyMock();
          try {
            w.loadFixtures(m.text());
            loaded(m, w.stateJson());
          } catch (FixtureException e) {
            refused(m, e);
            if (!w.routerInterfaces().isEmpty() || !w.accounts().isEmpty() || !w.regions().isEmpty()) {
              fail(m, "refused (" + e.getMessage() + ") but loaded part of it");
            }
          }
        } else {
          try {
            mock.loadFixtures(m.text());
            loaded(m, mock.stateJson());
            mock.reset();
          } catch (FixtureException e) {
            refused(m, e);
            if (!mock.stateJson().equals(baseline)) {
              fail(m, "refused (" + e.getMessage() + ") but the state changed");
              mock.reset();
            }
          }
        }
      } catch (RuntimeException | StackOverflowError e) {
        fail(m, "threw " + e);
      }
    }
    assertThat(failures).as("%d mutated documents, seed %d (-Dreliability.seed=%d to replay)", total, seed, seed).isEmpty();
    System.out.println("fixtures: " + total + " mutated documents (seed " + seed + "): " + outcomes);
  }

  private void loaded(FixtureFuzzer.Mutant m, String dump) {
    outcomes.merge("loaded", 1, Integer::sum);
    try {
      STRICT.readTree(m.text());
    } catch (Exception e) {
      fail(m, "not valid JSON (" + e.getMessage().split("\n")[0] + ") but loaded");
    }
    try {
      String again = AliyunMock.builder().fixtures(dump).transitions(new TransitionMode.Manual()).build().stateJson();
      if (!again.equals(dump)) {
        fail(m, "loaded, but its dump does not load back the same");
      }
    } catch (FixtureException e) {
      fail(m, "loaded, but its dump is refused: " + e.getMessage());
    }
  }

  private void refused(FixtureFuzzer.Mutant m, FixtureException e) {
    String path = e.path();
    outcomes.merge("refused at " + path.replaceAll("\\[\\d+\\]", "[]").replaceAll("\\(line \\d+, column \\d+\\)", "(line, column)"),
        1, Integer::sum);
    if (path == null || path.isBlank() || !e.getMessage().startsWith(path + ": ") || e.getMessage().length() <= path.length() + 2) {
      fail(m, "message does not name a path: " + e.getMessage());
      return;
    }
    if (path.equals("(document)") || path.matches("\\(line \\d+, column \\d+\\)")) {
      return;
    }
    JsonNode root;
    try {
      root = JSON.readTree(m.text());
    } catch (Exception notJson) {
      fail(m, "invalid JSON refused at " + path + " rather than at a line and column");
      return;
    }
    if (!resolves(root, path)) {
      fail(m, "the path of '" + e.getMessage() + "' is not in the document");
    }
  }

  /**
   * Whether a path parses (names, JSON-quoted keys, [n] indexes, joined by dots) and every
   * segment but the last exists in the document, the last existing or being a missing key.
   */
  private static boolean resolves(JsonNode root, String path) {
    JsonNode node = root;
    int i = 0;
    int n = path.length();
    while (i < n) {
      String key;
      if (path.charAt(i) == '"') {
        int end = i + 1;
        while (end < n && path.charAt(end) != '"') {
          end += path.charAt(end) == '\\' ? 2 : 1;
        }
        if (end >= n) {
          return false;
        }
        try {
          key = JSON.readValue(path.substring(i, end + 1), String.class);
        } catch (Exception e) {
          return false;
        }
        i = end + 1;
      } else {
        Matcher m = NAME.matcher(path).region(i, n);
        if (!m.lookingAt()) {
          return false;
        }
        key = m.group();
        i = m.end();
      }
      JsonNode next = node == null || !node.isObject() ? null : node.get(key);
      if (next == null) {
        return i == n; // only the last key may be missing (a required key)
      }
      node = next;
      while (i < n && path.charAt(i) == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          return false;
        }
        node = node.get(Integer.parseInt(path.substring(i + 1, close)));
        if (node == null) {
          return false;
        }
        i = close + 1;
      }
      if (i < n) {
        if (path.charAt(i) != '.') {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  @Test
  void mutatedFixtureDocumentsThroughTheAdminApiAreLoadedOrRefusedWith400() {
    int total = Math.max(40, Budget.FIXTURES.amount() / 10);
    FixtureFuzzer fuzzer = new FixtureFuzzer(seed + 1);
    try (AliyunMockServer server = MockServers.start()) {
      Http http = new Http(server);
      String baseline = server.mock().stateJson();
      for (int i = 0; i < total; i++) {
        FixtureFuzzer.Mutant m = fuzzer.next(FixtureFuzzer.EXTRA);
        Http.Answer a = http.send("POST", "/__admin/aliyun/fixtures", Map.of("Content-Type", "application/json"),
            m.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (a.status() == 200) {
          http.send("POST", "/__admin/aliyun/reset", Map.of(), new byte[0]);
          continue;
        }
        if (a.status() != 400 || !a.body().startsWith("{\"message\":")) {
          fail(m, "admin API answered " + a.status() + " " + a.body());
        }
        if (!server.mock().stateJson().equals(baseline)) {
          fail(m, "refused by the admin API but the state changed");
          server.mock().reset();
        }
      }
    }
    assertThat(failures).as("%d documents through the admin API, seed %d", total, seed + 1).isEmpty();
  }
}

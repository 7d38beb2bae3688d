package dev.aliyunmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.RpcRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Any one change to a signed request, in either signature generation, is refused and changes
 * nothing: a character of any parameter's name or value (the signature's included), a parameter
 * added or removed, the method; for ACS3 also a signed header, the query, the body, the
 * SignedHeaders list. The request is a Connect, which would change the state if served.
 *
 * <p>Each property runs {@link Budget#TRIES} tries ({@link Tries}); a try draws the kind of change,
 * which part, where and the character put in from its seed, and signs with a nonce drawn from it
 * too, so that {@code -Dreliability.seed=N} replays it (only the timestamp is the clock's: strict
 * authentication wants it current).
 */
class SignatureTamperingTest {
  private static final Map<String, String> CONNECT =
      Map.of("Action", "ConnectRouterInterface", "Version", "2016-04-28", "RegionId", "cn-hangzhou",
          "RouterInterfaceId", "ri-hangzhou0initiator001", "Format", "JSON");

  private final AliyunMock mock = Engine.defaultWorld();
  private final String before = mock.stateJson();

  /** The characters a change puts in. */
  private static final String REPLACEMENTS = "aZ09-_.~ =&+/%é中";

  private static char replacement(SplittableRandom random) {
    return REPLACEMENTS.charAt(random.nextInt(REPLACEMENTS.length()));
  }

  private static String nonce(SplittableRandom random) {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  private static String change(String s, int at, char c) {
    if (s.isEmpty()) {
      return String.valueOf(c);
    }
    int i = Math.floorMod(at, s.length());
    String changed = s.substring(0, i) + c + s.substring(i + 1);
    return changed.equals(s) ? s + c : changed;
  }

  private void assertRefusedAndUnchanged(ApiResponse r, String what) {
    assertThat(r.status()).as("%s answered %s", what, r.body()).isBetween(400, 499);
    assertThat(Engine.json(r).path("Code").asText()).isNotEmpty();
    assertThat(Engine.json(r).path("RequestId").asText()).matches("[0-9A-F-]{36}");
    assertThat(mock.stateJson()).as(what).isEqualTo(before);
  }

  @Test
  void anyChangeToAVersionOneSignedRequestIsRefused() {
    Tally changes = Tries.run("signature v1 tampering", this::changeVersionOne);
    assertThat(changes.missing(List.of("value of .* changed", "name .* changed", ".* removed", "parameter added", "method changed")))
        .as("kinds of change never tried:%n%s", changes)
        .isEmpty();
  }

  private String changeVersionOne(SplittableRandom random) {
    int kind = random.nextInt(7);
    int which = random.nextInt(1001);
    int at = random.nextInt(1001);
    char c = replacement(random);
    Map<String, String> signed = Signer.rpcV1("POST", new LinkedHashMap<>(CONNECT), Engine.KEY, Engine.SECRET, Instant.now(),
        nonce(random));
    List<String> names = new ArrayList<>(signed.keySet());
    String name = names.get(which % names.size());
    String method = "POST";
    String what;
    switch (kind) {
      case 0, 1, 2 -> {
        signed.put(name, change(signed.get(name), at, c));
        what = "value of " + name + " changed";
      }
      case 3 -> {
        String value = signed.remove(name);
        signed.put(change(name, at, c), value);
        what = "name " + name + " changed";
      }
      case 4 -> {
        signed.remove(name);
        what = name + " removed";
      }
      case 5 -> {
        signed.put("Extra" + c, "x");
        what = "parameter added";
      }
      default -> {
        method = "GET";
        what = "method changed";
      }
    }
    ApiResponse r = mock.handle(RpcRequest.builder(method, "/?" + Signer.query(signed)).build());
    assertRefusedAndUnchanged(r, what + " (kind " + kind + ", which " + which + ", at " + at + ", '" + c + "')");
    return what;
  }

  @Test
  void anyChangeToAnAcs3SignedRequestIsRefused() {
    Tally changes = Tries.run("ACS3 tampering", this::changeAcs3);
    assertThat(changes.missing(List.of("signed header .* changed", "signature changed", "query .* changed", "query parameter added",
            "body changed", ".* left out of SignedHeaders", "method changed")))
        .as("kinds of change never tried:%n%s", changes)
        .isEmpty();
  }

  private String changeAcs3(SplittableRandom random) {
    int kind = random.nextInt(8);
    int which = random.nextInt(1001);
    int at = random.nextInt(1001);
    char c = replacement(random);
    Map<String, String> query = new LinkedHashMap<>(Map.of("RegionId", "cn-hangzhou", "RouterInterfaceId", "ri-hangzhou0initiator001"));
    byte[] body = new byte[0];
    Map<String, String> headers = Signer.acs3("POST", "127.0.0.1:8080", query, body, "ConnectRouterInterface", "2016-04-28",
        Engine.KEY, Engine.SECRET, Instant.now(), nonce(random));
    List<String> signedHeaders = new ArrayList<>(headers.keySet());
    signedHeaders.remove("authorization");
    String method = "POST";
    String what;
    switch (kind) {
      case 0, 1 -> {
        String h = signedHeaders.get(which % signedHeaders.size());
        headers.put(h, change(headers.get(h), at, c));
        what = "signed header " + h + " changed";
      }
      case 2 -> {
        String auth = headers.get("authorization");
        int sig = auth.indexOf("Signature=") + 10;
        headers.put("authorization", auth.substring(0, sig) + change(auth.substring(sig), at, c));
        what = "signature changed";
      }
      case 3 -> {
        String q = which % 2 == 0 ? "RegionId" : "RouterInterfaceId";
        query.put(q, change(query.get(q), at, c));
        what = "query " + q + " changed";
      }
      case 4 -> {
        query.put("Extra", String.valueOf(c));
        what = "query parameter added";
      }
      case 5 -> {
        body = ("X=" + c).getBytes(StandardCharsets.UTF_8);
        what = "body changed";
      }
      case 6 -> {
        String h = signedHeaders.get(which % signedHeaders.size());
        headers.put("authorization", headers.get("authorization").replaceFirst("(SignedHeaders=[^,]*)" + h + ";?", "$1"));
        what = h + " left out of SignedHeaders";
      }
      default -> {
        method = "PUT";
        what = "method changed";
      }
    }
    RpcRequest.Builder b = RpcRequest.builder(method, "/?" + Signer.query(query)).body(body);
    headers.forEach(b::header);
    assertRefusedAndUnchanged(mock.handle(b.build()), what + " (kind " + kind + ", which " + which + ", at " + at + ", '" + c + "')");
    return what;
  }
}

package dev.aliyunmock.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aliyunmock.control.Call;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ring of recent calls, and what a call keeps of its request. */
class CallJournalTest {
  private static CallRecord record(String action) {
    return new CallRecord(Instant.EPOCH, "RID", action, "2016-04-28", "key", "1", "cn-hangzhou", List.of(), 200, null, Map.of());
  }

  @Test
  void callsAreNumberedFromOneAndReadSinceANumber() {
    CallJournal j = new CallJournal(10);
    assertThat(j.lastSequence()).isZero();
    assertThat(j.since(0, Integer.MAX_VALUE).calls()).isEmpty();
    for (int i = 0; i < 3; i++) {
      j.add(record("A" + i));
    }
    assertThat(j.since(0, Integer.MAX_VALUE).calls()).extracting(Call::sequence).containsExactly(1L, 2L, 3L);
    assertThat(j.since(2, Integer.MAX_VALUE).calls()).extracting(Call::action).containsExactly("A2");
    assertThat(j.since(3, Integer.MAX_VALUE).calls()).isEmpty();
    assertThat(j.since(99, Integer.MAX_VALUE)).satisfies(p -> assertThat(p.omitted()).isZero());
  }

  @Test
  void aFullRingDropsTheOldestAndSaysHowManyAnAnswerLeavesOut() {
    CallJournal j = new CallJournal(3);
    for (int i = 1; i <= 5; i++) {
      j.add(record("A" + i));
    }
    Call.Page all = j.since(0, Integer.MAX_VALUE);
    assertThat(all.lastSequence()).isEqualTo(5);
    assertThat(all.calls()).extracting(Call::sequence).containsExactly(3L, 4L, 5L);
    assertThat(all.omitted()).isEqualTo(2);
    Call.Page newest = j.since(0, 1);
    assertThat(newest.calls()).extracting(Call::sequence).containsExactly(5L);
    assertThat(newest.omitted()).isEqualTo(4);
    assertThat(j.since(3, Integer.MAX_VALUE).omitted()).isZero();
  }

  @Test
  void aCallIsReadBackAsItWasKept() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", "ConnectRouterInterface");
    params.put("Empty", "");
    params.put("Colons", "3:abc:-:");
    params.put("Dash", "-");
    params.put("名前", "値 é \u0000 end");
    params.put("…", "2 more parameters");
    CallRecord kept = new CallRecord(Instant.parse("2026-12-07T01:02:03.123456789Z"), "RID-1", "ConnectRouterInterface",
        null, "key:1", null, "", List.of("ri-a", "12:x"), 400, "IncorrectRIStatus", params);
    CallJournal j = new CallJournal(2);
    assertThat(j.add(kept)).isEqualTo(1);

    Call read = j.since(0, Integer.MAX_VALUE).calls().get(0);

    assertThat(read).isEqualTo(new Call(1, kept.time(), "RID-1", "ConnectRouterInterface", null, "key:1", null, "",
        List.of("ri-a", "12:x"), 400, "IncorrectRIStatus", params));
    assertThat(read.parameters().keySet()).containsExactlyElementsOf(params.keySet());
  }

  @Test
  void aJournalKeepsAtLeastOneCall() {
    assertThatThrownBy(() -> new CallJournal(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void signaturesAreRemovedAndSecretsMaskedButClientTokensKept() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", "ConnectRouterInterface");
    params.put("Signature", "abc=");
    params.put("SignatureNonce", "n-1");
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("SignatureVersion", "1.0");
    params.put("AccessKeySecret", "leaked");
    params.put("SecurityToken", "sts-token");
    params.put("UserPassword", "pw");
    params.put("ClientToken", "idem-1");
    params.put("RouterInterfaceId", "ri-a");
    Map<String, String> kept = CallRecord.recorded(params);
    assertThat(kept).containsOnlyKeys("Action", "AccessKeySecret", "SecurityToken", "UserPassword", "ClientToken", "RouterInterfaceId");
    assertThat(kept).containsEntry("AccessKeySecret", Call.MASK).containsEntry("SecurityToken", Call.MASK)
        .containsEntry("UserPassword", Call.MASK).containsEntry("ClientToken", "idem-1");
    assertThat(kept.values()).doesNotContain("leaked", "sts-token", "pw", "abc=", "n-1");
  }

  @Test
  void aCallKeepsBoundedParameters() {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < 100; i++) {
      params.put("P" + i, "x".repeat(i == 0 ? 1000 : 1));
    }
    Map<String, String> kept = CallRecord.recorded(params);
    assertThat(kept).hasSize(CallRecord.MAX_PARAMETERS + 1).containsEntry("…", "36 more parameters");
    assertThat(kept.get("P0")).hasSize(CallRecord.MAX_VALUE_CHARS + "…(1000 chars)".length()).endsWith("…(1000 chars)");
  }

  @Test
  void theResourcesAreTheCallsOwnThenTheIdsAmongItsParameters() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("RegionId", "cn-hangzhou");
    params.put("OppositeRegionId", "cn-beijing");
    params.put("RouterId", "vrt-1");
    params.put("OppositeInterfaceId", "ri-b");
    params.put("OwnerId", "1000000000000001");
    params.put("AccessKeyId", "testAccessKeyId");
    assertThat(CallRecord.resourceIds("ri-a", params)).containsExactly("ri-a", "vrt-1", "ri-b");
    assertThat(CallRecord.resourceIds(null, Map.of("RouterInterfaceId", "ri-a"))).containsExactly("ri-a");
  }
}

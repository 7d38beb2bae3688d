package dev.aliyunmock.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A call as the admin API writes it reads back the same; its readable form. */
class CallTest {
  private static Call call(String code) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", "ConnectRouterInterface");
    params.put("RouterInterfaceId", "ri-a");
    return new Call(7, Instant.parse("2026-01-02T10:15:30.125Z"), "5F0C-RID", "ConnectRouterInterface", "2016-04-28",
        "testAccessKeyId", "1000000000000001", "cn-hangzhou", List.of("ri-a"), code == null ? 200 : 400, code, params);
  }

  @Test
  void aPageWrittenAsJsonReadsBackEqual() {
    Call.Page page = new Call.Page(9, 2, List.of(call(null), call("IncorrectStatus")));
    assertThat(Call.Page.fromJson(JsonValues.write(page.toJsonValue()))).isEqualTo(page);
  }

  @Test
  void describeGivesTwoLinesWithoutTheProtocolsParameters() {
    assertThat(call("IncorrectStatus").describe()).isEqualTo(
        "#7 10:15:30.125  ConnectRouterInterface  testAccessKeyId  ri-a  400 IncorrectStatus  RequestId=5F0C-RID\n"
            + "     RouterInterfaceId=ri-a");
    assertThat(call(null).ok()).isTrue();
    assertThat(call(null).involves("ri-a")).isTrue();
  }

  @Test
  void somethingElseIsRefused() {
    assertThatThrownBy(() -> Call.Page.fromJson("{\"Calls\":3}")).isInstanceOf(IllegalArgumentException.class);
  }
}

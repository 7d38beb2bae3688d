package dev.aliyunmock.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {
  @Test
  void objectsKeepTheirOrderAndValuesTheirTypes() {
    Map<String, Object> o = JsonValues.object("{\"b\":1,\"a\":[true,null,\"x\",2.5],\"c\":{}}");
    assertThat(o.keySet()).containsExactly("b", "a", "c");
    assertThat(o.get("b")).isEqualTo(1L);
    assertThat(o.get("a")).isEqualTo(Arrays.asList(true, null, "x", 2.5));
    assertThat(o.get("c")).isEqualTo(Map.of());
  }

  @Test
  void whatIsWrittenReadsBackTheSame() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("Mode", "manual");
    o.put("Ids", Arrays.asList("ri-a", "ri-\"b\""));
    o.put("Count", 3L);
    o.put("Nothing", null);
    assertThat(JsonValues.object(JsonValues.write(o))).isEqualTo(o);
  }

  @Test
  void textThatIsNotOneJsonObjectIsRefused() {
    assertThatThrownBy(() -> JsonValues.object("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonValues.object("[1]")).hasMessage("not a JSON object");
    assertThatThrownBy(() -> JsonValues.object("{} {}")).hasMessageContaining("content after the end");
    assertThatThrownBy(() -> JsonValues.object("{\"a\":1,\"a\":2}")).hasMessageContaining("Duplicate field");
  }
}

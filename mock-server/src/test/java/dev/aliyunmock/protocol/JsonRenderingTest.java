package dev.aliyunmock.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.control.JsonValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The answers' JSON is exactly what JsonValues (Jackson's generator) writes for the same tree. */
class JsonRenderingTest {
  private static final String CHARS = "aZ09 \"\\/\b\t\f\n\r\u0000\u0001\u001f\u007f\u0080\u00e9\u2028\u4e2d\ud83d\ude00\ud800";

  private static String string(Random r) {
    StringBuilder b = new StringBuilder();
    for (int n = r.nextInt(12); n > 0; n--) {
      b.append(r.nextInt(6) == 0 ? (char) r.nextInt(0x10000) : CHARS.charAt(r.nextInt(CHARS.length())));
    }
    return b.toString();
  }

  private static Object tree(Random r, int depth) {
    switch (r.nextInt(depth > 3 ? 9 : 11)) {
      case 0:
        return null;
      case 1:
      case 2:
        return string(r);
      case 3:
        return r.nextBoolean();
      case 4:
        return r.nextInt();
      case 5:
        return r.nextLong();
      case 6:
        return r.nextBoolean() ? (Object) (r.nextDouble() * 1e6) : new BigDecimal(r.nextInt()).movePointLeft(3);
      case 7:
        return Arrays.asList('x', r.nextInt(3));
      case 8:
        return new int[] {1};
      case 9: {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int n = r.nextInt(5); n > 0; n--) {
          m.put(r.nextInt(10) == 0 ? null : string(r), tree(r, depth + 1));
        }
        return m;
      }
      default: {
        List<Object> l = new ArrayList<>();
        for (int n = r.nextInt(5); n > 0; n--) {
          l.add(tree(r, depth + 1));
        }
        return l;
      }
    }
  }

  @Test
  void sameAsJsonValuesOnRandomTrees() {
    Random r = new Random(20261206L);
    for (int i = 0; i < 20_000; i++) {
      Object tree = tree(r, 0);
      if (tree instanceof int[]) {
        continue; // its toString is an identity: the same object is written twice below, not compared
      }
      assertThat(ResponseRenderer.toJson(tree)).as("seed 20261206, case %d", i).isEqualTo(JsonValues.write(tree));
    }
  }

  @Test
  void sameAsJsonValuesOnAnAnswer() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", "D85D07F4-2559-4BF3-8B02-F7E5D0573D30");
    body.put("TotalCount", 1);
    body.put("Description", "line\nnext \"quoted\" \\ 中文");
    body.put("Set", Map.of("Type", List.of(Map.of("Id", "ri-1", "Active", true))));
    assertThat(ResponseRenderer.toJson(body)).isEqualTo(JsonValues.write(body));
  }
}

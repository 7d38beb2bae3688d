package dev.aliyunmock.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Mutates fixture documents: keys removed, added or renamed, values of the wrong type, unknown
 * enum values, empty and huge strings, duplicated ids, unresolved references, deep nesting, huge
 * arrays, odd numbers, other roots; and, on the text, truncation, stray characters, duplicate
 * keys, trailing garbage, comments. Deterministic for a seed.
 */
final class FixtureFuzzer {
  /** A document that loads into the default world: new ids, references to old and new ones. */
  static final String EXTRA =
      """
      {"Regions": ["eu-central-1"],
       "Accounts": [
         {"OwnerId": "1000000000000101", "AccessKeyId": "fuzz-key-1", "AccessKeySecret": "fuzz-secret-1", "BillsOutstanding": false, "Bid": "26842"},
         {"OwnerId": "1000000000000102", "AccessKeyId": "fuzz-key-2", "AccessKeySecret": "fuzz-secret-2"}],
       "Routers": [
         {"RouterId": "vrt-fuzz-1", "RouterType": "VRouter", "RegionId": "eu-central-1", "OwnerId": "1000000000000101"},
         {"RouterId": "vbr-fuzz-2", "RouterType": "VBR", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"},
         {"RouterId": "vrt-fuzz-3", "RegionId": "cn-beijing", "OwnerId": "1000000000000102"}],
       "RouterInterfaces": [
         {"RouterInterfaceId": "ri-fuzz-1", "RouterId": "vrt-fuzz-1", "Role": "InitiatingSide", "Spec": "Large.2",
          "Status": "Active", "BusinessStatus": "Normal", "ConnectedTime": "2026-01-01T00:00:00Z", "Name": "fuzz-one",
          "Description": "A fuzzed interface", "OppositeInterfaceId": "ri-fuzz-3", "OppositeRouterId": "vrt-fuzz-3",
          "OppositeRouterType": "VRouter", "OppositeInterfaceOwnerId": "1000000000000102", "OppositeRegionId": "cn-beijing",
          "OppositeInterfaceStatus": "Active", "OppositeInterfaceSpec": "Negative", "Bandwidth": 2000, "OppositeBandwidth": 0,
          "HcRate": 5, "HcThreshold": 8, "CrossBorder": false, "HealthCheckSourceIp": "10.0.0.1", "HealthCheckTargetIp": "10.0.0.2"},
         {"RouterInterfaceId": "ri-fuzz-2", "RouterId": "vbr-fuzz-2", "Role": "InitiatingSide", "Status": "Connecting",
          "OppositeInterfaceId": "ri-beijing00acceptor0001"},
         {"RouterInterfaceId": "ri-fuzz-3", "RouterId": "vrt-fuzz-3", "Role": "AcceptingSide", "Spec": "Negative",
          "Status": "Active", "ConnectedTime": "2026-01-01T00:00:00Z", "OppositeInterfaceId": "ri-fuzz-1"},
         {"RouterInterfaceId": "ri-fuzz-4", "RouterId": "vrt-hangzhou000000000001", "Role": "AcceptingSide",
          "BusinessStatus": "FinancialLocked", "Status": "Inactive"}]}
      """;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> FIELD_NAMES =
      List.of("Regions", "Accounts", "Routers", "RouterInterfaces", "OwnerId", "AccessKeyId", "AccessKeySecret", "Bid",
          "BillsOutstanding", "RouterId", "RouterType", "RegionId", "RouterInterfaceId", "Role", "Spec", "Status",
          "BusinessStatus", "Bandwidth", "HcRate", "CrossBorder", "Name", "OppositeInterfaceId", "Colour", "regions", "", " ",
          "RouterInterfaceID", "名前", "a.b", "x[0]");

  private final Random rnd;

  FixtureFuzzer(long seed) {
    this.rnd = new Random(seed);
  }

  private <T> T any(List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }

  /** A mutated document's text, and what was done to it. */
  record Mutant(String text, String what) {}

  Mutant next(String base) {
    JsonNode root;
    try {
      root = JSON.readTree(base);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    List<String> what = new ArrayList<>();
    int n = 1 + rnd.nextInt(3);
    for (int i = 0; i < n; i++) {
      root = mutate(root, what);
    }
    String text = root.toString();
    if (rnd.nextInt(100) < 20) {
      text = mutateText(text, what);
    }
    return new Mutant(text, String.join(", ", what));
  }

  /** A random container node (object or array) somewhere in the tree, with its path. */
  private record Place(JsonNode node, String path) {}

  private Place somewhere(JsonNode root) {
    List<Place> places = new ArrayList<>();
    collect(root, "", places, 0);
    return any(places);
  }

  private void collect(JsonNode node, String path, List<Place> out, int depth) {
    if (!node.isContainerNode() || depth > 4) {
      return;
    }
    out.add(new Place(node, path));
    if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        collect(node.get(name), path.isEmpty() ? name : path + "." + name, out, depth + 1);
      }
    } else {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", out, depth + 1);
      }
    }
  }

  private JsonNode oddValue() {
    return switch (rnd.nextInt(16)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.textNode("");
      case 2 -> NODES.numberNode(rnd.nextInt());
      case 3 -> NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
      case 4 -> NODES.numberNode(1.5);
      case 5 -> NODES.booleanNode(rnd.nextBoolean());
      case 6 -> NODES.arrayNode().add("x");
      case 7 -> NODES.objectNode().put("a", 1);
      case 8 -> NODES.textNode("x".repeat(any(List.of(300, 70_000, 1_200_000))));
      case 9 -> NODES.textNode(any(List.of("Idle", "Active", "Deleted", "Deleting", "Bogus", "active", "VBR", "Negative", "Xlarge.1",
          "FinancialLocked", "InitiatingSide", "acceptingside", "26842", "1000000000000001", "cn-hangzhou", "vrt-nowhere")));
      case 10 -> NODES.textNode("\u0000\u0007\u202e\uFFFF 😀 中文");
      case 11 -> NODES.numberNode(-1);
      case 12 -> NODES.numberNode(Long.MAX_VALUE);
      case 13 -> deep(any(List.of(50, 900)));
      case 14 -> {
        ArrayNode a = NODES.arrayNode();
        int size = any(List.of(10, 1_000, 100_000));
        for (int i = 0; i < size; i++) {
          a.add("r" + i);
        }
        yield a;
      }
      default -> NODES.textNode("ri-hangzhou0initiator001");
    };
  }

  private static JsonNode deep(int depth) {
    JsonNode n = NODES.textNode("bottom");
    for (int i = 0; i < depth; i++) {
      n = i % 2 == 0 ? NODES.arrayNode().add(n) : NODES.objectNode().set("k", n);
    }
    return n;
  }

  private JsonNode mutate(JsonNode root, List<String> what) {
    if (rnd.nextInt(100) < 3 || !root.isContainerNode()) {
      what.add("root replaced");
      return oddValue();
    }
    Place p = somewhere(root);
    if (p.node().isObject()) {
      ObjectNode o = (ObjectNode) p.node();
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      int op = rnd.nextInt(5);
      if (names.isEmpty() || op == 0) {
        String key = any(FIELD_NAMES);
        o.set(key, oddValue());
        what.add("set " + p.path() + "." + key);
      } else if (op == 1) {
        String key = any(names);
        o.remove(key);
        what.add("removed " + p.path() + "." + key);
      } else if (op == 2) {
        String key = any(names);
        JsonNode v = o.remove(key);
        String renamed = any(FIELD_NAMES);
        o.set(renamed, v);
        what.add("renamed " + p.path() + "." + key + " to " + renamed);
      } else {
        String key = any(names);
        o.set(key, oddValue());
        what.add("changed " + p.path() + "." + key);
      }
    } else {
      ArrayNode a = (ArrayNode) p.node();
      int op = rnd.nextInt(4);
      if (a.isEmpty() || op == 0) {
        a.add(oddValue());
        what.add("appended to " + p.path());
      } else if (op == 1) {
        a.add(a.get(rnd.nextInt(a.size())).deepCopy());
        what.add("duplicated an element of " + p.path());
      } else if (op == 2) {
        a.remove(rnd.nextInt(a.size()));
        what.add("removed an element of " + p.path());
      } else {
        a.set(rnd.nextInt(a.size()), oddValue());
        what.add("replaced an element of " + p.path());
      }
    }
    return root;
  }

  private String mutateText(String text, List<String> what) {
    int at = rnd.nextInt(text.length() + 1);
    return switch (rnd.nextInt(10)) {
      case 9 -> {
        int depth = any(List.of(999, 1_001, 5_000, 50_000));
        what.add("nesting " + depth + " deep");
        String deep = "[".repeat(depth) + "]".repeat(depth);
        yield text.startsWith("{") ? "{\"Deep\":" + deep + (text.length() > 2 ? "," + text.substring(1) : "}") : deep;
      }
      case 0 -> {
        what.add("truncated");
        yield text.substring(0, at);
      }
      case 1 -> {
        what.add("stray character");
        yield text.substring(0, at) + any(List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\u0000", "x")) + text.substring(at);
      }
      case 2 -> {
        what.add("duplicate key");
        yield text.replaceFirst("\\{\"", "{\"Regions\":[],\"");
      }
      case 3 -> {
        what.add("trailing garbage");
        yield text + any(List.of(" x", " {}", "]", " {\"Regions\":[\"late\"]}", " // end"));
      }
      case 4 -> {
        what.add("comment");
        yield "/* c */" + text;
      }
      case 5 -> {
        what.add("BOM");
        yield "\uFEFF" + text;
      }
      case 6 -> {
        what.add("NaN");
        yield text.replaceFirst(":(\\d+)", ":NaN");
      }
      case 7 -> {
        what.add("empty");
        yield any(List.of("", " ", "null", "[]", "\"text\"", "42"));
      }
      default -> {
        what.add("single quotes");
        yield text.replace('"', '\'');
      }
    };
  }
}

package dev.aliyunmock.protocol;

import dev.aliyunmock.control.JsonValues;
import dev.aliyunmock.api.Format;
import java.util.List;
import java.util.Map;

/**
 * Renders a response tree (maps, lists, strings, numbers, booleans) as the JSON or XML the real
 * service sends. A list under key {@code K} is a JSON array and, in XML, one {@code <K>} element
 * per item, so {@code {"RouterInterfaceSet":{"RouterInterfaceType":[…]}}} becomes
 * {@code <RouterInterfaceSet><RouterInterfaceType>…</RouterInterfaceType>…</RouterInterfaceSet>}.
 */
public final class ResponseRenderer {
  /** Renders a body; {@code root} names the XML root element ({@code ConnectRouterInterfaceResponse}, {@code Error}). */
  public String render(Format format, String root, Map<String, ?> body) {
    return format == Format.JSON ? toJson(body) : toXml(root, body);
  }

  /**
   * The JSON {@link JsonValues#write} writes (Jackson's generator with its default escapes), written
   * straight into one buffer: every answer of the API is rendered so, and the generator's set-up
   * per call cost about as much as the writing. Tested equal to {@code JsonValues.write}.
   */
  static String toJson(Object value) {
    StringBuilder b = new StringBuilder(1024);
    json(b, value);
    return b.toString();
  }

  private static void json(StringBuilder b, Object value) {
    if (value == null) {
      b.append("null");
    } else if (value instanceof String s) {
      quoted(b, s);
    } else if (value instanceof Map<?, ?> map) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        quoted(b, String.valueOf(e.getKey()));
        b.append(':');
        json(b, e.getValue());
      }
      b.append('}');
    } else if (value instanceof Iterable<?> list) {
      b.append('[');
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          b.append(',');
        }
        first = false;
        json(b, item);
      }
      b.append(']');
    } else if (value instanceof Boolean bool) {
      b.append(bool.booleanValue());
    } else if (value instanceof Integer || value instanceof Long) {
      b.append(((Number) value).longValue());
    } else if (value instanceof Number n) {
      b.append(n); // as the generator's writeNumber(String): the text as it is
    } else {
      quoted(b, value.toString());
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** A JSON string as Jackson writes it: quotes and backslashes escaped, control characters as short escapes or six-character ones. */
  private static void quoted(StringBuilder b, String s) {
    b.append('"');
    int n = s.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      b.append(s, start, i);
      start = i + 1;
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\b' -> b.append("\\b");
        case '\t' -> b.append("\\t");
        case '\f' -> b.append("\\f");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    b.append(s, start, n).append('"');
  }

  static String toXml(String root, Map<String, ?> body) {
    StringBuilder b = new StringBuilder(256);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    element(b, root, body);
    return b.toString();
  }

  private static void element(StringBuilder b, String name, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof List<?> list) {
      for (Object item : list) {
        element(b, name, item);
      }
      return;
    }
    b.append('<').append(name).append('>');
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        element(b, String.valueOf(e.getKey()), e.getValue());
      }
    } else {
      escape(b, String.valueOf(value));
    }
    b.append("</").append(name).append('>');
  }

  /** Escapes text; characters XML 1.0 forbids become U+FFFD. */
  static void escape(StringBuilder b, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || Character.isSurrogate(c)
              || c == 0xFFFE
              || c == 0xFFFF) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
  }
}

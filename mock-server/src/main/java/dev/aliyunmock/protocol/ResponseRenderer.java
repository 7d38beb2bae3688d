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
    return format == Format.JSON ? JsonValues.write(body) : toXml(root, body);
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

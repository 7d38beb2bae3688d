package dev.aliyunmock.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An API response body, parsed by its Content-Type: the flat fields of the root (a JSON object,
 * or the children of the XML root element).
 *
 * <pre>{@code
 * Envelope e = Envelope.parse(contentType, body);
 * e.assertError("InvalidAction.NotFound");
 * }</pre>
 *
 * @param json whether the body was JSON (else XML)
 * @param root the XML root element name, or {@code null} for JSON
 * @param fields the root's scalar fields, as text
 */
public record Envelope(boolean json, String root, Map<String, String> fields) {
  /** The keys of every error envelope (docs/reference/gateway.md). */
  public static final List<String> ERROR_KEYS = List.of("RequestId", "HostId", "Code", "Message", "Recommend");

  /** An upper-case UUID. */
  public static final String REQUEST_ID = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Parses a body; fails the test unless the Content-Type is JSON or XML with UTF-8 and the body
   * parses.
   */
  public static Envelope parse(String contentType, String body) {
    assertThat(contentType).as("Content-Type").isNotNull();
    String ct = contentType.toLowerCase(Locale.ROOT).replace(" ", "");
    assertThat(ct).as("Content-Type").contains("charset=utf-8");
    assertThat(body).as("body").isNotBlank();
    try {
      if (ct.startsWith("application/json")) {
        JsonNode n = JSON.readTree(body);
        assertThat(n.isObject()).as("a JSON object: %s", body).isTrue();
        Map<String, String> f = new LinkedHashMap<>();
        n.properties().forEach(e -> f.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        return new Envelope(true, null, f);
      }
      assertThat(ct).as("Content-Type").matches("(text|application)/xml;.*");
      DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
      dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document d = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
      Element root = d.getDocumentElement();
      Map<String, String> f = new LinkedHashMap<>();
      for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof Element e) {
          f.put(e.getTagName(), e.getTextContent());
        }
      }
      return new Envelope(false, root.getTagName(), f);
    } catch (Exception e) {
      throw new AssertionError("unparseable body (" + contentType + "): " + body, e);
    }
  }

  public String get(String key) {
    return fields.get(key);
  }

  public String code() {
    return fields.get("Code");
  }

  public String message() {
    return fields.get("Message");
  }

  public String requestId() {
    return fields.get("RequestId");
  }

  /** Asserts the flat error shape of docs/reference/gateway.md with this code. */
  public Envelope assertError(String code) {
    assertThat(fields.keySet()).as("error keys of %s", fields).containsExactlyInAnyOrderElementsOf(ERROR_KEYS);
    if (!json) {
      assertThat(root).isEqualTo("Error");
    }
    assertThat(code()).as("Code; message %s", message()).isEqualTo(code);
    assertThat(requestId()).matches(REQUEST_ID);
    return this;
  }
}

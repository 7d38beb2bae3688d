package dev.aliyunmock.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What every answer of the API must be (docs/reference/gateway.md, "The answer"): below 500, JSON or XML with UTF-8, an
 * envelope with a RequestId, and on refusal a Code and a Message; never a stack trace or a
 * server's own page.
 */
final class Envelope {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> LEAKS =
      List.of("\tat ", ".java:", "Exception", "jetty", "wiremock", "<html", "<HTML", "Caused by");

  private Envelope() {}

  /** What is wrong with an answer; empty when it is a proper envelope. */
  static List<String> problems(int status, String contentType, String body, String method) {
    List<String> out = new ArrayList<>();
    if (status < 200 || status >= 500) {
      out.add("status " + status);
    }
    String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    boolean json = ct.startsWith("application/json");
    boolean xml = ct.startsWith("text/xml") || ct.startsWith("application/xml");
    if (!json && !xml) {
      out.add("Content-Type '" + contentType + "'");
    } else if (!ct.contains("utf-8")) {
      out.add("Content-Type without UTF-8: " + contentType);
    }
    for (String leak : LEAKS) {
      // A message may echo the caller's own input (the string to sign); the fuzzer puts none of these words there.
      if (body.contains(leak)) {
        out.add("body shows '" + leak.trim() + "'");
      }
    }
    if (method.equals("HEAD")) {
      return out;
    }
    String requestId = null;
    String code = null;
    String message = null;
    if (json) {
      try {
        JsonNode n = JSON.readTree(body);
        if (n == null || !n.isObject()) {
          out.add("JSON body is not an object");
        } else {
          requestId = n.path("RequestId").asText(null);
          code = n.path("Code").asText(null);
          message = n.path("Message").asText(null);
        }
      } catch (Exception e) {
        out.add("body is not JSON: " + e.getMessage());
      }
    } else if (xml) {
      try {
        Element root = parseXml(body).getDocumentElement();
        requestId = child(root, "RequestId");
        code = child(root, "Code");
        message = child(root, "Message");
        if (status != 200 && !root.getTagName().equals("Error")) {
          out.add("XML error root is <" + root.getTagName() + ">");
        }
      } catch (Exception e) {
        out.add("body is not XML: " + e.getMessage());
      }
    }
    if (requestId == null || !requestId.matches("[0-9A-F-]{36}")) {
      out.add("no RequestId");
    }
    if (status != 200 && (code == null || code.isEmpty() || message == null)) {
      out.add("refusal without Code and Message");
    }
    return out;
  }

  private static String child(Element root, String name) {
    var nodes = root.getElementsByTagName(name);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
  }

  private static Document parseXml(String body) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  /** The Code of an envelope, or "" if it has none. */
  static String code(String contentType, String body) {
    try {
      if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
        return JSON.readTree(body).path("Code").asText("");
      }
      String c = child(parseXml(body).getDocumentElement(), "Code");
      return c == null ? "" : c;
    } catch (Exception e) {
      return "";
    }
  }
}

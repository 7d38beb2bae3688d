package dev.aliyunmock.contract.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aliyunmock.contract.table.Format;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A response body read as a tree, whatever its format: JSON as it is; XML with the root element's
 * children as the top-level fields (repeated elements become an array, text-only elements text),
 * the way the SDKs' readers see both.
 *
 * @param format the format the body was read as, or {@code null} if it is neither JSON nor XML
 * @param root the XML root element's name, or {@code null} for JSON
 * @param tree the top-level fields, or {@code null} when the body could not be read
 * @param error why the body could not be read, or {@code null}
 */
public record Body(Format format, String root, JsonNode tree, String error) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads a body in the format its Content-Type names. */
  public static Body read(String contentType, String text) {
    Format format = Format.ofContentType(contentType);
    if (format == null) {
      return new Body(null, null, null, "Content-Type " + contentType + " is neither JSON nor XML");
    }
    if (text == null || text.isBlank()) {
      return new Body(format, null, null, "the body is empty");
    }
    try {
      return format == Format.JSON ? json(text) : xml(text);
    } catch (IOException | SAXException | ParserConfigurationException e) {
      return new Body(format, null, null, "the body is not well-formed " + format + ": " + e.getMessage());
    }
  }

  private static Body json(String text) throws JsonProcessingException {
    JsonNode tree = JSON.readTree(text);
    if (!tree.isObject()) {
      return new Body(Format.JSON, null, null, "the JSON body is not an object");
    }
    return new Body(Format.JSON, null, tree, null);
  }

  private static Body xml(String text) throws IOException, SAXException, ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setNamespaceAware(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(new DefaultHandler()); // fatal errors throw; nothing printed
    Element root = b.parse(new InputSource(new StringReader(text))).getDocumentElement();
    JsonNode tree = element(root);
    return new Body(Format.XML, root.getTagName(), tree.isObject() ? tree : JsonNodeFactory.instance.objectNode(), null);
  }

  private static JsonNode element(Element e) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    boolean hasChildElements = false;
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (!(c instanceof Element child)) {
        continue;
      }
      hasChildElements = true;
      JsonNode value = element(child);
      JsonNode existing = out.get(child.getTagName());
      if (existing == null) {
        out.set(child.getTagName(), value);
      } else if (existing.isArray()) {
        ((ArrayNode) existing).add(value);
      } else {
        ArrayNode array = out.arrayNode();
        array.add(existing);
        array.add(value);
        out.set(child.getTagName(), array);
      }
    }
    return hasChildElements ? out : JsonNodeFactory.instance.textNode(e.getTextContent());
  }

  /** A top-level field as text, or {@code null} if absent or not text-like. */
  public String text(String field) {
    if (tree == null) {
      return null;
    }
    JsonNode n = tree.get(field);
    return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
  }

  /** Whether a top-level field is present (with any value). */
  public boolean has(String field) {
    return tree != null && tree.has(field);
  }
}

package dev.aliyunmock.wiremock;

import static dev.aliyunmock.wiremock.RequestCodec.readHeaders;
import static dev.aliyunmock.wiremock.RequestCodec.writeHeaders;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.ContentTypeHeader;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.aliyunmock.wiremock.Slab.Reader;
import dev.aliyunmock.wiremock.Slab.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** How a {@link CompactServeEvent} writes and reads back its response definition. */
final class DefinitionCodec {
  private DefinitionCodec() {}

  /** Whether every field of the definition is one this class writes and reads back. */
  static boolean rebuildable(ResponseDefinition d) {
    Parameters parameters = d.getTransformerParameters();
    // A proxy's definition reads its original request (not kept) for its URL.
    return !d.isProxyResponse()
        && d.getAdditionalProxyRequestHeaders() == null
        && d.getRemoveProxyRequestHeaders() == null
        && d.getDelayDistribution() == null
        && d.getChunkedDribbleDelay() == null
        && (parameters == null || parameters.isEmpty());
  }

  static void writeDefinition(Writer w, ResponseDefinition d, byte[] responseBody) {
    w.integer(d.getStatus());
    w.string(d.getStatusMessage());
    Body body = d.getReponseBody();
    // 0: absent; 1: text; 2: binary; 3: JSON
    int kind = body == null || body.isAbsent() ? 0 : body.isJson() ? 3 : body.isBinary() ? 2 : 1;
    w.integer(kind);
    if (kind != 0) {
      byte[] bytes = body.asBytes();
      // Most often the answer's body itself: kept once.
      boolean same = Arrays.equals(bytes, responseBody);
      w.bool(same);
      if (!same) {
        w.bytes(bytes);
      }
    }
    w.string(d.getBodyFileName());
    writeHeaders(w, d.getHeaders());
    Integer delay = d.getFixedDelayMilliseconds();
    w.bool(delay != null);
    if (delay != null) {
      w.integer(delay);
    }
    w.string(d.getProxyUrlPrefixToRemove());
    w.string(d.getFault() == null ? null : d.getFault().name());
    List<String> transformers = d.getTransformers();
    w.bool(transformers != null);
    if (transformers != null) {
      w.integer(transformers.size());
      for (String t : transformers) {
        w.string(t);
      }
    }
    w.bool(d.getTransformerParameters() != null);
    w.bool(d.isFromConfiguredStub() != null);
    if (d.isFromConfiguredStub() != null) {
      w.bool(d.isFromConfiguredStub());
    }
  }

  private static final ContentTypeHeader TEXT = new ContentTypeHeader("text/plain");

  static ResponseDefinition readDefinition(Reader r, byte[] responseBody) {
    int status = r.integer();
    String statusMessage = r.string();
    int kind = r.integer();
    Body body = Body.none();
    if (kind != 0) {
      byte[] bytes = r.bool() ? responseBody : r.bytes();
      body =
          switch (kind) {
            // A text body: these very bytes, not binary (what Body(String) and ofBinaryOrText make).
            case 1 -> Body.ofBinaryOrText(bytes, TEXT);
            case 2 -> new Body(bytes);
            default -> Body.fromJsonBytes(bytes);
          };
    }
    String bodyFileName = r.string();
    HttpHeaders headers = readHeaders(r);
    Integer delay = r.bool() ? r.integer() : null;
    String proxyPrefix = r.string();
    String fault = r.string();
    List<String> transformers = null;
    if (r.bool()) {
      transformers = new ArrayList<>();
      for (int i = r.integer(); i > 0; i--) {
        transformers.add(r.string());
      }
    }
    Parameters parameters = r.bool() ? Parameters.empty() : null;
    Boolean configured = r.bool() ? r.bool() : null;
    ResponseDefinition d =
        new ResponseDefinition(
            status,
            statusMessage,
            body,
            bodyFileName,
            headers,
            null,
            null,
            delay,
            null,
            null,
            null,
            proxyPrefix,
            fault == null ? null : Fault.valueOf(fault),
            transformers,
            parameters,
            configured);
    return d;
  }
}

package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.MultiValue;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.aliyunmock.wiremock.Slab.Reader;
import dev.aliyunmock.wiremock.Slab.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a {@link CompactServeEvent} writes and reads back its logged request, and the headers and
 * multi-values that the request, the answer and the response definition hold.
 */
final class RequestCodec {
  private RequestCodec() {}

  // --- the request ---------------------------------------------------------------------------

  static void writeRequest(Writer w, LoggedRequest q, boolean emptyParts) {
    UUID requestId = q.getId();
    w.bool(requestId != null);
    if (requestId != null) {
      w.longValue(requestId.getMostSignificantBits());
      w.longValue(requestId.getLeastSignificantBits());
    }
    w.string(q.getScheme());
    w.string(q.getHost());
    w.integer(q.getPort());
    String url = q.getUrl();
    String absolute = q.getAbsoluteUrl();
    w.string(url);
    // The absolute URL is almost always scheme, host and port, then the URL: kept once.
    boolean suffix = url != null && absolute != null && absolute.endsWith(url);
    w.bool(suffix);
    w.string(suffix ? absolute.substring(0, absolute.length() - url.length()) : absolute);
    w.string(q.getMethod() == null ? null : q.getMethod().getName());
    w.string(q.getClientIp());
    writeHeaders(w, q.getHeaders());
    PathParams pathParams = q.getPathParameters();
    w.bool(pathParams != null);
    if (pathParams != null) {
      w.integer(pathParams.size());
      for (Map.Entry<String, String> e : pathParams.entrySet()) {
        w.string(e.getKey());
        w.string(e.getValue());
      }
    }
    writeMultiValues(w, q.getCookies());
    w.bool(q.isBrowserProxyRequest());
    Date logged = q.getLoggedDate();
    w.bool(logged != null);
    if (logged != null) {
      w.longValue(logged.getTime());
    }
    w.bytes(q.getBody());
    w.bool(emptyParts);
    w.string(q.getProtocol());
    writeMultiValues(w, q.formParameters());
  }

  static LoggedRequest readRequest(Reader r) {
    StoredRequest s = new StoredRequest();
    s.id = r.bool() ? new UUID(r.longValue(), r.longValue()) : null;
    s.scheme = r.string();
    s.host = r.string();
    s.port = r.integer();
    s.url = r.string();
    boolean suffix = r.bool();
    String absolute = r.string();
    s.absoluteUrl = suffix ? absolute + s.url : absolute;
    String method = r.string();
    s.method = method == null ? null : RequestMethod.fromString(method);
    s.clientIp = r.string();
    s.headers = readHeaders(r);
    if (r.bool()) {
      PathParams p = PathParams.empty();
      for (int i = r.integer(); i > 0; i--) {
        p.add(r.string(), r.string());
      }
      s.pathParams = p;
    }
    s.cookies = readMultiValues(r, (key, values) -> new Cookie(key, values));
    s.browserProxy = r.bool();
    Date logged = r.bool() ? new Date(r.longValue()) : null;
    s.body = r.bytes();
    s.parts = r.bool() ? List.of() : null;
    s.protocol = r.string();
    s.form = readMultiValues(r, FormParameter::new);
    LoggedRequest request = LoggedRequest.createFrom(s);
    WireMockShapes.LoggedDates.set(request, logged);
    return request;
  }

  // --- headers and multi-values --------------------------------------------------------------

  static void writeHeaders(Writer w, HttpHeaders headers) {
    w.bool(headers != null);
    if (headers == null) {
      return;
    }
    Collection<HttpHeader> all = headers.all();
    w.integer(all.size());
    for (HttpHeader h : all) {
      w.string(h.key());
      List<String> values = h.values();
      w.integer(values.size());
      for (String v : values) {
        w.string(v);
      }
    }
  }

  static HttpHeaders readHeaders(Reader r) {
    if (!r.bool()) {
      return null;
    }
    int n = r.integer();
    List<HttpHeader> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String key = r.string();
      int values = r.integer();
      List<String> v = new ArrayList<>(values);
      for (int j = 0; j < values; j++) {
        v.add(r.string());
      }
      all.add(new HttpHeader(key, v));
    }
    return new HttpHeaders(all);
  }

  private static void writeMultiValues(Writer w, Map<String, ? extends MultiValue> map) {
    w.bool(map != null);
    if (map == null) {
      return;
    }
    w.integer(map.size());
    for (Map.Entry<String, ? extends MultiValue> e : map.entrySet()) {
      w.string(e.getKey());
      MultiValue v = e.getValue();
      w.string(v.getKey());
      List<String> values = v.values();
      w.integer(values.size());
      for (String s : values) {
        w.string(s);
      }
    }
  }

  private interface MultiValueMaker<T> {
    T make(String key, List<String> values);
  }

  private static <T extends MultiValue> Map<String, T> readMultiValues(Reader r, MultiValueMaker<T> make) {
    if (!r.bool()) {
      return null;
    }
    int n = r.integer();
    Map<String, T> out = new LinkedHashMap<>(Math.max(4, n * 2));
    for (int i = 0; i < n; i++) {
      String name = r.string();
      String key = r.string();
      int count = r.integer();
      List<String> values = new ArrayList<>(count);
      for (int j = 0; j < count; j++) {
        values.add(r.string());
      }
      out.put(name, make.make(key, values));
    }
    return out;
  }
}

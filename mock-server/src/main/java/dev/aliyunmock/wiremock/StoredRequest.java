package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.common.Urls;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.ContentTypeHeader;
import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The fields of a logged request, for {@link LoggedRequest#createFrom}, which copies exactly these. */
final class StoredRequest implements Request {
  UUID id;
  String scheme;
  String host;
  int port;
  String url;
  String absoluteUrl;
  RequestMethod method;
  String clientIp;
  HttpHeaders headers;
  PathParams pathParams;
  Map<String, Cookie> cookies;
  boolean browserProxy;
  byte[] body;
  Collection<Part> parts;
  String protocol;
  Map<String, FormParameter> form;

  @Override
  public UUID getId() {
    return id;
  }

  @Override
  public String getUrl() {
    return url;
  }

  @Override
  public String getAbsoluteUrl() {
    return absoluteUrl;
  }

  @Override
  public RequestMethod getMethod() {
    return method;
  }

  @Override
  public String getScheme() {
    return scheme;
  }

  @Override
  public String getHost() {
    return host;
  }

  @Override
  public int getPort() {
    return port;
  }

  @Override
  public String getClientIp() {
    return clientIp;
  }

  @Override
  public String getHeader(String key) {
    HttpHeader h = header(key);
    return h.isPresent() ? h.firstValue() : null;
  }

  @Override
  public HttpHeader header(String key) {
    return headers == null ? HttpHeader.absent(key) : headers.getHeader(key);
  }

  @Override
  public ContentTypeHeader contentTypeHeader() {
    return headers == null ? ContentTypeHeader.absent() : headers.getContentTypeHeader();
  }

  @Override
  public HttpHeaders getHeaders() {
    return headers;
  }

  @Override
  public boolean containsHeader(String key) {
    return getHeader(key) != null;
  }

  @Override
  public Set<String> getAllHeaderKeys() {
    return headers == null ? Set.of() : headers.keys();
  }

  @Override
  public PathParams getPathParameters() {
    return pathParams;
  }

  @Override
  public QueryParameter queryParameter(String key) {
    QueryParameter p = url == null ? null : Urls.splitQueryFromUrl(url).get(key);
    return p == null ? QueryParameter.absent(key) : p;
  }

  @Override
  public FormParameter formParameter(String key) {
    FormParameter p = form == null ? null : form.get(key);
    return p == null ? FormParameter.absent(key) : p;
  }

  @Override
  public Map<String, FormParameter> formParameters() {
    return form;
  }

  @Override
  public Map<String, Cookie> getCookies() {
    return cookies;
  }

  @Override
  public byte[] getBody() {
    return body;
  }

  /** As {@link LoggedRequest} reads it: in the charset of its Content-Type, else UTF-8. */
  @Override
  public String getBodyAsString() {
    if (body == null) {
      return null;
    }
    return new String(body, contentTypeHeader().charset());
  }

  @Override
  public String getBodyAsBase64() {
    return body == null ? null : Base64.getEncoder().encodeToString(body);
  }

  @Override
  public boolean isMultipart() {
    return parts != null && !parts.isEmpty();
  }

  @Override
  public Collection<Part> getParts() {
    return parts;
  }

  @Override
  public Part getPart(String name) {
    return null;
  }

  @Override
  public boolean isBrowserProxyRequest() {
    return browserProxy;
  }

  @Override
  public Optional<Request> getOriginalRequest() {
    return Optional.empty();
  }

  @Override
  public String getProtocol() {
    return protocol;
  }
}

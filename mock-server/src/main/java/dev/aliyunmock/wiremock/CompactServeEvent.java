package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.common.Encoding;
import com.github.tomakehurst.wiremock.common.Timing;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.ContentTypeHeader;
import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.MultiValue;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;

/**
 * A served request as the journal keeps it once it is answered: its request, answer and response
 * definition written into one byte array, besides a few small objects kept as they are (the stub
 * matched, the timing, the queue of sub-events). {@link #serveEvent()} gives back an equal {@link
 * ServeEvent}: every getter answers what the original's did.
 *
 * <p>Why: WireMock's own form of a logged request is about 150 objects and 7 KB (its query and
 * form parameters parsed, its headers in multimaps, the answer twice). A journal of thousands of
 * them is rebuilt at the rate requests arrive, so under load every young collection of the JVM had
 * to copy every entry logged since the one before: pauses of tens of milliseconds, a few times a
 * second, where a server without a journal pauses for one or two. An array of bytes is copied
 * whole and fast, and an entry here is about 2.5 KB in six objects.
 *
 * <p>Only what can be rebuilt exactly is compacted: {@link #of} returns {@code null} for an event
 * with multipart parts or a response definition with parts this class does not write (a delay
 * distribution, proxy headers or a proxy URL, transformer parameters); the journal keeps those as
 * they are. The definition's {@code originalRequest}, WireMock's servlet adapter of a request
 * already answered (its Jetty request recycled for the next one), is not kept. Nothing at all is
 * compacted should WireMock's classes hold other fields than the ones this class writes
 * ({@link Shapes}: another WireMock version).
 */
final class CompactServeEvent {
  // The id as two longs, not a UUID object: one object less for the collector, per entry.
  private final long idMsb;
  private final long idLsb;
  private final byte[] slab;
  private final int offset;
  private final int length;
  private final StubMapping stubMapping;
  private final Timing timing;
  private final Queue<? extends SubEvent> subEvents;

  private CompactServeEvent(
      UUID id, byte[] slab, int offset, int length, StubMapping stubMapping, Timing timing, Queue<? extends SubEvent> subEvents) {
    this.idMsb = id.getMostSignificantBits();
    this.idLsb = id.getLeastSignificantBits();
    this.slab = slab;
    this.offset = offset;
    this.length = length;
    this.stubMapping = stubMapping;
    this.timing = timing;
    this.subEvents = subEvents;
  }

  /** The bytes of the compact form (the rest is shared with the original event). */
  int size() {
    return length;
  }

  /**
   * Where compact forms are written: large arrays ("slabs") filled one after the other, so that
   * the journal's bytes are a few large objects, which a collector does not copy about (G1 leaves
   * an array of half a region or more where it was allocated). Slabs start small, for the many
   * short-lived servers of a test run, and double up to {@link #MAX_SLAB}. A slab is garbage once
   * every event in it has left the journal; as the oldest leave first, that is at most one slab's
   * worth more than the journal holds.
   */
  static final class Arena {
    static final int FIRST_SLAB = 64 << 10;
    // Just under 4 MiB: the array with its header still fits a 4 MB region (G1's size for heaps of
    // about 8 to 16 GB), instead of taking two.
    static final int MAX_SLAB = (4 << 20) - 64;
    private byte[] slab = new byte[0];
    private int used;

    /** Copies {@code len} bytes in; returns the slab they are in, their offset in {@code at[0]}. */
    synchronized byte[] append(byte[] bytes, int len, int[] at) {
      if (len > MAX_SLAB / 4) {
        at[0] = 0;
        return Arrays.copyOf(bytes, len); // a large request or answer: an array of its own
      }
      if (used + len > slab.length) {
        slab = new byte[Math.min(MAX_SLAB, Math.max(FIRST_SLAB, slab.length * 2))];
        used = 0;
      }
      System.arraycopy(bytes, 0, slab, used, len);
      at[0] = used;
      used += len;
      return slab;
    }
  }

  /** The compact form of a completed event, or {@code null} when it cannot be rebuilt exactly. */
  static CompactServeEvent of(ServeEvent event) {
    return of(event, new Arena());
  }

  /** As {@link #of(ServeEvent)}, written into {@code arena}. */
  static CompactServeEvent of(ServeEvent event, Arena arena) {
    if (!Shapes.KNOWN || event.getRequest() == null) {
      return null;
    }
    LoggedRequest request = event.getRequest();
    Collection<Request.Part> parts = request.getParts();
    if (parts != null && !parts.isEmpty()) {
      return null;
    }
    ResponseDefinition definition = event.getResponseDefinition();
    if (definition != null && !rebuildable(definition)) {
      return null;
    }
    Writer w = Writer.get();
    LoggedResponse response = event.getResponse();
    w.bool(response != null);
    byte[] responseBody = null;
    if (response != null) {
      responseBody = response.getBody();
      w.integer(response.getStatus());
      writeHeaders(w, response.getHeaders());
      w.bytes(responseBody);
      w.string(response.getFault() == null ? null : response.getFault().name());
    }
    w.bool(definition != null);
    if (definition != null) {
      writeDefinition(w, definition, responseBody);
    }
    writeRequest(w, request, parts != null);
    int[] at = new int[1];
    byte[] in = arena.append(w.buf, w.n, at);
    return new CompactServeEvent(event.getId(), in, at[0], w.n, event.getStubMapping(), event.getTiming(), event.getSubEvents());
  }

  /** The event again, as WireMock's journal would have handed it out. */
  ServeEvent serveEvent() {
    Parts p = read(slab, offset);
    @SuppressWarnings("unchecked")
    Queue<SubEvent> queue = (Queue<SubEvent>) subEvents;
    return new ServeEvent(new UUID(idMsb, idLsb), p.request, stubMapping, p.definition, p.response, false, timing, queue);
  }

  private record Parts(LoggedRequest request, LoggedResponse response, ResponseDefinition definition) {}

  private static Parts read(byte[] buf, int offset) {
    Reader r = new Reader(buf, offset);
    LoggedResponse response = null;
    byte[] responseBody = null;
    if (r.bool()) {
      int status = r.integer();
      HttpHeaders headers = readHeaders(r);
      responseBody = r.bytes();
      String fault = r.string();
      response =
          new LoggedResponse(
              status,
              headers,
              responseBody == null ? null : Encoding.encodeBase64(responseBody),
              fault == null ? null : Fault.valueOf(fault),
              null);
    }
    ResponseDefinition definition = r.bool() ? readDefinition(r, responseBody) : null;
    return new Parts(readRequest(r), response, definition);
  }

  // --- the request ---------------------------------------------------------------------------

  private static void writeRequest(Writer w, LoggedRequest q, boolean emptyParts) {
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

  private static LoggedRequest readRequest(Reader r) {
    Stored s = new Stored();
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
    LoggedDates.set(request, logged);
    return request;
  }

  // --- the response definition ---------------------------------------------------------------

  /** Whether every field of the definition is one this class writes and reads back. */
  private static boolean rebuildable(ResponseDefinition d) {
    Parameters parameters = d.getTransformerParameters();
    // A proxy's definition reads its original request (not kept) for its URL.
    return !d.isProxyResponse()
        && d.getAdditionalProxyRequestHeaders() == null
        && d.getRemoveProxyRequestHeaders() == null
        && d.getDelayDistribution() == null
        && d.getChunkedDribbleDelay() == null
        && (parameters == null || parameters.isEmpty());
  }

  private static void writeDefinition(Writer w, ResponseDefinition d, byte[] responseBody) {
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

  private static ResponseDefinition readDefinition(Reader r, byte[] responseBody) {
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

  // --- headers and multi-values --------------------------------------------------------------

  private static void writeHeaders(Writer w, HttpHeaders headers) {
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

  private static HttpHeaders readHeaders(Reader r) {
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

  // --- the request handed to LoggedRequest.createFrom ----------------------------------------

  /** The fields of a logged request, for {@link LoggedRequest#createFrom}, which copies exactly these. */
  private static final class Stored implements Request {
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
      throw new UnsupportedOperationException("not read by LoggedRequest.createFrom");
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

    @Override
    public String getBodyAsString() {
      throw new UnsupportedOperationException("not read by LoggedRequest.createFrom");
    }

    @Override
    public String getBodyAsBase64() {
      throw new UnsupportedOperationException("not read by LoggedRequest.createFrom");
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

  /**
   * Whether WireMock's classes are the ones this class was written for: exactly these instance
   * fields, each written and read back (or, for the definition's {@code originalRequest} and the
   * event's stopwatch, deliberately not), and the logged date writable.
   */
  private static final class Shapes {
    static final boolean KNOWN =
        LoggedDates.WRITABLE
            && fields(ServeEvent.class, "id", "request", "stubMapping", "responseDefinition", "response", "timing", "subEvents", "stopwatch")
            && fields(LoggedRequest.class, "id", "scheme", "host", "port", "url", "absoluteUrl", "clientIp", "method", "headers",
                "pathParams", "cookies", "queryParams", "formParameters", "body", "isBrowserProxyRequest", "loggedDate", "multiparts",
                "protocol", "lazyBodyAsString", "lazyBodyAsBase64")
            && fields(LoggedResponse.class, "status", "headers", "body", "fault")
            && fields(ResponseDefinition.class, "status", "statusMessage", "body", "bodyFileName", "headers",
                "additionalProxyRequestHeaders", "removeProxyRequestHeaders", "fixedDelayMilliseconds", "delayDistribution",
                "chunkedDribbleDelay", "proxyBaseUrl", "proxyUrlPrefixToRemove", "fault", "transformers", "transformerParameters",
                "browserProxyUrl", "wasConfigured", "originalRequest")
            && fields(Body.class, "content", "binary", "json");

    private static boolean fields(Class<?> type, String... names) {
      Set<String> actual = new java.util.HashSet<>();
      for (Field f : type.getDeclaredFields()) {
        if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
          actual.add(f.getName());
        }
      }
      return actual.equals(Set.of(names));
    }
  }

  /**
   * The date a request was logged. {@link LoggedRequest#createFrom} dates a request "now"; the
   * date it had is written back into its field. Should that field ever be out of reach (another
   * WireMock), nothing is compacted.
   */
  private static final class LoggedDates {
    private static final Field FIELD = field();
    static final boolean WRITABLE = FIELD != null;

    private static Field field() {
      try {
        Field f = LoggedRequest.class.getDeclaredField("loggedDate");
        f.setAccessible(true);
        return f.getType() == Date.class ? f : null;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }

    static void set(LoggedRequest request, Date date) {
      try {
        FIELD.set(request, date);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("LoggedRequest.loggedDate was writable when checked", e);
      }
    }
  }

  // --- bytes ---------------------------------------------------------------------------------

  /** Writes primitives into a growing array; one per thread, reused (the result is copied out). */
  private static final class Writer {
    private static final ThreadLocal<Writer> CURRENT = ThreadLocal.withInitial(Writer::new);
    private byte[] buf = new byte[4096];
    private int n;

    static Writer get() {
      Writer w = CURRENT.get();
      w.n = 0;
      if (w.buf.length > 1 << 20) {
        w.buf = new byte[4096]; // do not keep a large request's buffer for the thread's life
      }
      return w;
    }

    private void room(int more) {
      if (n + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
      }
    }

    void bool(boolean b) {
      room(1);
      buf[n++] = (byte) (b ? 1 : 0);
    }

    /** A non-negative int in 1 to 5 bytes, a negative one in 5. */
    void integer(int v) {
      room(5);
      while ((v & ~0x7F) != 0) {
        buf[n++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      buf[n++] = (byte) v;
    }

    void longValue(long v) {
      room(8);
      for (int i = 56; i >= 0; i -= 8) {
        buf[n++] = (byte) (v >>> i);
      }
    }

    /** Null, or bytes with their length. */
    void bytes(byte[] b) {
      if (b == null) {
        integer(0);
        return;
      }
      integer(b.length + 1);
      room(b.length);
      System.arraycopy(b, 0, buf, n, b.length);
      n += b.length;
    }

    /** Null, or every char: one byte each when all are below 256, two otherwise. */
    void string(String s) {
      if (s == null) {
        integer(0);
        return;
      }
      int len = s.length();
      boolean narrow = true;
      for (int i = 0; i < len && narrow; i++) {
        narrow = s.charAt(i) < 0x100;
      }
      integer(narrow ? 2 * len + 1 : 2 * len + 2);
      if (narrow) {
        byte[] latin1 = s.getBytes(StandardCharsets.ISO_8859_1); // exact: every char is below 256
        room(len);
        System.arraycopy(latin1, 0, buf, n, len);
        n += len;
      } else {
        room(2 * len);
        for (int i = 0; i < len; i++) {
          char c = s.charAt(i);
          buf[n++] = (byte) (c >>> 8);
          buf[n++] = (byte) c;
        }
      }
    }

  }

  private static final class Reader {
    private final byte[] buf;
    private int at;

    Reader(byte[] buf, int at) {
      this.buf = buf;
      this.at = at;
    }

    boolean bool() {
      return buf[at++] != 0;
    }

    int integer() {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = buf[at++];
        v |= (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
      }
    }

    long longValue() {
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (buf[at++] & 0xFF);
      }
      return v;
    }

    byte[] bytes() {
      int len = integer();
      if (len == 0) {
        return null;
      }
      byte[] b = Arrays.copyOfRange(buf, at, at + len - 1);
      at += len - 1;
      return b;
    }

    String string() {
      int code = integer();
      if (code == 0) {
        return null;
      }
      int len = (code - 1) / 2;
      if ((code & 1) == 1) {
        String s = new String(buf, at, len, StandardCharsets.ISO_8859_1);
        at += len;
        return s;
      }
      char[] cs = new char[len];
      for (int i = 0; i < len; i++) {
        cs[i] = (char) (((buf[at] & 0xFF) << 8) | (buf[at + 1] & 0xFF));
        at += 2;
      }
      return new String(cs);
    }
  }
}

package dev.aliyunmock.wiremock;

import static dev.aliyunmock.wiremock.DefinitionCodec.readDefinition;
import static dev.aliyunmock.wiremock.DefinitionCodec.rebuildable;
import static dev.aliyunmock.wiremock.DefinitionCodec.writeDefinition;
import static dev.aliyunmock.wiremock.RequestCodec.readHeaders;
import static dev.aliyunmock.wiremock.RequestCodec.readRequest;
import static dev.aliyunmock.wiremock.RequestCodec.writeHeaders;
import static dev.aliyunmock.wiremock.RequestCodec.writeRequest;

import com.github.tomakehurst.wiremock.common.Encoding;
import com.github.tomakehurst.wiremock.common.Timing;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.aliyunmock.wiremock.Slab.Reader;
import dev.aliyunmock.wiremock.Slab.Writer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Queue;
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
 * ({@link WireMockShapes}: another WireMock version).
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
    if (!WireMockShapes.KNOWN || event.getRequest() == null) {
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
}

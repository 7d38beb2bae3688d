package dev.aliyunmock.calls;

import dev.aliyunmock.control.Call;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call as the journal's ring keeps it: its texts in one string, each written as its length, a
 * colon and its characters ({@code -} for none), rebuilt into a {@link Call} when read.
 *
 * <p>Why: a call lives in the ring for the next thousand calls, so under load every young
 * collection of the JVM copies the calls answered since the previous one. As a {@link Call} it is
 * some forty objects (its parameter map's nodes, their strings, the lists); packed, three. Reads
 * (the dashboard, a test's {@code calls()}) are rare next to writes.
 */
final class PackedCall {
  private final long sequence;
  private final long epochSecond;
  private final int nano;
  private final int httpStatus;
  private final String text;

  private PackedCall(long sequence, long epochSecond, int nano, int httpStatus, String text) {
    this.sequence = sequence;
    this.epochSecond = epochSecond;
    this.nano = nano;
    this.httpStatus = httpStatus;
    this.text = text;
  }

  /** The record's texts, packed: the work of keeping a call, done before the journal's lock. */
  static String pack(CallRecord r) {
    StringBuilder b = new StringBuilder(256);
    put(b, r.requestId());
    put(b, r.action());
    put(b, r.apiVersion());
    put(b, r.accessKeyId());
    put(b, r.ownerId());
    put(b, r.regionId());
    put(b, r.code());
    b.append(r.resourceIds().size()).append(':');
    for (String id : r.resourceIds()) {
      put(b, id);
    }
    b.append(r.parameters().size()).append(':');
    for (Map.Entry<String, String> e : r.parameters().entrySet()) {
      put(b, e.getKey());
      put(b, e.getValue());
    }
    return b.toString();
  }

  /** The call numbered {@code sequence}, of a record and its {@link #pack packed} texts. */
  static PackedCall of(long sequence, CallRecord r, String packed) {
    Instant t = r.time();
    return new PackedCall(sequence, t.getEpochSecond(), t.getNano(), r.httpStatus(), packed);
  }

  Call unpack() {
    Reader in = new Reader(text);
    String requestId = in.text();
    String action = in.text();
    String apiVersion = in.text();
    String accessKeyId = in.text();
    String ownerId = in.text();
    String regionId = in.text();
    String code = in.text();
    int ids = in.count();
    List<String> resourceIds = new ArrayList<>(ids);
    for (int i = 0; i < ids; i++) {
      resourceIds.add(in.text());
    }
    int params = in.count();
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < params; i++) {
      parameters.put(in.text(), in.text());
    }
    return new Call(
        sequence,
        Instant.ofEpochSecond(epochSecond, nano),
        requestId,
        action,
        apiVersion,
        accessKeyId,
        ownerId,
        regionId,
        resourceIds,
        httpStatus,
        code,
        parameters);
  }

  private static void put(StringBuilder b, String s) {
    if (s == null) {
      b.append('-');
    } else {
      b.append(s.length()).append(':').append(s);
    }
  }

  /** Reads what {@link #put} wrote, in order. */
  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    int count() {
      int colon = text.indexOf(':', at);
      int n = Integer.parseInt(text, at, colon, 10);
      at = colon + 1;
      return n;
    }

    String text() {
      if (text.charAt(at) == '-') {
        at++;
        return null;
      }
      int n = count();
      String s = text.substring(at, at + n);
      at += n;
      return s;
    }
  }
}

package dev.aliyunmock.wiremock;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a {@link CompactServeEvent}: the {@link Writer} that writes its primitives and the
 * {@link Reader} that reads them back, in the same order and the same format.
 */
final class Slab {
  private Slab() {}

  /** Writes primitives into a growing array; one per thread, reused (the result is copied out). */
  static final class Writer {
    private static final ThreadLocal<Writer> CURRENT = ThreadLocal.withInitial(Writer::new);
    byte[] buf = new byte[4096];
    int n;

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

  static final class Reader {
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

package dev.aliyunmock.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server JVM's GC log, written with {@link #jvmArgs}: every stop-the-world pause of the
 * collector (young, mixed, remark, cleanup, full), stamped with {@code System.nanoTime()} at its
 * end, so that the pauses of a measured window can be picked out from the harness's own clock (the
 * same monotonic clock on one machine).
 */
final class GcLog {
  private static final Pattern PAUSE = Pattern.compile("^\\[(\\d+)ns\\] GC\\(\\d+\\) (Pause .*?) ([0-9.]+)ms$");

  private final Path file;

  GcLog(Path file) {
    this.file = file;
  }

  /** The JVM options that make a server JVM write this log. */
  List<String> jvmArgs() {
    return List.of("-Xlog:gc:file=" + file + ":timenanos");
  }

  /** The pauses that ended between two readings of {@code System.nanoTime()}. */
  record Pauses(int count, double totalMs, double maxMs) {
    static final Pauses NONE = new Pauses(0, 0, 0);

    Pauses plus(Pauses o) {
      return new Pauses(count + o.count, totalMs + o.totalMs, Math.max(maxMs, o.maxMs));
    }
  }

  Pauses between(long fromNanos, long toNanos) throws IOException {
    if (!Files.exists(file)) {
      return Pauses.NONE;
    }
    int count = 0;
    double total = 0;
    double max = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher m = PAUSE.matcher(line.trim());
      if (!m.matches()) {
        continue;
      }
      long at = Long.parseLong(m.group(1));
      if (at < fromNanos || at > toNanos) {
        continue;
      }
      double ms = Double.parseDouble(m.group(3));
      count++;
      total += ms;
      max = Math.max(max, ms);
    }
    return new Pauses(count, total, max);
  }
}

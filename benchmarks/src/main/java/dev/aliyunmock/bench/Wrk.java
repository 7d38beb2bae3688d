package dev.aliyunmock.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP load generator: {@code wrk} (written in C, one event-loop thread, keep-alive
 * connections), run once per measured window. Against a trivial server it sends far more requests
 * per second than any server measured here answers, so the figures are the server's, not the
 * client's.
 *
 * <p>Found as {@code -Dbench.wrk=PATH} or on the {@code PATH}; when it is missing and the harness
 * runs as root on a Debian-like system, it is installed with {@code apt-get install -y wrk}
 * (otherwise the harness stops and says how to get it).
 *
 * <p>wrk's latency percentiles are corrected for coordinated omission: when a server stalls, wrk
 * adds the requests its connections would have sent meanwhile, at the latencies they would have
 * seen. A pause of the server therefore weighs in the percentiles by its length, as it would for
 * clients that do not wait for each other.
 */
final class Wrk {
  /** What one run of wrk measured; latencies in microseconds. */
  record Run(
      long requests,
      double seconds,
      long socketErrors,
      long statusErrors,
      long p50,
      long p90,
      long p99,
      long p999,
      long max,
      double cpuSeconds) {
    double rps() {
      return requests / seconds;
    }
  }

  private static final String DONE =
      """
      done = function(summary, latency, requests)
        local e = summary.errors
        io.write(string.format(
          "RESULT requests=%d micros=%d socketErrors=%d statusErrors=%d p50=%d p90=%d p99=%d p999=%d max=%d\\n",
          summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
          latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
          latency.max))
      end
      """;

  /** A static request: wrk builds it once and sends the same bytes every time (its fastest mode). */
  private static final String STATIC = "-- wrk's static request; only the summary is printed.\n" + DONE;

  /**
   * Requests taken in turn from a file of paths (one per line), wrapping around at its end: for
   * calls that differ (signed with fresh nonces, a sequence that changes state).
   */
  private static final String PATHS =
      """
      -- One path per line of the file named by the first argument, sent in order, wrapping around.
      local paths, n, i = {}, 0, 0
      function init(args)
        for line in io.lines(args[1]) do
          n = n + 1
          paths[n] = line
        end
      end
      function request()
        i = i + 1
        if i > n then i = 1 end
        return wrk.format(nil, paths[i])
      end
      """
          + DONE;

  private final String executable;
  private final String version;
  private final Path staticScript;
  private final Path pathsScript;
  private final boolean timed;

  private Wrk(String executable, Path scripts) throws IOException {
    this.executable = executable;
    this.version = versionOf(executable);
    Files.createDirectories(scripts);
    this.staticScript = scripts.resolve("wrk-static.lua");
    this.pathsScript = scripts.resolve("wrk-paths.lua");
    Files.writeString(staticScript, STATIC, StandardCharsets.UTF_8);
    Files.writeString(pathsScript, PATHS, StandardCharsets.UTF_8);
    // bash's `time` gives wrk's own CPU time (the generator's cost per call).
    this.timed = new File("/bin/bash").canExecute();
  }

  /** Finds (or installs) wrk; its Lua scripts go to {@code scripts}. */
  static Wrk find(Path scripts) throws IOException, InterruptedException {
    String given = System.getProperty("bench.wrk");
    if (given != null && !given.isBlank()) {
      if (!new File(given).canExecute()) {
        throw new IOException("-Dbench.wrk=" + given + " is not an executable file");
      }
      return new Wrk(given, scripts);
    }
    String found = onPath("wrk");
    if (found == null && isRoot() && onPath("apt-get") != null) {
      BenchMain.progress("http: wrk not found; installing it: apt-get install -y wrk");
      if (aptGet("install", "-y", "-q", "wrk") != 0) {
        aptGet("update", "-q");
        aptGet("install", "-y", "-q", "wrk");
      }
      found = onPath("wrk");
    }
    if (found == null) {
      throw new IOException(
          "the HTTP part needs wrk, the load generator (Debian/Ubuntu: apt-get install wrk; macOS: brew install"
              + " wrk; or build it from its sources), on the PATH or given as -Dbench.wrk=PATH");
    }
    return new Wrk(found, scripts);
  }

  String version() {
    return version;
  }

  String executable() {
    return executable;
  }

  /**
   * One window: {@code connections} keep-alive connections on one wrk thread for {@code seconds},
   * sending {@code path} (a static request), or the lines of {@code paths} in turn when it is not
   * null.
   */
  Run run(int port, int connections, int seconds, String path, Path paths, Path log) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (timed) {
      cmd.addAll(List.of("/bin/bash", "-c", "TIMEFORMAT='WRKCPU %3U %3S'; time \"$0\" \"$@\""));
    }
    cmd.add(executable);
    cmd.addAll(List.of("-t1", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s"));
    cmd.addAll(List.of("-s", (paths == null ? staticScript : pathsScript).toString()));
    cmd.add("http://127.0.0.1:" + port + (paths == null ? path : "/"));
    if (paths != null) {
      cmd.add("--");
      cmd.add(paths.toString());
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out;
    try {
      out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
        throw new IOException("wrk did not end: " + cmd);
      }
    } finally {
      Child.stop(p);
    }
    Files.writeString(log, "$ " + String.join(" ", cmd) + "\n" + out + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    String result = null;
    double cpu = Double.NaN;
    for (String line : out.split("\n")) {
      if (line.startsWith("RESULT ")) {
        result = line.substring("RESULT ".length());
      } else if (line.startsWith("WRKCPU ")) {
        String[] us = line.substring("WRKCPU ".length()).trim().split("\\s+");
        cpu = Double.parseDouble(us[0]) + Double.parseDouble(us[1]);
      }
    }
    if (result == null || p.exitValue() != 0) {
      throw new IOException("wrk failed (exit " + p.exitValue() + "): " + out.trim());
    }
    Map<String, String> kv = BenchMain.keyValues(result);
    return new Run(
        Long.parseLong(kv.get("requests")),
        Long.parseLong(kv.get("micros")) / 1e6,
        Long.parseLong(kv.get("socketErrors")),
        Long.parseLong(kv.get("statusErrors")),
        Long.parseLong(kv.get("p50")),
        Long.parseLong(kv.get("p90")),
        Long.parseLong(kv.get("p99")),
        Long.parseLong(kv.get("p999")),
        Long.parseLong(kv.get("max")),
        cpu);
  }

  private static String versionOf(String executable) {
    try {
      Process p = new ProcessBuilder(executable, "-v").redirectErrorStream(true).start();
      String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(5, TimeUnit.SECONDS);
      Child.stop(p);
      String first = s.lines().findFirst().orElse("wrk").trim();
      int copyright = first.indexOf(" Copyright");
      return copyright > 0 ? first.substring(0, copyright) : first;
    } catch (IOException e) {
      return "wrk";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "wrk";
    }
  }

  private static String onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
      File f = new File(dir, name);
      if (f.isFile() && f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int aptGet(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("apt-get"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
    Process p = pb.start();
    try {
      return p.waitFor(300, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } finally {
      Child.stop(p);
    }
  }
}

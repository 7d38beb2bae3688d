package dev.aliyunmock.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The benchmark harness: {@code java -jar benchmarks/target/benchmarks.jar [--quick] [--parts
 * http,startup,growth] [--out FILE]}, run from the repository root. Runs the three parts of issue
 * 7 and prints one Markdown table (progress goes to standard error, the details of every child
 * JVM to {@code benchmarks/target/bench-logs/}).
 */
public final class BenchMain {
  private static final long STARTED = System.nanoTime();
  private static Properties props;

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      child(args);
      return;
    }
    boolean quick = false;
    Set<String> parts = new LinkedHashSet<>(List.of("http", "startup", "growth"));
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--parts" -> parts = new LinkedHashSet<>(List.of(args[++i].split(",")));
        case "--out" -> out = Path.of(args[++i]);
        case "--help", "-h" -> {
          System.out.println("usage: java -jar benchmarks.jar [--quick] [--parts http,startup,growth] [--out FILE]");
          return;
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (see --help)");
      }
    }
    Path logs = logDir();
    Report report = new Report();
    StringBuilder text = new StringBuilder(header(quick));
    System.out.print(text);
    System.out.flush();
    if (parts.contains("http")) {
      new HttpBench(HttpBench.settings(quick), logs).run(report);
      print(text, report.sinceLastTime());
    }
    if (parts.contains("startup")) {
      new StartupBench(quick, logs.resolve("startup.log")).run(report);
      print(text, report.sinceLastTime());
    }
    if (parts.contains("growth")) {
      new GrowthBench(quick, logs.resolve("growth.log")).run(report);
      print(text, report.sinceLastTime());
    }
    print(text, report.targets());
    print(text, String.format("%nTotal run time: %.0f s.%n", (System.nanoTime() - STARTED) / 1e9));
    if (out != null) {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    }
    progress("done");
  }

  private static void print(StringBuilder all, String more) {
    all.append(more);
    System.out.print(more);
    System.out.flush();
  }

  private static void child(String[] args) throws Exception {
    switch (args[1]) {
      case "server" -> ServerChild.run(ServerChild.Kind.valueOf(args[2]), Integer.parseInt(args[3]));
      case "startup" -> StartupChild.run(StartupChild.Kind.valueOf(args[2]), Integer.parseInt(args[3]));
      case "startup-paired" -> StartupChild.runPaired(Integer.parseInt(args[2]));
      case "load" -> LoadChild.run(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      default -> throw new IllegalArgumentException("unknown child " + args[1]);
    }
    System.out.flush();
    System.exit(0);
  }

  private static String header(boolean quick) {
    return "## aliyun-mock benchmarks" + (quick ? " (--quick: too short to quote)" : "") + "\n\n"
        + "- date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n"
        + "- machine: `" + command("uname", "-a") + "`\n"
        + "- CPU: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores available\n"
        + "- Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vendor") + ")\n"
        + "- versions: aliyun-mock " + props().getProperty("version") + ", WireMock "
        + props().getProperty("wiremock.version") + " (wiremock-standalone), JMH " + props().getProperty("jmh.version")
        + "\n- load average at start (other processes on the machine): " + loadAverage() + "\n";
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static String cpu() {
    for (String line : command("lscpu").split("\n")) {
      if (line.startsWith("Model name:")) {
        return line.substring("Model name:".length()).trim();
      }
    }
    return "unknown";
  }

  private static String command(String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      p.waitFor();
      return s;
    } catch (IOException e) {
      return "(" + String.join(" ", cmd) + " not available)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** Progress on standard error, with the seconds since start. */
  static void progress(String message) {
    System.err.printf("[%5.0f s] %s%n", (System.nanoTime() - STARTED) / 1e9, message);
  }

  /** {@code a=1 b=2} as a map. */
  static Map<String, String> keyValues(String line) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String kv : line.trim().split("\\s+")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        out.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    return out;
  }

  /** The build's versions and local repository (filtered into the jar). */
  static synchronized Properties props() {
    if (props == null) {
      props = new Properties();
      try (InputStream in = BenchMain.class.getResourceAsStream("/dev/aliyunmock/bench/bench.properties")) {
        if (in != null) {
          props.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return props;
  }

  /** The folder of this jar ({@code benchmarks/target}), or the working directory. */
  static Path jarDir() {
    try {
      Path p = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isDirectory(p) ? p : p.getParent();
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of(".");
    }
  }

  private static Path logDir() throws IOException {
    Path dir = jarDir().resolve("bench-logs");
    Files.createDirectories(dir);
    return dir;
  }

  static String mockJarName() {
    return "aliyun-mock-server-" + props().getProperty("version") + "-standalone.jar";
  }

  /** The mock's standalone jar: {@code -Dbench.mockJar}, or mock-server/target beside this module. */
  static Path mockJar() {
    List<Path> candidates = new ArrayList<>();
    String given = System.getProperty("bench.mockJar");
    if (given != null) {
      candidates.add(Path.of(given));
    }
    candidates.add(Path.of("mock-server", "target", mockJarName()));
    candidates.add(jarDir().resolve("../../mock-server/target").resolve(mockJarName()).normalize());
    return candidates.stream().filter(StartupBench::exists).findFirst().orElse(null);
  }

  /** The launcher {@code bin/aliyun-mock} of the repository (or {@code -Dbench.launcher}), or null. */
  static Path launcher() {
    List<Path> candidates = new ArrayList<>();
    String given = System.getProperty("bench.launcher");
    if (given != null) {
      candidates.add(Path.of(given));
    }
    candidates.add(Path.of("bin", "aliyun-mock"));
    candidates.add(jarDir().resolve("../../bin/aliyun-mock").normalize());
    return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst().map(Path::toAbsolutePath).orElse(null);
  }

  /** Plain WireMock's own standalone jar, from the local Maven repository. */
  static Path wireMockJar() {
    String v = props().getProperty("wiremock.version");
    String repo = props().getProperty("local.repository", System.getProperty("user.home") + "/.m2/repository");
    Path p = Path.of(repo, "org", "wiremock", "wiremock-standalone", v, "wiremock-standalone-" + v + ".jar");
    return StartupBench.exists(p) ? p : null;
  }
}

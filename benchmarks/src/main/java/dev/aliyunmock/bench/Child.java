package dev.aliyunmock.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM of the harness (same jar, same Java), talking in lines on its standard output:
 * the parent reads {@code KEY value…} lines, the child's standard error goes to a log file.
 * Every child is ended by its own handle.
 */
final class Child implements AutoCloseable {
  private final Process process;
  private final BufferedReader out;

  private Child(Process process) {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Starts {@code BenchMain child <args>} in a fresh JVM with {@code jvmArgs}. */
  static Child start(Path log, List<String> jvmArgs, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(BenchMain.class.getName());
    cmd.add("child");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new Child(pb.start());
  }

  /** Starts any command, its output discarded. */
  static Process command(Path log, List<String> cmd) throws IOException {
    return new ProcessBuilder(cmd)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .directory(new File("."))
        .start();
  }

  /** The next line whose first word is {@code key}, without it; fails if the child ends first. */
  String await(String key) throws IOException {
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith(key + " ")) {
        return line.substring(key.length() + 1);
      }
      if (line.equals(key)) {
        return "";
      }
    }
    throw new IOException("child ended before saying " + key + " (see the log)");
  }

  /** The child's process handle (its CPU time, its pid). */
  ProcessHandle handle() {
    return process.toHandle();
  }

  void send(String line) throws IOException {
    process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
  }

  /** Waits for the child to end by itself; returns its exit status. */
  int waitFor(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      stop(process);
      return -1;
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    stop(process);
  }

  /** Ends a process by its handle: politely, then forcibly. */
  static void stop(Process p) {
    if (!p.isAlive()) {
      return;
    }
    p.destroy();
    try {
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

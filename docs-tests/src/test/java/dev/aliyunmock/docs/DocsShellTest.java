package dev.aliyunmock.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the shell blocks of README.md and docs/ marked {@code <!-- run -->}, from the repository's
 * root, each to a zero exit within a minute. {@code <!-- run: server FLAGS -->} first starts the
 * standalone jar this build made with FLAGS on a free port of 127.0.0.1 (by its own process, stopped
 * afterwards) and points the block's {@code 127.0.0.1:8080} at it. Needs bash and curl; without
 * them the tests are skipped, unless {@code -Ddocs.shell.required=true} or the environment's
 * {@code DOCS_SHELL_REQUIRED=true} (as CI sets).
 */
class DocsShellTest {
  private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)");
  private static final long TIMEOUT_SECONDS = 60;

  @TestFactory
  Stream<DynamicTest> everyRunnableShellBlockRuns() {
    return DocsBlocksTest.blocks().stream()
        .filter(b -> b.is("run"))
        .map(b -> DynamicTest.dynamicTest(b.where(), () -> run(b)));
  }

  private static void run(Block b) throws Exception {
    boolean required = Boolean.getBoolean("docs.shell.required") || "true".equals(System.getenv("DOCS_SHELL_REQUIRED"));
    boolean tools = onPath("bash") && onPath("curl");
    assumeTrue(required || tools, "bash and curl are needed to run the documents' shell lines");
    assertThat(tools).as("bash and curl on the PATH").isTrue();
    String script = b.text();
    Process server = null;
    StringBuilder serverOutput = new StringBuilder();
    try {
      String argument = b.argument().trim();
      if (argument.startsWith("server")) {
        Path jar = Path.of(System.getProperty("docs.standaloneJar", "missing"));
        assertThat(jar).as("the standalone jar; build it first (mvn -B verify from the root builds it before this module)").isRegularFile();
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", jar.toString(), "--port", "0"));
        String flags = argument.substring("server".length()).trim();
        if (!flags.isEmpty()) {
          command.addAll(List.of(flags.split("\\s+")));
        }
        server = new ProcessBuilder(command).redirectErrorStream(true).start();
        int port = awaitPort(server, serverOutput);
        script = script.replace("127.0.0.1:8080", "127.0.0.1:" + port).replace("localhost:8080", "127.0.0.1:" + port);
      }
      Process p =
          new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
              .directory(Repo.root().toFile())
              .redirectErrorStream(true)
              .start();
      CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(p));
      boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!done) {
        p.destroyForcibly().waitFor();
      }
      String printed = output.get(10, TimeUnit.SECONDS);
      assertThat(done).as("%s finished within %d s:%n%s", b.where(), TIMEOUT_SECONDS, printed).isTrue();
      assertThat(p.exitValue()).as("%s exit status; it printed:%n%s%nthe server printed:%n%s", b.where(), printed, serverOutput).isZero();
    } finally {
      if (server != null) {
        server.destroy();
        if (!server.waitFor(10, TimeUnit.SECONDS)) {
          server.destroyForcibly().waitFor();
        }
      }
    }
  }

  private static int awaitPort(Process server, StringBuilder printed) throws Exception {
    BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<Integer> port =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                for (String line; (line = r.readLine()) != null; ) {
                  synchronized (printed) {
                    printed.append(line).append('\n');
                  }
                  Matcher m = SERVING.matcher(line);
                  if (m.find()) {
                    // Keep draining what the server prints, so it never blocks on a full pipe.
                    CompletableFuture.runAsync(() -> drain(r, printed));
                    return Integer.parseInt(m.group(1));
                  }
                }
              } catch (IOException e) {
                // the process ended
              }
              return -1;
            });
    int p = port.get(60, TimeUnit.SECONDS);
    assertThat(p).as("the server's start line; it printed:%n%s", printed).isPositive();
    return p;
  }

  private static void drain(BufferedReader r, StringBuilder printed) {
    try {
      for (String line; (line = r.readLine()) != null; ) {
        synchronized (printed) {
          printed.append(line).append('\n');
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  private static String readAll(Process p) {
    try {
      return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(output unreadable: " + e + ")";
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}

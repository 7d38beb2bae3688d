package dev.aliyunmock.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The flags the jar reads without picocli are read as picocli reads them; everything else is left to picocli. */
class MainFlagsTest {
  private static Main main() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new Main(sink, sink, new CountDownLatch(0), Map.of());
  }

  private static List<Object> fields(Main m) {
    return java.util.Arrays.asList(
        m.port, m.bindAddress, m.fixtures, m.auth, m.transitions, m.verbose, m.adminAuth, m.allowedHosts, m.allowedOrigins);
  }

  @Test
  void plainFlagsAreReadAsPicocliReadsThem() {
    List<String[]> cases =
        List.of(
            new String[0],
            new String[] {"--port", "0", "--auth", "off"},
            new String[] {"--port=8080", "--bind-address=0.0.0.0", "--verbose"},
            new String[] {"--fixtures", "a.json", "--fixtures=dir", "--fixtures", "b c.json"},
            new String[] {"--transitions", "after:30s", "--admin-auth", "ops:pw", "--allowed-hosts", "mock,x", "--allowed-origins", "*"},
            new String[] {"--port", "1", "--port", "2", "--auth=strict", "--auth", "off"},
            new String[] {"--port=", "--admin-auth=", "--verbose", "--verbose"},
            new String[] {"--auth", "\"off\"", "--port", "80=80"});
    for (String[] args : cases) {
      Main plain = main();
      assertThat(PlainFlags.read(plain, args)).as(String.join(" ", args)).isTrue();
      Main pico = main();
      CommandLine cli = new CommandLine(pico);
      cli.setOverwrittenOptionsAllowed(true);
      cli.parseArgs(args);
      assertThat(fields(plain)).as(String.join(" ", args)).isEqualTo(fields(pico));
    }
  }

  @Test
  void anythingElseIsLeftToPicocli() {
    for (String[] args :
        List.of(
            new String[] {"--help"},
            new String[] {"-h"},
            new String[] {"--version"},
            new String[] {"--colour"},
            new String[] {"--port"},
            new String[] {"--port", "--auth", "off"},
            new String[] {"--port", "-1"},
            new String[] {"--verbose=true"},
            new String[] {"@args.txt"},
            new String[] {"--auth", "@off"},
            new String[] {"--port", "1", "extra"},
            new String[] {"--", "--port", "1"},
            new String[] {"--fixtures", "a\u0000b"})) {
      assertThat(PlainFlags.read(main(), args)).as(String.join(" ", args)).isFalse();
    }
  }
}

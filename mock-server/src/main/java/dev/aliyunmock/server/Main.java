package dev.aliyunmock.server;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.Kinds;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.fixtures.FixtureParser;
import dev.aliyunmock.fixtures.LoadProgress;
import dev.aliyunmock.control.MockOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The standalone server (README, "Standalone jar"): {@code java -jar aliyun-mock-server-VERSION-standalone.jar}.
 * Prints one line with the URL and the default credentials, then one line per API call.
 */
@Command(
    name = "aliyun-mock",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = "A stateful mock of Alibaba Cloud's router-interface (Express Connect) API.")
public final class Main implements Callable<Integer> {
  /** Exit status for bad flags or a bad fixture file: nothing is served. */
  static final int USAGE = 2;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port to serve (default 8080, or $ALIYUN_MOCK_PORT; 0 picks a free one).")
  String port;

  @Option(
      names = "--bind-address",
      paramLabel = "A",
      description = "Address to bind (default 127.0.0.1, or $ALIYUN_MOCK_BIND_ADDRESS).")
  String bindAddress;

  @Option(
      names = "--fixtures",
      paramLabel = "FILE",
      description =
          "Fixture file (JSON), or a directory whose *.json files load in name order; repeatable, merged in"
              + " order (default: $ALIYUN_MOCK_FIXTURES, comma-separated; else the built-in world).")
  List<Path> fixtures = new ArrayList<>();

  @Option(
      names = "--auth",
      paramLabel = "strict|off",
      description = "Check signatures (strict, the default) or not (off); default $ALIYUN_MOCK_AUTH.")
  String auth;

  @Option(
      names = "--transitions",
      paramLabel = "MODE",
      description =
          "When transient statuses end: poll (default), poll:N, after:DURATION, manual; default $ALIYUN_MOCK_TRANSITIONS.")
  String transitions;

  @Option(names = "--verbose", description = "Also print each request and response.")
  boolean verbose;

  @Option(
      names = "--admin-auth",
      paramLabel = "USER:PASSWORD",
      description = "Protect the admin API (/__admin) with HTTP basic authentication (default: open;"
          + " also from the environment variable ALIYUN_MOCK_ADMIN_AUTH).")
  String adminAuth;

  @Option(
      names = "--allowed-hosts",
      paramLabel = "NAMES",
      description = "Host names (comma-separated, or *) the admin API answers besides localhost and IP"
          + " addresses, e.g. a container's name; default $ALIYUN_MOCK_ALLOWED_HOSTS.")
  String allowedHosts;

  @Option(
      names = "--allowed-origins",
      paramLabel = "ORIGINS",
      description = "Browser origins (scheme://host:port, comma-separated, or *) allowed to call the mock;"
          + " default none, or $ALIYUN_MOCK_ALLOWED_ORIGINS.")
  String allowedOrigins;

  private final PrintStream out;
  private final PrintStream err;
  private final CountDownLatch stopped;
  private final Map<String, String> env;
  private AliyunMockServer server;

  Main(PrintStream out, PrintStream err, CountDownLatch stopped, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.stopped = stopped;
    this.env = env;
  }

  public static void main(String[] args) {
    int status = run(args, System.out, System.err, new CountDownLatch(1), System.getenv());
    // Also after POST /__admin/shutdown: the server stopped, the process ends.
    System.exit(status);
  }

  /**
   * Runs the command; returns once {@code stopped} counts down (or at once on error). Flags in
   * {@code $ALIYUN_MOCK_OPTS} (split on white space) come before the command line's, so the
   * command line wins; {@code $ALIYUN_MOCK_PORT}, {@code _BIND_ADDRESS}, {@code _FIXTURES},
   * {@code _AUTH}, {@code _TRANSITIONS} set the defaults.
   */
  static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stopped, Map<String, String> env) {
    Main main = new Main(out, err, stopped, env);
    String extra = env.getOrDefault("ALIYUN_MOCK_OPTS", "").trim();
    if (!extra.isEmpty()) {
      List<String> all = new ArrayList<>(List.of(extra.split("\\s+")));
      all.addAll(List.of(args));
      args = all.toArray(new String[0]);
    }
    if (PlainFlags.read(main, args)) {
      // What picocli's execute does with the same flags, without loading picocli: its classes are
      // Java 5 class files, which a class-data-sharing archive cannot hold, and reading them cost
      // a sixth of the start.
      try {
        return main.call();
      } catch (RuntimeException ex) {
        err.println("aliyun-mock: " + oneLine(ex));
        return 1;
      }
    }
    CommandLine cli = new CommandLine(main);
    cli.setOverwrittenOptionsAllowed(true);
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("aliyun-mock: " + ex.getMessage() + " (see --help)");
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          err.println("aliyun-mock: " + oneLine(ex));
          return 1;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    MockOptions options;
    try {
      MockOptions.Builder b = MockOptions.fromEnvironment(env).toBuilder();
      set(b, MockOptions.Option.PORT, port);
      set(b, MockOptions.Option.BIND_ADDRESS, bindAddress);
      set(b, MockOptions.Option.AUTH, auth);
      set(b, MockOptions.Option.TRANSITIONS, transitions);
      set(b, MockOptions.Option.ADMIN_AUTH, adminAuth);
      set(b, MockOptions.Option.ALLOWED_HOSTS, allowedHosts);
      set(b, MockOptions.Option.ALLOWED_ORIGINS, allowedOrigins);
      if (!fixtures.isEmpty()) {
        b.fixtures(fixtures.stream().<MockOptions.FixtureSource>map(MockOptions.FixtureSource.File::new).toList());
      }
      if (verbose) {
        b.verbose(true);
      }
      options = b.build();
    } catch (IllegalArgumentException e) {
      // The message names the problem; a password is never echoed.
      err.println("aliyun-mock: " + e.getMessage());
      return USAGE;
    }
    AliyunMock.Builder mock =
        AliyunMock.builder().auth(options.auth()).transitions(options.transitions()).callLog(out::println, options.verbose());
    List<Path> files = new ArrayList<>();
    for (MockOptions.FixtureSource source : options.fixtures()) {
      if (source instanceof MockOptions.FixtureSource.File f) {
        files.addAll(FixtureFiles.list(List.of(f.path())));
      }
    }
    // A line every few seconds while a large world loads (nothing for a small one).
    LoadProgress progress = LoadProgress.every(out::println);
    FixtureParser parser = new FixtureParser(Kinds.SCHEMA);
    for (Path f : files) {
      try {
        String json = Files.readString(f, StandardCharsets.UTF_8);
        mock.fixtures(parser.parse(json, String.valueOf(f.getFileName()), progress));
      } catch (FixtureException e) {
        err.println("aliyun-mock: " + f + ": " + e.getMessage());
        return USAGE;
      } catch (IOException | RuntimeException e) {
        err.println("aliyun-mock: " + f + ": cannot read: " + oneLine(e));
        return USAGE;
      }
    }
    AliyunMock built;
    try {
      progress.loading();
      built = mock.build();
      progress.loaded();
    } catch (FixtureException e) {
      err.println("aliyun-mock: " + (files.size() == 1 ? files.get(0) + ": " : "") + e.getMessage());
      return USAGE;
    }
    String bindAddress = options.bindAddress();
    try {
      server = AliyunMockServer.builder().options(options).mock(built).build().start();
    } catch (FixtureException e) {
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      err.println("aliyun-mock: cannot serve on " + bindAddress + ":" + options.port() + ": " + oneLine(e));
      return 1;
    }
    Thread hook = new Thread(this::stop, "aliyun-mock-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println(StartLines.serving(options, server.port(), built.accounts()));
    out.println(dashboardLine(bindAddress, server.port()));
    out.flush();
    AliyunMockServer running = server;
    try {
      // Until told to stop, or until the server stops by itself (POST /__admin/shutdown).
      while (!stopped.await(200, TimeUnit.MILLISECONDS) && running.isRunning()) {
        // waiting
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down
    }
    return 0;
  }

  /**
   * Sets one option from its flag's value, if given. The messages are the options' own, but for
   * the port, named by its flag, and the admin credentials, never echoed.
   */
  private static void set(MockOptions.Builder b, MockOptions.Option option, String value) {
    if (value == null) {
      return;
    }
    try {
      b.set(option, value);
    } catch (IllegalArgumentException e) {
      if (option == MockOptions.Option.ADMIN_AUTH) {
        throw new IllegalArgumentException("--admin-auth must be USER:PASSWORD, both non-empty", e);
      }
      throw new IllegalArgumentException(option == MockOptions.Option.PORT ? "--" + e.getMessage() : e.getMessage(), e);
    }
  }

  /**
   * The dashboard's address: on 0.0.0.0 (the container) the address the mock is reached by is not
   * known from inside, so the line names the port to map.
   */
  public static String dashboardLine(String bindAddress, int port) {
    String path = dev.aliyunmock.control.AdminApi.Route.DASHBOARD.path();
    if (bindAddress.equals("0.0.0.0") || bindAddress.equals("::")) {
      return "dashboard http://127.0.0.1:" + port + path + " (from another host or a container's host: this"
          + " machine's address, or the host port mapped to " + port + ")";
    }
    String host = bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    return "dashboard http://" + host + ":" + port + path;
  }

  private synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  private static String oneLine(Throwable e) {
    String m = String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    return m.replace('\n', ' ');
  }

  /** The version, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {AliyunMock.version()};
    }
  }
}

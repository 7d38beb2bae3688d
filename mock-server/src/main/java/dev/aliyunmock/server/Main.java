package dev.aliyunmock.server;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.Kinds;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.fixtures.FixtureParser;
import dev.aliyunmock.fixtures.LoadProgress;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.control.AuthMode;
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
import java.util.stream.Stream;
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
    if (main.parsedPlainly(args)) {
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

  /**
   * Reads the flags as picocli would when every argument is one of this command's value flags with
   * its value ({@code --port 8080}, {@code --port=8080}) or {@code --verbose}, and nothing could
   * read otherwise: no value that starts with {@code -}, no {@code @file}, no picocli system
   * property. Anything else (help, version, an unknown or incomplete flag, a path picocli would
   * refuse) is left to picocli, which answers it as always. Returns whether the flags were read.
   */
  boolean parsedPlainly(String[] args) {
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith("picocli.")) {
        return false;
      }
    }
    String port = null;
    String bindAddress = null;
    String auth = null;
    String transitions = null;
    String adminAuth = null;
    String allowedHosts = null;
    String allowedOrigins = null;
    boolean verbose = false;
    List<Path> fixtures = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("@")) {
        return false;
      }
      if (a.equals("--verbose")) {
        verbose = true;
        continue;
      }
      int eq = a.indexOf('=');
      String name = eq > 0 ? a.substring(0, eq) : a;
      String value;
      if (eq > 0) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.length && !args[i + 1].startsWith("-") && !args[i + 1].startsWith("@")) {
        value = args[++i];
      } else {
        return false;
      }
      switch (name) {
        case "--port" -> port = value;
        case "--bind-address" -> bindAddress = value;
        case "--auth" -> auth = value;
        case "--transitions" -> transitions = value;
        case "--admin-auth" -> adminAuth = value;
        case "--allowed-hosts" -> allowedHosts = value;
        case "--allowed-origins" -> allowedOrigins = value;
        case "--fixtures" -> {
          try {
            fixtures.add(Path.of(value));
          } catch (RuntimeException e) {
            return false;
          }
        }
        default -> {
          return false;
        }
      }
    }
    this.port = port;
    this.bindAddress = bindAddress;
    this.auth = auth;
    this.transitions = transitions;
    this.adminAuth = adminAuth;
    this.allowedHosts = allowedHosts;
    this.allowedOrigins = allowedOrigins;
    this.verbose = verbose;
    this.fixtures = fixtures;
    return true;
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
        files.addAll(fixtureFiles(List.of(f.path())));
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
    AuthMode authMode = options.auth();
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
    Account a = built.accounts().isEmpty() ? null : built.accounts().get(0);
    out.println(
        "aliyun-mock "
            + new Version().getVersion()[0]
            + " serving http://"
            + callableHost(bindAddress)
            + ":"
            + server.port()
            + (a == null
                ? "  (no account in the world)"
                : "  AccessKeyId=" + a.accessKeyId() + " AccessKeySecret=" + a.accessKeySecret() + " (account " + a.ownerId() + ")")
            + "  auth=" + authMode.name().toLowerCase(java.util.Locale.ROOT)
            + (options.adminCredentials() == null ? "" : "  admin=basic-auth")
            + (callableHost(bindAddress).equals(bindAddress)
                ? ""
                : "  (listening on all interfaces: from elsewhere, or from outside a container, use this host's address and the published port)"));
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

  /** The files to load: each file as given, each directory's *.json files in name order. */
  private static List<Path> fixtureFiles(List<Path> sources) {
    List<Path> out = new ArrayList<>();
    for (Path p : sources) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().forEach(out::add);
        } catch (IOException e) {
          out.add(p);
        }
      } else {
        out.add(p);
      }
    }
    return out;
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

  /**
   * The host to print in the URL: a wildcard address is not one a client can call, so it prints
   * the loopback address of its family, which is one on this host.
   */
  static String callableHost(String bindAddress) {
    return switch (bindAddress) {
      case "0.0.0.0" -> "127.0.0.1";
      case "::", "[::]", "0:0:0:0:0:0:0:0" -> "[::1]";
      default -> bindAddress;
    };
  }
}

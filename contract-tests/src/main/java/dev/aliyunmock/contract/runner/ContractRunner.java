package dev.aliyunmock.contract.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.aliyunmock.contract.SuiteSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The contract suite in one command, with no build tool (docs/contract-suite.md):
 *
 * <pre>
 * java -jar aliyun-mock-contract-tests-VERSION-runner.jar --endpoint http://127.0.0.1:8080 [--report FILE]
 * java -jar aliyun-mock-contract-tests-VERSION-runner.jar --target aliyun [--report FILE]
 * </pre>
 *
 * Launches {@link RunnerSuite} on the JUnit Platform with the options as configuration parameters
 * ({@link SuiteSettings}), prints the report's summary and where it went, and exits {@value
 * #PASSED} when every row passes, {@value #FAILED} when one fails (or the target cannot be
 * reached), {@value #USAGE} on bad usage.
 */
@Command(
    name = "aliyun-mock-contract-tests",
    mixinStandardHelpOptions = true,
    versionProvider = ContractRunner.Version.class,
    sortOptions = false,
    description = {
      "Runs aliyun-mock's contract suite (every documented error code and HTTP status of the router-interface"
          + " and VPC-side actions, in both API versions, and the success shapes) against a server, and writes a"
          + " Markdown report."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every documented row passed (on the real cloud: none failed)",
      "1:a row failed, or the target could not be reached",
      "2:bad usage"
    })
public final class ContractRunner implements Callable<Integer> {
  /** Exit status: every row passed. */
  public static final int PASSED = 0;
  /** Exit status: a row failed, or the suite could not run against the target. */
  public static final int FAILED = 1;
  /** Exit status: bad usage; nothing was run. */
  public static final int USAGE = 2;
  /** Failed executions named as they happen; the rest are in the report. */
  private static final int FAILURES_SHOWN = 20;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "Base URL of a running aliyun-mock (the standalone jar, the container), e.g. http://127.0.0.1:8080;"
          + " it must check signatures (--auth strict, its default). Required with --target mock.")
  String endpoint;

  @Option(
      names = "--target",
      paramLabel = "mock|aliyun",
      description = "mock (default): the aliyun-mock at --endpoint, seeded through its admin API; aliyun: the real"
          + " Alibaba Cloud, as ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET allow (only what needs"
          + " no seeding runs).")
  String target = "mock";

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Where the Markdown report goes; a directory gets " + SuiteSettings.DEFAULT_REPORT
          + " inside it (default: " + SuiteSettings.DEFAULT_REPORT + ").")
  Path report = Path.of(SuiteSettings.DEFAULT_REPORT);

  @Spec CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;

  private ContractRunner(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the suite and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the suite as {@link #main(String[])} does, without exiting.
   *
   * @param args the command line
   * @param out where the summary goes
   * @param err where problems go
   * @return the exit status: {@value #PASSED}, {@value #FAILED} or {@value #USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new ContractRunner(out, err));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("aliyun-mock-contract-tests: " + ex.getMessage() + " (see --help)");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((ex, c, parseResult) -> {
      err.println("aliyun-mock-contract-tests: " + ex);
      return FAILED;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    String kind = target.trim().toLowerCase(Locale.ROOT);
    if (kind.equals("mock")) {
      if (endpoint == null) {
        throw usage("--endpoint URL is required (the base URL of a running aliyun-mock), or --target aliyun");
      }
      checkEndpoint(endpoint);
    } else if (kind.equals("aliyun")) {
      if (endpoint != null) {
        throw usage("--endpoint is for --target mock; the real cloud's endpoints come from ALIYUN_CT_VPC_ENDPOINT"
            + " and ALIYUN_CT_ECS_ENDPOINT");
      }
    } else {
      throw usage("--target is mock or aliyun, not " + target);
    }
    Path file = (Files.isDirectory(report) ? report.resolve(SuiteSettings.DEFAULT_REPORT) : report).toAbsolutePath().normalize();
    try {
      // A report left by an earlier run must not pass for this run's.
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw usage("cannot write the report to " + file + ": " + e.getMessage());
    }

    out.println("aliyun-mock-contract-tests " + new Version().getVersion()[0] + ": running the contract suite against "
        + (kind.equals("aliyun") ? "Alibaba Cloud" : endpoint));
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(RunnerSuite.class))
            .configurationParameter(SuiteSettings.TARGET, kind)
            .configurationParameter(SuiteSettings.ENDPOINT, endpoint == null ? "" : endpoint)
            .configurationParameter(SuiteSettings.REPORT, file.toString())
            .build();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, summary, new Failures());
    return conclude(summary.getSummary(), file);
  }

  private int conclude(TestExecutionSummary s, Path file) {
    long failed = s.getTotalFailureCount();
    if (!Files.isRegularFile(file)) {
      err.println("aliyun-mock-contract-tests: no report was written to " + file);
      return FAILED;
    }
    for (String line : header(file)) {
      out.println(line);
    }
    out.println("Report: " + file);
    out.println("JUnit: " + s.getTestsFoundCount() + " tests, " + s.getTestsSucceededCount() + " passed, "
        + s.getTestsFailedCount() + " failed, " + s.getTestsAbortedCount() + " skipped"
        + (s.getContainersFailedCount() > 0 ? "; " + s.getContainersFailedCount() + " failed to start" : ""));
    if (failed > 0) {
      err.println("aliyun-mock-contract-tests: FAILED (" + failed + " failures; the report lists them)");
      return FAILED;
    }
    if (s.getTestsSucceededCount() == 0) {
      err.println("aliyun-mock-contract-tests: FAILED (no scenario passed)");
      return FAILED;
    }
    out.println("aliyun-mock-contract-tests: PASSED");
    return PASSED;
  }

  /** The report's summary lines ("- Target: …", "- Rows: …", "- Executions: …"). */
  private static List<String> header(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .takeWhile(l -> !l.startsWith("|"))
          .filter(l -> l.startsWith("- Target:") || l.startsWith("- Rows:") || l.startsWith("- Executions:"))
          .map(l -> l.substring(2))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void checkEndpoint(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw usage("--endpoint must be an http or https URL such as http://127.0.0.1:8080, not " + url);
      }
    } catch (URISyntaxException e) {
      throw usage("--endpoint must be an http or https URL such as http://127.0.0.1:8080, not " + url);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Names failed executions as they happen, up to {@link #FAILURES_SHOWN}. */
  private final class Failures implements TestExecutionListener {
    private int shown;

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      if (result.getStatus() != TestExecutionResult.Status.FAILED) {
        return;
      }
      shown++;
      if (shown <= FAILURES_SHOWN) {
        String why = result.getThrowable().map(t -> String.valueOf(t.getMessage()).lines().findFirst().orElse("")).orElse("");
        err.println("FAIL " + id.getDisplayName() + ": " + why);
      } else if (shown == FAILURES_SHOWN + 1) {
        err.println("FAIL … (more in the report)");
      }
    }
  }

  /** The version, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = ContractRunner.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {p.getProperty("version", "unknown")};
    }
  }
}

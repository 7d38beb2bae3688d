package dev.aliyunmock.contract.scenario;

import dev.aliyunmock.contract.http.Observation;
import dev.aliyunmock.contract.http.RawClient;
import dev.aliyunmock.contract.http.RpcCall;
import dev.aliyunmock.contract.report.ContractReport;
import dev.aliyunmock.contract.report.ContractReport.Outcome;
import dev.aliyunmock.contract.sdk.SdkClient;
import dev.aliyunmock.contract.table.ContractRow;
import dev.aliyunmock.contract.table.ContractTable;
import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.targets.Env;
import dev.aliyunmock.contract.targets.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.opentest4j.TestAbortedException;

/**
 * Runs one scenario with one client on a target, checks the answer against the scenario's row, and
 * records the result. A departure from the contract is an {@link AssertionError} whose message
 * names the row, its rule and source, the scenario, the request and the response.
 *
 * <pre>{@code
 * new ScenarioRunner(table, target, report).run(scenario, Client.RAW);
 * }</pre>
 */
public final class ScenarioRunner {
  private static final int BODY_IN_MESSAGES = 1500;

  private final ContractTable table;
  private final Target target;
  private final ContractReport report;
  private final RawClient raw = new RawClient();
  private final SdkClient sdk = new SdkClient();
  /** Every RequestId answered so far: docs/reference/gateway.md ("The answer") wants a fresh one each time. */
  private final Set<String> requestIds = ConcurrentHashMap.newKeySet();

  public ScenarioRunner(ContractTable table, Target target, ContractReport report) {
    this.table = table;
    this.target = target;
    this.report = report;
  }

  /** Runs the scenario; returns what came back when it keeps the contract. */
  public Observation run(Scenario scenario, Client client) {
    ContractRow row = table.row(scenario.rowId());
    Observation observation = null;
    String clientLabel = client.label();
    try {
      Env env = target.prepare(scenario.world(), scenario.resources());
      Dialect dialect = row.dialect();
      for (Function<Env, RpcCall> step : scenario.before()) {
        RpcCall setup = withDefaults(step.apply(env), env, dialect);
        Observation o = raw.send(setup, env.endpoint(dialect));
        if (o.status() != 200) {
          throw new IllegalStateException("the scenario's setup call " + setup + " failed: " + o.status() + " " + o.text());
        }
      }
      RpcCall call = withDefaults(scenario.call(env), env, dialect);
      if (client == Client.SDK && call.isRawOnly()) {
        throw new IllegalStateException("scenario " + scenario + " offers the SDK a call only the raw client can send");
      }
      observation =
          client == Client.RAW ? raw.send(call, env.endpoint(dialect)) : sdk.send(call, env.endpoint(dialect), dialect);
      clientLabel = observation.client();
      List<String> problems = new ArrayList<>(Verdict.check(row, observation));
      String requestId = observation.requestId();
      if (requestId != null && !requestIds.add(requestId)) {
        problems.add("RequestId " + requestId + " was answered before: not fresh");
      }
      if (problems.isEmpty()) {
        scenario.after().check(env, new Probe(raw, env, dialect), observation, problems);
      }
      if (!problems.isEmpty()) {
        throw new AssertionError(message(row, scenario, clientLabel, call, observation, problems));
      }
      report.record(new ContractReport.Result(row, scenario.name(), clientLabel, observation.summary(), Outcome.PASS, null));
      return observation;
    } catch (TestAbortedException e) {
      String why = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^Assumption failed: ", "");
      report.record(new ContractReport.Result(row, scenario.name(), clientLabel, "—", Outcome.SKIPPED, why));
      throw e;
    } catch (AssertionError | RuntimeException e) {
      String observed = observation == null ? "—" : observation.summary();
      report.record(new ContractReport.Result(row, scenario.name(), clientLabel, observed, Outcome.FAIL, e.getMessage()));
      throw e;
    }
  }

  private static RpcCall withDefaults(RpcCall call, Env env, Dialect dialect) {
    return call.defaultVersion(dialect.version()).defaultCredentials(env.caller());
  }

  private static String message(
      ContractRow row, Scenario scenario, String client, RpcCall call, Observation o, List<String> problems) {
    StringBuilder m = new StringBuilder();
    m.append("The server breaks ").append(row.citation()).append('\n');
    m.append("  scenario: ").append(scenario.name()).append(" (").append(client).append(")\n");
    m.append("  request:  ").append(call).append('\n');
    for (String p : problems) {
      m.append("  - ").append(p).append('\n');
    }
    String body = o.text() == null ? "" : o.text();
    m.append("  response: HTTP ").append(o.status()).append(' ').append(o.contentType()).append('\n');
    m.append("  ").append(body.length() > BODY_IN_MESSAGES ? body.substring(0, BODY_IN_MESSAGES) + "…" : body);
    return m.toString();
  }
}

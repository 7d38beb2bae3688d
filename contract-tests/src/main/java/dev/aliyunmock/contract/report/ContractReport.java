package dev.aliyunmock.contract.report;

import dev.aliyunmock.contract.table.ContractRow;
import dev.aliyunmock.contract.table.ContractTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one run, written as a Markdown table: action × dialect × code × expected status
 * × observed status × result, one line per execution (scenario × client), in the table's order.
 */
public final class ContractReport {
  /** How an execution ended. */
  public enum Outcome {
    PASS,
    FAIL,
    SKIPPED
  }

  /** One execution. */
  public record Result(
      ContractRow row, String scenario, String client, String observed, Outcome outcome, String note) {}

  private final List<Result> results = Collections.synchronizedList(new ArrayList<>());

  public void record(Result result) {
    results.add(result);
  }

  public List<Result> results() {
    synchronized (results) {
      return List.copyOf(results);
    }
  }

  /** Whether some execution of the row passed. */
  public boolean passed(ContractRow row) {
    return results().stream().anyMatch(r -> r.row().id().equals(row.id()) && r.outcome() == Outcome.PASS);
  }

  /** The Markdown report. */
  public String markdown(ContractTable table, String target) {
    Map<String, List<Result>> byRow = new LinkedHashMap<>();
    table.rows().forEach(r -> byRow.put(r.id(), new ArrayList<>()));
    results().forEach(r -> byRow.computeIfAbsent(r.row().id(), k -> new ArrayList<>()).add(r));
    long pass = count(Outcome.PASS);
    long fail = count(Outcome.FAIL);
    long skipped = count(Outcome.SKIPPED);
    StringBuilder md = new StringBuilder();
    md.append("# Contract report\n\n");
    md.append("- Target: ").append(target).append('\n');
    md.append("- Run: ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
    md.append("- Rows: ").append(table.rows().size())
        .append(" (").append(table.rows().stream().filter(r -> passed(r)).count()).append(" with a passing scenario, ")
        .append(table.rows().stream().filter(r -> !r.isTestable()).count()).append(" not provokable)\n");
    md.append("- Executions: ").append(pass).append(" passed, ").append(fail).append(" failed, ")
        .append(skipped).append(" skipped\n\n");
    md.append("| Action | Dialect | Code | Expected status | Observed status | Result | Client | Scenario |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (ContractRow row : table.rows()) {
      List<Result> rs = byRow.get(row.id());
      if (!row.isTestable()) {
        line(md, row, "—", "NOT PROVOKABLE", "—", row.untestable());
        continue;
      }
      if (rs.isEmpty()) {
        line(md, row, "—", "NOT RUN", "—", "no execution reached this row");
        continue;
      }
      for (Result r : rs) {
        String result = r.outcome() == Outcome.SKIPPED ? "SKIPPED: " + r.note() : r.outcome().name();
        line(md, row, r.observed(), result, r.client(), r.scenario());
      }
    }
    List<Result> failures = results().stream().filter(r -> r.outcome() == Outcome.FAIL).toList();
    if (!failures.isEmpty()) {
      md.append("\n## Failures\n");
      for (Result r : failures) {
        md.append("\n### ").append(r.row().id()).append(" — ").append(r.scenario()).append(" (").append(r.client()).append(")\n\n");
        md.append("```\n").append(r.note()).append("\n```\n");
      }
    }
    return md.toString();
  }

  private long count(Outcome o) {
    return results().stream().filter(r -> r.outcome() == o).count();
  }

  private static void line(StringBuilder md, ContractRow row, String observed, String result, String client, String scenario) {
    md.append("| ").append(cell(row.action()))
        .append(" | ").append(row.dialect().label())
        .append(" | ").append(cell(row.codeLabel() + (row.id().contains("#") ? " (" + row.id().substring(row.id().indexOf('#') + 1) + ")" : "")))
        .append(" | ").append(row.httpStatus() == null ? "—" : row.httpStatus())
        .append(" | ").append(cell(observed))
        .append(" | ").append(cell(result))
        .append(" | ").append(cell(client))
        .append(" | ").append(cell(scenario))
        .append(" |\n");
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }

  /**
   * Writes the report, creating the file's directory if need be.
   *
   * @param file where the report goes
   * @param table the contract the results are of
   * @param target what was tested
   * @return the file
   */
  public Path write(Path file, ContractTable table, String target) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Files.writeString(file, markdown(table, target), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the contract report to " + file, e);
    }
  }
}

package dev.aliyunmock.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every wire-form row of the survey (docs/reference/clients.md: {@code | T1 |}, {@code | L5 |} …)
 * names, in its last cell, the tests that pin what its "Mock today" cell says: {@code
 * `Class#method`} for a test method of this module's test sources (found by reading them), or
 * {@code `RawClientRequestsTest#ROW`} for the request of docs/reference/clients-raw-requests.md
 * whose heading lists the row ({@link RawClientRequestsTest} sends it).
 */
class ClientsSurveyIndexTest {
  private static final Path SURVEY = Path.of("../docs/reference/clients.md");
  private static final Path TEST_SOURCES = Path.of("src/test/java");
  private static final Pattern ROW = Pattern.compile("^\\| ([TELVSH][0-9]+) \\|.*\\|\\s*$");
  private static final Pattern REFERENCE = Pattern.compile("`([A-Z][A-Za-z0-9]*)#([A-Za-z0-9]+)`");

  /** The survey's wire-form rows: id → the text of their last cell. */
  static Map<String, String> rows() {
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : RawClientRequestsTest.read(SURVEY).split("\n")) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        String[] cells = line.trim().split("(?<!\\\\)\\|");
        String last = cells[cells.length - 1];
        assertThat(rows.put(m.group(1), last.trim())).as("row %s appears once", m.group(1)).isNull();
      }
    }
    return rows;
  }

  @Test
  void everyRowOfTheSurveyNamesTestsThatExist() {
    Map<String, String> rows = rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(40).containsKeys("T1", "T9", "E1", "L5", "V2", "S6", "S10", "H2", "H6");
    Set<String> blockRows =
        RawClientRequestsTest.blocks().stream().flatMap(b -> b.rows().stream()).collect(Collectors.toSet());
    Map<String, Path> sources = testSources();
    List<String> problems = new ArrayList<>();
    rows.forEach(
        (row, cell) -> {
          Matcher m = REFERENCE.matcher(cell);
          int found = 0;
          while (m.find()) {
            found++;
            String type = m.group(1);
            String member = m.group(2);
            if (type.equals("RawClientRequestsTest") && RawClientRequestsTest.ROW_ID.matcher(member).matches()) {
              if (!member.equals(row) || !blockRows.contains(row)) {
                problems.add(row + ": no request of the appendix lists " + member + " in its heading (or it is not this row)");
              }
            } else if (!sources.containsKey(type)) {
              problems.add(row + ": no test class " + type);
            } else if (!Pattern.compile("\\bvoid " + member + "\\(").matcher(RawClientRequestsTest.read(sources.get(type))).find()) {
              problems.add(row + ": no method " + type + "#" + member);
            }
          }
          if (found == 0) {
            problems.add(row + ": names no test (`Class#method` in its last cell): " + cell);
          }
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void theCheckRefusesAMissingMethod() {
    Map<String, Path> sources = testSources();
    assertThat(sources).containsKeys("ClientWireFormsTest", "ClientQuirksTest", "RawClientRequestsTest");
    String text = RawClientRequestsTest.read(sources.get("ClientWireFormsTest"));
    assertThat(Pattern.compile("\\bvoid l5AJsonArrayWorksInTheOlderApiVersionToo\\(").matcher(text).find()).isTrue();
    assertThat(Pattern.compile("\\bvoid l5NoSuchTest\\(").matcher(text).find()).isFalse();
  }

  /** Test source files by class name. */
  private static Map<String, Path> testSources() {
    try (Stream<Path> s = Files.walk(TEST_SOURCES)) {
      return s.filter(p -> p.toString().endsWith(".java"))
          .collect(Collectors.toMap(p -> p.getFileName().toString().replace(".java", ""), p -> p, (a, b) -> a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

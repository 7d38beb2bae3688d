package dev.aliyunmock.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Markdown tables of the repository's reference pages (docs/reference/*.md) that the
 * coverage test compares with the contract: the first table after a line that starts with a given
 * text, as rows of trimmed cells, header and separator left out.
 */
final class ReferenceTables {
  /** The repository's root, seen from the module's directory (where the build runs the tests). */
  static final Path ROOT = Path.of("..");

  private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

  private ReferenceTables() {}

  /** The rows of the first table after the line starting with {@code marker}; fails if there is none. */
  static List<List<String>> after(Path page, String marker) throws IOException {
    List<String> lines = Files.readAllLines(page);
    int i = 0;
    while (i < lines.size() && !lines.get(i).startsWith(marker)) {
      i++;
    }
    if (i == lines.size()) {
      throw new IllegalStateException(page + " has no line starting with " + marker);
    }
    while (i < lines.size() && !lines.get(i).startsWith("|")) {
      i++;
    }
    List<List<String>> rows = new ArrayList<>();
    for (int n = i + 2; n < lines.size() && lines.get(n).startsWith("|"); n++) {
      rows.add(cells(lines.get(n)));
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(page + " has no table after " + marker);
    }
    return rows;
  }

  /** The `backticked` words of a cell, in order. */
  static List<String> backticked(String cell) {
    List<String> out = new ArrayList<>();
    Matcher m = BACKTICKED.matcher(cell);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static List<String> cells(String line) {
    String inner = line.trim();
    inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
    List<String> out = new ArrayList<>();
    for (String c : inner.split("(?<!\\\\)\\|", -1)) {
      out.add(c.trim());
    }
    return out;
  }
}

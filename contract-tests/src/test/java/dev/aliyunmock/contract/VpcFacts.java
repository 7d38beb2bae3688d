package dev.aliyunmock.contract;

import dev.aliyunmock.contract.table.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The error tables of the VPC-side facts (docs/reference/vpc/*.md), read as the coverage test
 * needs them: every Markdown table with an {@code HTTP} and a {@code Code} column, under the
 * {@code ## Action} heading it belongs to. A row a 2014-05-26 page alone gives ("HELP ecs…" and no
 * DOC19 or APIDOC source) belongs to that dialect, every other to 2016-04-28. Of the router
 * interface's deletion page, only the codes about route entries (the rest are the router-interface
 * facts', elsewhere).
 */
final class VpcFacts {
  private static final List<String> FILES =
      List.of("vpc.md", "vswitch.md", "routing.md", "create-route-entry-errors.md", "router-interface-deletion.md");

  private VpcFacts() {}

  static List<DocumentedCode> read(Path dir) throws IOException {
    List<DocumentedCode> out = new ArrayList<>();
    for (String file : FILES) {
      read(file, Files.readAllLines(dir.resolve(file)), out);
    }
    return out;
  }

  private static void read(String file, List<String> lines, List<DocumentedCode> out) {
    String action = file.equals("create-route-entry-errors.md") ? "CreateRouteEntry"
        : file.equals("router-interface-deletion.md") ? "DeleteRouterInterface" : null;
    Dialect sectionDialect = null;
    int codeColumn = -1;
    int statusColumn = -1;
    int sourceColumn = -1;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        String heading = line.substring(3).trim();
        if (file.equals("router-interface-deletion.md")) {
          sectionDialect = heading.contains("ECS 2014") ? Dialect.ECS : heading.contains("VPC 2016") ? Dialect.VPC : null;
        } else if (!file.equals("create-route-entry-errors.md")) {
          action = heading.split("\\s+")[0];
        }
        codeColumn = -1;
        continue;
      }
      if (!line.startsWith("|")) {
        codeColumn = -1;
        continue;
      }
      List<String> cells = cells(line);
      if (codeColumn < 0) {
        codeColumn = cells.indexOf("Code");
        statusColumn = cells.indexOf("HTTP");
        sourceColumn = cells.indexOf("Source");
        if (codeColumn < 0 || statusColumn < 0) {
          codeColumn = -1;
        }
        continue;
      }
      if (cells.get(codeColumn).startsWith("---") || action == null) {
        continue;
      }
      int status = Integer.parseInt(cells.get(statusColumn));
      String source = sourceColumn >= 0 && sourceColumn < cells.size() ? cells.get(sourceColumn) : "";
      Dialect dialect = sectionDialect != null ? sectionDialect : dialectOf(source);
      if (file.equals("router-interface-deletion.md") && (sectionDialect == null || !cells.get(codeColumn).contains("RouteEntry"))) {
        continue;
      }
      for (String code : codes(cells.get(codeColumn))) {
        out.add(new DocumentedCode(action, dialect, code, status));
      }
    }
  }

  /** A row only a 2014-05-26 page gives is that version's. */
  private static Dialect dialectOf(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    boolean ecsOnly = s.contains("help ecs") && !s.contains("doc19") && !s.contains("apidoc");
    return ecsOnly ? Dialect.ECS : Dialect.VPC;
  }

  /** The codes of a cell: "A", "A ★", "**A**", "A / B", "A ★ (a note)"; a note's words are not codes. */
  private static List<String> codes(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : cell.replace("*", "").replaceAll("\\(.*\\)", "").split(" / ")) {
      String code = part.replace("★", "").trim().split("\\s+")[0];
      if (!code.isEmpty()) {
        out.add(code);
      }
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

package dev.aliyunmock.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regions of source files that documents show. A region is the lines between {@code snippet:start
 * NAME} and {@code snippet:end NAME} in a comment of the file's kind ({@code //}, {@code #} or
 * {@code <!-- -->}); a whole file is shown without its {@code package} line. Marker lines of other
 * regions inside are left out, and so is the common indentation. A region may come in several
 * parts (its imports, then its code): they are shown in order, a blank line between (none between
 * two runs of imports).
 */
final class Snippets {
  private static final Pattern MARKER =
      Pattern.compile("^\\s*(?://|#|<!--)\\s*snippet:(start|end)\\s+([A-Za-z0-9_.-]+)\\s*(?:-->)?\\s*$");

  private Snippets() {}

  /**
   * The text {@code PATH[#REGION]} names.
   *
   * @throws IllegalArgumentException if the file or the region does not exist
   */
  static String resolve(String reference) {
    int hash = reference.indexOf('#');
    Path file = Path.of(hash < 0 ? reference : reference.substring(0, hash));
    if (!Repo.exists(file)) {
      throw new IllegalArgumentException("no file " + file);
    }
    List<String> lines = List.of(Repo.read(file).split("\n", -1));
    List<String> kept = new ArrayList<>();
    if (hash < 0) {
      boolean packageDropped = false;
      for (String l : lines) {
        if (!packageDropped && l.startsWith("package ") && l.endsWith(";")) {
          packageDropped = true;
          continue;
        }
        if (!MARKER.matcher(l).matches()) {
          kept.add(l);
        }
      }
    } else {
      String region = reference.substring(hash + 1);
      boolean inside = false;
      boolean found = false;
      List<String> part = new ArrayList<>();
      for (String l : lines) {
        Matcher m = MARKER.matcher(l);
        if (m.matches()) {
          if (m.group(2).equals(region)) {
            inside = m.group(1).equals("start");
            found = true;
            if (!inside) {
              // A region in several parts (imports, then code) shows them one after the other, a blank line between.
              List<String> next = List.of(normalize(String.join("\n", part)).split("\n", -1));
              boolean importsGoOn = !kept.isEmpty() && kept.get(kept.size() - 1).startsWith("import ") && next.get(0).startsWith("import ");
              if (!kept.isEmpty() && !importsGoOn) {
                kept.add("");
              }
              kept.addAll(next);
              part.clear();
            }
          }
          continue;
        }
        if (inside) {
          part.add(l);
        }
      }
      if (!found) {
        throw new IllegalArgumentException("no region '" + region + "' in " + file + " (snippet:start " + region + " … snippet:end " + region + ")");
      }
    }
    return normalize(String.join("\n", kept));
  }

  /** Without trailing blanks, leading and trailing empty lines, and common indentation. */
  static String normalize(String text) {
    List<String> lines = new ArrayList<>();
    for (String l : text.split("\n", -1)) {
      lines.add(l.stripTrailing());
    }
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isEmpty()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.isEmpty() ? l : l.substring(indent));
    }
    return String.join("\n", out);
  }
}

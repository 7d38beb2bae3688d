package dev.aliyunmock.bench;

import java.util.ArrayList;
import java.util.List;

/** The one table the harness prints: Markdown sections, then the targets met or missed. */
final class Report {
  private final StringBuilder out = new StringBuilder();
  private final List<String[]> targets = new ArrayList<>();

  /** Starts a section: a heading, a sentence saying how it was measured, and column headers. */
  void section(String title, String how, String... headers) {
    out.append("\n### ").append(title).append("\n\n");
    if (how != null && !how.isEmpty()) {
      out.append(how).append("\n\n");
    }
    out.append('|');
    for (String h : headers) {
      out.append(' ').append(h).append(" |");
    }
    out.append("\n|");
    for (int i = 0; i < headers.length; i++) {
      out.append(i == 0 ? "---|" : "--:|");
    }
    out.append('\n');
  }

  void row(String... cells) {
    out.append('|');
    for (String c : cells) {
      out.append(' ').append(c).append(" |");
    }
    out.append('\n');
  }

  void note(String text) {
    out.append('\n').append(text).append('\n');
  }

  /** A target of the issue, its figure, and whether this run met it. */
  void target(String target, String figure, boolean met) {
    targets.add(new String[] {target, figure, met ? "met" : "**missed**"});
  }

  private int printed;

  /** The sections added since the last call, so that each part prints as soon as it ends. */
  String sinceLastTime() {
    String s = out.substring(printed);
    printed = out.length();
    return s;
  }

  /** The targets, met or missed. */
  String targets() {
    StringBuilder b = new StringBuilder();
    if (!targets.isEmpty()) {
      b.append("\n### Targets\n\n| target | this run | |\n|---|---|---|\n");
      for (String[] t : targets) {
        b.append("| ").append(t[0]).append(" | ").append(t[1]).append(" | ").append(t[2]).append(" |\n");
      }
    }
    return b.toString();
  }
}

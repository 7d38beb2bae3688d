package dev.aliyunmock.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced code block of a Markdown document, with the directive of the HTML comment on the line
 * before it, if any: {@code <!-- snippet: PATH[#REGION] -->} (the block is that file or region),
 * {@code <!-- fixture -->} (the block loads as a fixture document; {@code <!-- fixture: on the
 * default world -->}: on top of the built-in world), {@code <!-- output: WHAT -->}
 * (what a program prints), {@code <!-- run[: server FLAGS] -->} (a shell block the tests run) or
 * {@code <!-- not run: WHY -->}.
 *
 * @param line the line of the opening fence, from 1
 */
record Block(Path document, int line, String language, String text, String directive, String argument) {
  private static final Pattern FENCE = Pattern.compile("^(\\s*)```\\s*([A-Za-z0-9_+-]*)\\s*$");
  private static final Pattern DIRECTIVE = Pattern.compile("^\\s*<!--\\s*([a-z][a-z ]*[a-z])\\s*(?::\\s*(.*?))?\\s*-->\\s*$");

  /** Where the block is, for messages. */
  String where() {
    return document + ":" + line;
  }

  boolean is(String name) {
    return name.equals(directive);
  }

  /** The fenced blocks of a document, in order. */
  static List<Block> of(Path document, String markdown) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher open = FENCE.matcher(lines[i]);
      if (!open.matches()) {
        continue;
      }
      String indent = open.group(1);
      int start = i;
      StringBuilder text = new StringBuilder();
      for (i++; i < lines.length && !lines[i].trim().equals("```"); i++) {
        String l = lines[i];
        text.append(l.startsWith(indent) ? l.substring(indent.length()) : l).append('\n');
      }
      String directive = null;
      String argument = null;
      if (start > 0) {
        Matcher d = DIRECTIVE.matcher(lines[start - 1]);
        if (d.matches()) {
          directive = d.group(1);
          argument = d.group(2) == null ? "" : d.group(2);
        }
      }
      blocks.add(new Block(document, start + 1, open.group(2).toLowerCase(java.util.Locale.ROOT), text.toString(), directive, argument));
    }
    return blocks;
  }
}

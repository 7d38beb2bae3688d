package dev.aliyunmock.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fenced blocks of a docs page that follow a {@code <!-- checked by NAME -->} comment. */
final class DocBlocks {
  private DocBlocks() {}

  static List<String> checkedBy(String page, String testName) {
    String text;
    try {
      text = Files.readString(Path.of("../docs").resolve(page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> blocks = new ArrayList<>();
    String marker = "<!-- checked by " + testName + " -->";
    for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      int open = text.indexOf("```", at);
      int start = text.indexOf('\n', open) + 1;
      int end = text.indexOf("\n```", start);
      blocks.add(text.substring(start, end + 1));
    }
    return blocks;
  }

  /**
   * Whether the documented JSON value has the real one's shape: the same keys in every object
   * (or, with {@code subsetAt}, a subset at the paths named), arrays compared by their first items.
   */
  static void assertSameShape(Object doc, Object real, String path, List<String> subsetAt, List<String> problems) {
    if (doc instanceof Map<?, ?> d && real instanceof Map<?, ?> r) {
      for (Object k : d.keySet()) {
        if (!r.containsKey(k)) {
          problems.add(path + "." + k + " is documented but not served");
        } else {
          assertSameShape(d.get(k), r.get(k), path + "." + k, subsetAt, problems);
        }
      }
      if (!subsetAt.contains(path)) {
        for (Object k : r.keySet()) {
          if (!d.containsKey(k)) {
            problems.add(path + "." + k + " is served but not documented");
          }
        }
      }
    } else if (doc instanceof List<?> d && real instanceof List<?> r) {
      if (!d.isEmpty() && !r.isEmpty()) {
        assertSameShape(d.get(0), r.get(0), path + "[]", subsetAt, problems);
      } else if (!d.isEmpty()) {
        problems.add(path + " is documented with items but served empty");
      }
    } else if (doc != null && real != null && (doc instanceof Map || doc instanceof List || real instanceof Map || real instanceof List)) {
      problems.add(path + " is documented as " + doc.getClass().getSimpleName() + " but served as " + real.getClass().getSimpleName());
    }
  }
}

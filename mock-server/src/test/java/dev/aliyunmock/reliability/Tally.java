package dev.aliyunmock.reliability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of labelled events over a run (how calls ended, which steps ran), printed as a table like
 * a property-testing library's statistics, and checked for the outcomes a run must reach.
 * Not thread-safe: fill it from one thread.
 */
final class Tally {
  private final String title;
  private final Map<String, Long> counts = new TreeMap<>();

  Tally(String title) {
    this.title = title;
  }

  void add(String label) {
    add(label, 1);
  }

  void add(String label, long n) {
    counts.merge(label, n, Long::sum);
  }

  void addAll(Map<String, ? extends Number> more) {
    more.forEach((k, v) -> add(k, v.longValue()));
  }

  long count(String label) {
    return counts.getOrDefault(label, 0L);
  }

  /** How many events have a label matching the regular expression {@code pattern}. */
  long countMatching(String pattern) {
    return counts.entrySet().stream().filter(e -> e.getKey().matches(pattern)).mapToLong(Map.Entry::getValue).sum();
  }

  long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The patterns among {@code required} that no label matched. */
  List<String> missing(List<String> required) {
    List<String> out = new ArrayList<>();
    for (String r : required) {
      if (countMatching(r) == 0) {
        out.add(r);
      }
    }
    return out;
  }

  /** Every label with its count and share, most frequent first. */
  String table() {
    long total = total();
    int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
    StringBuilder b = new StringBuilder(title).append(" (").append(total).append("):\n");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> b.append(String.format(Locale.ROOT, "    %-" + width + "s %8d  %6.2f %%%n",
            e.getKey(), e.getValue(), 100.0 * e.getValue() / Math.max(1, total))));
    return b.toString();
  }

  @Override
  public String toString() {
    return table();
  }
}

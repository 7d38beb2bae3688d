package dev.aliyunmock.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Medians, percentiles and spreads, and how the table prints them. */
final class Stats {
  private Stats() {}

  static double median(List<Double> values) {
    return percentile(values, 50);
  }

  /** The p-th percentile (nearest rank on the sorted values); NaN for none. */
  static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    if (p == 50 && a.length % 2 == 0) {
      return (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }
    int rank = (int) Math.ceil(p / 100.0 * a.length);
    return a[Math.min(a.length - 1, Math.max(0, rank - 1))];
  }

  /** Percentile of raw nanosecond samples, sorting them in place. */
  static long percentileOfSorted(long[] sorted, int n, double p) {
    if (n == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * n);
    return sorted[Math.min(n - 1, Math.max(0, rank - 1))];
  }

  static double min(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  static double max(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** {@code median [min–max]} with the given format for each number. */
  static String spread(List<Double> v, String fmt) {
    if (v.isEmpty()) {
      return "n/a";
    }
    if (v.size() == 1) {
      return fmt(fmt, v.get(0));
    }
    return fmt(fmt, median(v)) + " [" + fmt(fmt, min(v)) + "–" + fmt(fmt, max(v)) + "]";
  }

  static String fmt(String fmt, double d) {
    return String.format(Locale.ROOT, fmt, d);
  }
}

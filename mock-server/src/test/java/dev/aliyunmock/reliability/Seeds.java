package dev.aliyunmock.reliability;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The seeds of a randomised run. A run starts from one seed ({@code -Dreliability.seed=N}, or a
 * random one) and each try draws from its own seed, the next link of a chain: try 0 uses the run's
 * seed, try k+1 uses {@link #next(long) next}(seed of try k). So the seed of any failing try, given
 * as {@code -Dreliability.seed}, replays that try first, then the tries that followed it.
 */
final class Seeds {
  static final String PROPERTY = "reliability.seed";

  private Seeds() {}

  /** The run's seed: {@code -Dreliability.seed=N}, or a fresh random one. */
  static long ofRun() {
    String v = System.getProperty(PROPERTY);
    if (v == null || v.isBlank()) {
      return ThreadLocalRandom.current().nextLong();
    }
    try {
      return Long.parseLong(v.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PROPERTY + " must be a whole number (a long), not '" + v + "'", e);
    }
  }

  /**
   * The seed of the try after the one with {@code seed}: a bijective 64-bit mix (the finaliser of
   * SplittableRandom), so the chain does not repeat and neighbouring tries do not correlate.
   */
  static long next(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** What to pass to replay a try: {@code -Dreliability.seed=N}. */
  static String replay(long seed) {
    return "-D" + PROPERTY + "=" + seed;
  }
}

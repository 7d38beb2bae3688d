package dev.aliyunmock.reliability;

import java.util.SplittableRandom;

/**
 * Runs a property {@link Budget#TRIES} times, each try drawing its values from a {@link
 * SplittableRandom} on its own seed ({@link Seeds}), and fails on the first try that throws, with
 * the seed that replays it first.
 */
final class Tries {
  /** One try: draws its values from {@code random}, checks, and names what it did for the tally. */
  @FunctionalInterface
  interface Property {
    String check(SplittableRandom random) throws Exception;
  }

  private Tries() {}

  /** Runs {@code property} for the budget's tries; how often each label came up. */
  static Tally run(String name, Property property) {
    int tries = Budget.TRIES.amount();
    long runSeed = Seeds.ofRun();
    Tally labels = new Tally(name + ": " + tries + " tries (seed " + runSeed + "), by what they did");
    long seed = runSeed;
    for (int i = 0; i < tries; i++) {
      try {
        labels.add(property.check(new SplittableRandom(seed)));
      } catch (Exception | AssertionError e) {
        throw new AssertionError(
            name + ": try " + (i + 1) + " of " + tries + " failed; " + Seeds.replay(seed) + " replays it first (the whole run: "
                + Seeds.replay(runSeed) + ")\n" + e,
            e);
      }
      seed = Seeds.next(seed);
    }
    System.out.println(labels);
    return labels;
  }
}

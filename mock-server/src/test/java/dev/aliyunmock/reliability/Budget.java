package dev.aliyunmock.reliability;

/**
 * How much the reliability suite does. The normal test run uses the small defaults (a few
 * seconds each, so CI guards every kind of check); the dedicated run raises them with system
 * properties, e.g. {@code -Dreliability.tries=10000 -Dreliability.fuzz=100000} (see
 * the README, "Reliability and security").
 */
enum Budget {
  /** Random action sequences of the stateful property, and tries of each tampering property. */
  TRIES("reliability.tries", 250),
  /** Malformed requests, over HTTP and straight into the engine together. */
  FUZZ("reliability.fuzz", 2_400),
  /** Rounds of each race. */
  RACES("reliability.races", 12),
  /** Mutated fixture documents. */
  FIXTURES("reliability.fixtures", 800);

  private final String property;
  private final int normal;

  Budget(String property, int normal) {
    this.property = property;
    this.normal = normal;
  }

  /** The configured amount, or the normal run's. */
  int amount() {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      return normal;
    }
    try {
      int n = Integer.parseInt(v.trim().replace("_", ""));
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(property + " must be a positive integer, not '" + v + "'");
  }

  /** Whether the dedicated (large) run was asked for. */
  boolean raised() {
    return amount() > normal;
  }
}

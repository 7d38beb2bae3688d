package dev.aliyunmock.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random sequences of {@link Step}s for {@link StatefulInvariantsTest}, deterministic for a seed:
 * every action, transition control and fixture load by weight, batches of two to five different
 * steps run at once, and the same state-changing step contended by two to six threads. A step
 * goes through the whole engine (signed) one time in four, else straight on the action.
 */
final class StepGenerator {
  /** Steps in a generated sequence (shrinking makes failing ones shorter). */
  static final int STEPS = 40;

  /** A step kind and its relative weight among the single steps; BATCH and CONTEND come last. */
  private record Weighted(Step.Kind kind, int weight) {}

  private static final List<Weighted> WEIGHTS =
      List.of(
          new Weighted(Step.Kind.CREATE, 12),
          new Weighted(Step.Kind.LINK, 8),
          new Weighted(Step.Kind.PAIR, 10),
          new Weighted(Step.Kind.MODIFY_ATTRIBUTE, 6),
          new Weighted(Step.Kind.CONNECT, 16),
          new Weighted(Step.Kind.ACTIVATE, 8),
          new Weighted(Step.Kind.DEACTIVATE, 6),
          new Weighted(Step.Kind.DELETE, 6),
          new Weighted(Step.Kind.MODIFY_SPEC, 6),
          new Weighted(Step.Kind.DESCRIBE, 10),
          new Weighted(Step.Kind.DESCRIBE_ATTRIBUTE, 4),
          new Weighted(Step.Kind.COMPLETE_ALL, 4),
          new Weighted(Step.Kind.COMPLETE_ONE, 3),
          new Weighted(Step.Kind.ADVANCE_CLOCK, 3),
          new Weighted(Step.Kind.SET_MODE, 3),
          new Weighted(Step.Kind.LOAD_FIXTURE, 2),
          new Weighted(Step.Kind.BATCH, 6),
          new Weighted(Step.Kind.CONTEND, 6));

  private static final int TOTAL_WEIGHT = WEIGHTS.stream().mapToInt(Weighted::weight).sum();

  /** What a batch may hold: calls and the transition controls that make sense under way. */
  static final List<Step.Kind> IN_BATCH =
      List.of(
          Step.Kind.CREATE, Step.Kind.CONNECT, Step.Kind.ACTIVATE, Step.Kind.DEACTIVATE, Step.Kind.DELETE,
          Step.Kind.MODIFY_SPEC, Step.Kind.MODIFY_ATTRIBUTE, Step.Kind.DESCRIBE, Step.Kind.DESCRIBE_ATTRIBUTE,
          Step.Kind.COMPLETE_ALL, Step.Kind.COMPLETE_ONE, Step.Kind.ADVANCE_CLOCK);

  /** What may be contended: the state-changing calls on one interface, and one ClientToken's Create. */
  static final List<Step.Kind> CONTENDED =
      List.of(Step.Kind.CONNECT, Step.Kind.ACTIVATE, Step.Kind.DEACTIVATE, Step.Kind.DELETE, Step.Kind.MODIFY_SPEC, Step.Kind.CREATE);

  /** The largest pick: picks are resolved modulo the candidates when the step runs. */
  static final int MAX_PICK = 99_999;

  private StepGenerator() {}

  /** The sequence of {@value #STEPS} steps that {@code seed} stands for. */
  static List<Step> sequence(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Step> steps = new ArrayList<>(STEPS);
    for (int i = 0; i < STEPS; i++) {
      steps.add(step(rnd));
    }
    return List.copyOf(steps);
  }

  static Step step(SplittableRandom rnd) {
    int w = rnd.nextInt(TOTAL_WEIGHT);
    for (Weighted k : WEIGHTS) {
      w -= k.weight();
      if (w < 0) {
        return switch (k.kind()) {
          case BATCH -> batch(rnd);
          case CONTEND -> contend(rnd);
          default -> single(rnd, k.kind());
        };
      }
    }
    throw new IllegalStateException("weights");
  }

  static Step single(SplittableRandom rnd, Step.Kind kind) {
    return new Step(kind, pick(rnd), pick(rnd), pick(rnd), pick(rnd), pick(rnd), rnd.nextBoolean(), rnd.nextInt(4) == 0, List.of());
  }

  private static int pick(SplittableRandom rnd) {
    return rnd.nextInt(MAX_PICK + 1);
  }

  /** Two to five steps at once, each of any kind a batch may hold. */
  static Step batch(SplittableRandom rnd) {
    int n = 2 + rnd.nextInt(4);
    List<Step> sub = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sub.add(single(rnd, IN_BATCH.get(rnd.nextInt(IN_BATCH.size()))));
    }
    return Step.batch(sub);
  }

  /**
   * The same state-changing step two to six times at once, alternately straight on the action and
   * through the engine. A contended Create always carries a ClientToken (its variant is a multiple
   * of three), so the copies must all get one interface.
   */
  static Step contend(SplittableRandom rnd) {
    Step s = single(rnd, CONTENDED.get(rnd.nextInt(CONTENDED.size())));
    if (s.kind() == Step.Kind.CREATE) {
      s = s.withVariant(s.variant() * 3);
    }
    return Step.contend(s, 2 + rnd.nextInt(5));
  }
}

package dev.aliyunmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The shrinker on planted failures: predicates over sequences stand in for the model, so what the
 * minimal sequence must be is known exactly.
 */
class ShrinkerTest {
  private static final Duration TIME = Duration.ofMinutes(1);

  /** A plain step of {@code kind} with every number 0, VPC dialect, straight on the action. */
  private static Step zero(Step.Kind kind) {
    return new Step(kind, 0, 0, 0, 0, 0, true, false, List.of());
  }

  /** The steps as they run: a batch's members in its place. */
  private static List<Step> flat(List<Step> steps) {
    List<Step> out = new ArrayList<>();
    for (Step s : steps) {
      out.addAll(s.concurrent() ? s.batch() : List.of(s));
    }
    return out;
  }

  /** Where a planted bug strikes: the first top-level step whose prefix {@code upTo} accepts, or -1. */
  private static int firstIndex(List<Step> steps, Predicate<List<Step>> upTo) {
    for (int i = 0; i < steps.size(); i++) {
      if (upTo.test(steps.subList(0, i + 1))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The planted bug: a Connect with target at least 500 after a Create with variant at least
   * 1000, wherever they are (in batches too). Sequences of fewer than two steps fail differently
   * (an IllegalStateException), which must not count as the same failure.
   */
  private static Optional<Shrinker.Failure> createThenConnect(List<Step> steps) {
    if (steps.size() < 2) {
      return Optional.of(new Shrinker.Failure(new IllegalStateException("too short"), 0));
    }
    int i = firstIndex(steps, prefix -> {
      boolean created = false;
      for (Step s : flat(prefix)) {
        if (created && s.kind() == Step.Kind.CONNECT && s.target() >= 500) {
          return true;
        }
        created |= s.kind() == Step.Kind.CREATE && s.variant() >= 1000;
      }
      return false;
    });
    return i < 0 ? Optional.empty() : Optional.of(new Shrinker.Failure(new AssertionError("planted at " + i), i));
  }

  @Test
  void aPlantedSequentialFailureShrinksToItsTwoStepsWithTheSmallestNumbers() {
    List<Step> original = new ArrayList<>(StepGenerator.sequence(20_260_301L));
    original.set(7, new Step(Step.Kind.CREATE, 4242, 99_000, 77, 5, 31_337, false, true, List.of()));
    original.set(29, Step.batch(List.of(
        new Step(Step.Kind.DESCRIBE, 1, 2, 3, 4, 5, false, true, List.of()),
        new Step(Step.Kind.CONNECT, 9, 88_888, 9, 9, 9, false, true, List.of()))));
    Shrinker.Failure first = createThenConnect(original).orElseThrow();

    Shrinker.Result r = new Shrinker(ShrinkerTest::createThenConnect, 3, 5_000, TIME).shrink(original, first);

    assertThat(r.reproduced()).isTrue();
    assertThat(r.exhausted()).isFalse();
    assertThat(r.steps()).containsExactly(
        zero(Step.Kind.CREATE).withVariant(1000),
        zero(Step.Kind.CONNECT).withTarget(500));
    assertThat(r.failure().error()).isInstanceOf(AssertionError.class).hasMessage("planted at 1");
    assertThat(createThenConnect(r.steps())).isPresent();
  }

  private static AssertionError connectBug(int step) {
    return new AssertionError("the connect bug at " + step);
  }

  private static AssertionError noConnectBug() {
    return new AssertionError("no connect at all");
  }

  @Test
  void shrinkingDoesNotSlipToAnotherFailureOfTheSameClass() {
    // Two planted bugs throwing AssertionErrors from different places: a Connect with target 500
    // or more, and (at the end) a sequence with no Connect at all. Dropping the Connect would turn
    // the first into the second; that candidate must not count.
    Shrinker.Replay twoBugs = steps -> {
      int i = firstIndex(steps, prefix -> {
        Step last = prefix.get(prefix.size() - 1);
        return flat(List.of(last)).stream().anyMatch(s -> s.kind() == Step.Kind.CONNECT && s.target() >= 500);
      });
      if (i >= 0) {
        return Optional.of(new Shrinker.Failure(connectBug(i), i));
      }
      boolean noConnect = flat(steps).stream().noneMatch(s -> s.kind() == Step.Kind.CONNECT);
      return noConnect ? Optional.of(new Shrinker.Failure(noConnectBug(), steps.size())) : Optional.empty();
    };
    List<Step> original = new ArrayList<>(StepGenerator.sequence(5L));
    original.replaceAll(s -> flat(List.of(s)).stream().anyMatch(f -> f.kind() == Step.Kind.CONNECT) ? zero(Step.Kind.DESCRIBE) : s);
    original.set(21, new Step(Step.Kind.CONNECT, 8, 7_000, 6, 5, 4, false, false, List.of()));
    Shrinker.Failure first = twoBugs.run(original).orElseThrow();
    assertThat(first.error()).hasMessage("the connect bug at 21");

    Shrinker.Result r = new Shrinker(twoBugs, 3, 5_000, TIME).shrink(original, first);

    assertThat(r.steps()).containsExactly(zero(Step.Kind.CONNECT).withTarget(500));
    assertThat(r.failure().error()).hasMessage("the connect bug at 0");
    assertThat(Shrinker.sameFailure(connectBug(1), connectBug(2))).isTrue();
    assertThat(Shrinker.sameFailure(connectBug(1), noConnectBug())).isFalse();
  }

  @Test
  void aFailureThatNeedsConcurrencyKeepsItsBatchAndShrinksWithin() {
    // Fails only when a Delete is contended by three threads or more, and then only on every
    // other replay, as a race would.
    AtomicInteger replays = new AtomicInteger();
    Shrinker.Replay race = steps -> {
      int i = firstIndex(steps, prefix -> {
        Step last = prefix.get(prefix.size() - 1);
        return last.kind() == Step.Kind.CONTEND && last.batch().size() >= 3 && last.batch().get(0).kind() == Step.Kind.DELETE;
      });
      boolean unlucky = replays.incrementAndGet() % 2 == 0;
      return i >= 0 && unlucky ? Optional.of(new Shrinker.Failure(new AssertionError("two deletes won"), i)) : Optional.empty();
    };
    List<Step> original = new ArrayList<>(StepGenerator.sequence(7L));
    original.set(33, Step.contend(new Step(Step.Kind.DELETE, 123, 4567, 89, 10, 11, false, true, List.of()), 6));
    Shrinker.Failure first = race.run(original).or(() -> race.run(original)).orElseThrow();

    Shrinker.Result r = new Shrinker(race, 3, 5_000, TIME).shrink(original, first);

    Step copy = zero(Step.Kind.DELETE);
    assertThat(r.reproduced()).isTrue();
    assertThat(r.steps()).containsExactly(new Step(Step.Kind.CONTEND, 0, 0, 0, 0, 0, true, false, List.of(copy, copy, copy)));
  }

  @Test
  void aFailureThatNeedsNoConcurrencyLeavesTheBatch() {
    Shrinker.Replay anyDelete = steps -> {
      int i = firstIndex(steps, prefix -> flat(prefix).stream().anyMatch(s -> s.kind() == Step.Kind.DELETE && s.region() >= 3));
      return i < 0 ? Optional.empty() : Optional.of(new Shrinker.Failure(new AssertionError("deleted"), i));
    };
    List<Step> original = new ArrayList<>(StepGenerator.sequence(99L));
    original.replaceAll(s -> s.kind() == Step.Kind.DELETE || s.concurrent() ? zero(Step.Kind.DESCRIBE) : s);
    original.set(12, Step.contend(new Step(Step.Kind.DELETE, 5, 5, 5, 5, 5, false, true, List.of()), 4));
    Shrinker.Failure first = anyDelete.run(original).orElseThrow();

    Shrinker.Result r = new Shrinker(anyDelete, 3, 5_000, TIME).shrink(original, first);

    assertThat(r.steps()).containsExactly(zero(Step.Kind.DELETE).withRegion(3));
  }

  @Test
  void aFailureThatDoesNotRecurIsReportedUnshrunk() {
    List<Step> original = StepGenerator.sequence(1L);
    Shrinker.Failure first = new Shrinker.Failure(new AssertionError("once"), 20);

    Shrinker.Result r = new Shrinker(steps -> Optional.empty(), 3, 5_000, TIME).shrink(original, first);

    assertThat(r.reproduced()).isFalse();
    assertThat(r.steps()).isEqualTo(original);
    assertThat(r.failure()).isSameAs(first);
    assertThat(r.replays()).isBetween(1, 3);
  }

  @Test
  void theReplayBudgetStopsShrinkingWithAFailingSequence() {
    List<Step> original = new ArrayList<>(StepGenerator.sequence(3L));
    original.set(5, new Step(Step.Kind.CREATE, 1, 1, 1, 1, 5_000, true, false, List.of()));
    original.set(39, new Step(Step.Kind.CONNECT, 1, 9_000, 1, 1, 1, true, false, List.of()));
    Shrinker.Failure first = createThenConnect(original).orElseThrow();

    Shrinker.Result r = new Shrinker(ShrinkerTest::createThenConnect, 3, 6, TIME).shrink(original, first);

    assertThat(r.exhausted()).isTrue();
    assertThat(r.replays()).isEqualTo(6);
    assertThat(createThenConnect(r.steps())).isPresent();
    assertThat(r.steps().size()).isLessThanOrEqualTo(original.size());
  }

  @Test
  void randomPlantedFailuresShrinkToTheirTwoSteps() {
    SplittableRandom random = new SplittableRandom(11);
    List<Step.Kind> kinds = List.of(Step.Kind.CREATE, Step.Kind.CONNECT, Step.Kind.DESCRIBE);
    int shrunk = 0;
    for (int t = 0; t < 40; t++) {
      Step.Kind kind = kinds.get(random.nextInt(kinds.size()));
      int threshold = random.nextInt(50_000);
      // The planted bug: two steps of one kind (in batches or not) with targets at the threshold or above.
      Shrinker.Replay bug = steps -> {
        int i = firstIndex(steps, prefix -> flat(prefix).stream().filter(s -> s.kind() == kind && s.target() >= threshold).count() >= 2);
        return i < 0 ? Optional.empty() : Optional.of(new Shrinker.Failure(new AssertionError(kind + " " + threshold), i));
      };
      long seed = random.nextLong();
      List<Step> original = StepGenerator.sequence(seed);
      Optional<Shrinker.Failure> first = bug.run(original);
      if (first.isEmpty()) {
        continue;
      }
      Shrinker.Result r = new Shrinker(bug, 3, 5_000, TIME).shrink(original, first.get());
      Step minimal = zero(kind).withTarget(threshold);
      assertThat(bug.run(r.steps())).as("seed %d", seed).isPresent();
      assertThat(flat(r.steps())).as("seed %d", seed).containsExactly(minimal, minimal);
      shrunk++;
    }
    assertThat(shrunk).as("sequences the planted bug struck").isGreaterThanOrEqualTo(20);
  }
}

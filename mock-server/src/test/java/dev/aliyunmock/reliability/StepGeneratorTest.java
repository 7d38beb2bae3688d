package dev.aliyunmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The stateful test's generator: deterministic for a seed, replayable from any try, and covering every kind of step. */
class StepGeneratorTest {
  @Test
  void aSeedStandsForOneSequence() {
    assertThat(StepGenerator.sequence(42)).isEqualTo(StepGenerator.sequence(42)).hasSize(StepGenerator.STEPS);
    assertThat(StepGenerator.sequence(42)).isNotEqualTo(StepGenerator.sequence(43));
  }

  @Test
  void theSeedOfAnyTryReplaysTheRunFromThatTry() {
    long runSeed = -7_123_456_789L;
    List<List<Step>> run = new ArrayList<>();
    long seed = runSeed;
    for (int i = 0; i < 20; i++) {
      run.add(StepGenerator.sequence(seed));
      seed = Seeds.next(seed);
    }
    long fromTry13 = runSeed;
    for (int i = 0; i < 13; i++) {
      fromTry13 = Seeds.next(fromTry13);
    }
    List<List<Step>> replay = new ArrayList<>();
    seed = fromTry13;
    for (int i = 13; i < 20; i++) {
      replay.add(StepGenerator.sequence(seed));
      seed = Seeds.next(seed);
    }
    assertThat(replay).isEqualTo(run.subList(13, 20));
    assertThat(new java.util.HashSet<>(run)).hasSize(20);
  }

  @Test
  void sequencesHoldEveryKindOfStepInTheShapesTheModelExpects() {
    Set<Step.Kind> kinds = EnumSet.noneOf(Step.Kind.class);
    Set<Step.Kind> batched = EnumSet.noneOf(Step.Kind.class);
    Set<Step.Kind> contended = EnumSet.noneOf(Step.Kind.class);
    Set<Integer> batchSizes = new TreeSet<>();
    Set<Integer> contendSizes = new TreeSet<>();
    Set<String> paths = new TreeSet<>();
    long seed = 1;
    for (int i = 0; i < 300; i++) {
      for (Step s : StepGenerator.sequence(seed)) {
        kinds.add(s.kind());
        switch (s.kind()) {
          case BATCH -> {
            batchSizes.add(s.batch().size());
            s.batch().forEach(b -> {
              assertThat(b.batch()).isEmpty();
              batched.add(b.kind());
            });
          }
          case CONTEND -> {
            contendSizes.add(s.batch().size());
            Step one = s.batch().get(0);
            contended.add(one.kind());
            assertThat(s).isEqualTo(Step.contend(one, s.batch().size()));
            if (one.kind() == Step.Kind.CREATE) {
              assertThat(one.variant() % 3).as("a contended Create carries a ClientToken").isZero();
            }
          }
          default -> {
            assertThat(s.batch()).isEmpty();
            assertThat(List.of(s.who(), s.target(), s.other(), s.region(), s.variant())).allMatch(n -> n >= 0 && n <= StepGenerator.MAX_PICK);
            paths.add((s.vpc() ? "VPC" : "ECS") + (s.engine() ? " engine" : " direct"));
          }
        }
      }
      seed = Seeds.next(seed);
    }
    assertThat(kinds).containsExactlyInAnyOrder(Step.Kind.values());
    assertThat(batched).containsExactlyInAnyOrderElementsOf(StepGenerator.IN_BATCH);
    assertThat(contended).containsExactlyInAnyOrderElementsOf(StepGenerator.CONTENDED);
    assertThat(batchSizes).containsExactly(2, 3, 4, 5);
    assertThat(contendSizes).containsExactly(2, 3, 4, 5, 6);
    assertThat(paths).containsExactly("ECS direct", "ECS engine", "VPC direct", "VPC engine");
  }
}

package dev.aliyunmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stateful property: random sequences of every action, by several accounts, in several regions,
 * on many routers, some steps run at once on several threads, straight on the rules or through
 * the whole engine (signed requests). After every step {@link ReferenceModel} checks the call's
 * oracle, "a refused request changes nothing", the invariants and the transitions; at the end,
 * that the dump loads back into the same state.
 *
 * <p>Sequences: {@link Budget#TRIES} ({@code -Dreliability.tries=10000} for the dedicated run),
 * each of {@value StepGenerator#STEPS} steps drawn by {@link StepGenerator} from its own seed
 * ({@link Seeds}). A failing sequence is shrunk ({@link Shrinker}) and reported with its seed:
 * {@code -Dreliability.seed=N} replays it first.
 */
class StatefulInvariantsTest {
  /** Replays of a shrinking candidate that runs anything at once, before it counts as passing. */
  private static final int RACE_ATTEMPTS = 3;
  /** At most this many replays, and this long, for shrinking one failure. */
  private static final int SHRINK_REPLAYS = 2_000;
  private static final Duration SHRINK_TIME = Duration.ofMinutes(3);
  /** The coverage check needs enough sequences to be sure to meet every outcome it asks for. */
  private static final int COVERAGE_SEQUENCES = 100;

  /**
   * How calls must have ended at least once in a run: every action succeeds, and the refusals
   * that show the sequences reach the interesting states (a second pair between two routers, the
   * other site, another account's or a deleted interface, a full router, wrong statuses).
   */
  static final List<String> REQUIRED_OUTCOMES =
      List.of(
          "CreateRouterInterface OK",
          "ConnectRouterInterface OK",
          "ActivateRouterInterface OK",
          "DeactivateRouterInterface OK",
          "DeleteRouterInterface OK",
          "ModifyRouterInterfaceSpec OK",
          "ModifyRouterInterfaceAttribute OK",
          "DescribeRouterInterfaces OK",
          "DescribeRouterInterfaceAttribute OK",
          "ConnectRouterInterface Forbidden.OnlyOneConnection",
          "ConnectRouterInterface IncorrectOppositeInterfaceInfo",
          "ConnectRouterInterface CROSS_BID.FORBIDDEN",
          "ConnectRouterInterface InvalidRouterInterfaceId.NotFound",
          "CreateRouterInterface QuotaExceeded.RouterInterface",
          "DeleteRouterInterface InvalidInstance.StatusError",
          "ActivateRouterInterface IncorrectStatus",
          "DeactivateRouterInterface IncorrectStatus",
          "ModifyRouterInterfaceSpec InvalidInstance.StatusError");

  /**
   * How contended calls must have ended at least once (patterns over "Action xCopies: Winners
   * OK"): one winner among several copies of Connect and of Delete, contended Connects that all
   * lost, and several Creates with one ClientToken all answered (with one interface, which the
   * model checks).
   */
  static final List<String> REQUIRED_CONTENDED =
      List.of(
          "ConnectRouterInterface x[2-6]: 1 OK",
          "DeleteRouterInterface x[2-6]: 1 OK",
          "ConnectRouterInterface x[2-6]: 0 OK",
          "CreateRouterInterface x([2-6]): \\1 OK");

  private final ExecutorService pool = Executors.newFixedThreadPool(6);

  @AfterEach
  void stopThreads() {
    pool.shutdownNow();
  }

  @Test
  void randomSequencesOfEveryActionKeepEveryInvariant() {
    int sequences = Budget.TRIES.amount();
    long runSeed = Seeds.ofRun();
    Tally outcomes = new Tally("outcomes of the calls, by action and code");
    Tally contended = new Tally("contended calls, by action, copies and winners");
    Tally steps = new Tally("steps, by kind");
    long seed = runSeed;
    for (int i = 0; i < sequences; i++) {
      List<Step> sequence = StepGenerator.sequence(seed);
      ReferenceModel model = new ReferenceModel(pool);
      Optional<Shrinker.Failure> failure = run(model, sequence);
      if (failure.isPresent()) {
        throw report(i, sequences, runSeed, seed, sequence, failure.get());
      }
      outcomes.addAll(model.outcomes());
      contended.addAll(model.contended());
      sequence.forEach(s -> steps.add(label(s)));
      seed = Seeds.next(seed);
    }
    System.out.printf("%d sequences of %d steps (seed %d, %s to replay)%n%s%n%s%n%s%n", sequences, StepGenerator.STEPS, runSeed,
        Seeds.replay(runSeed), steps, outcomes, contended);
    if (sequences >= COVERAGE_SEQUENCES) {
      assertThat(outcomes.missing(REQUIRED_OUTCOMES.stream().map(Pattern::quote).toList()))
          .as("outcomes never reached in %d sequences (seed %d):%n%s", sequences, runSeed, outcomes)
          .isEmpty();
      assertThat(contended.missing(REQUIRED_CONTENDED))
          .as("contended outcomes never reached in %d sequences (seed %d):%n%s", sequences, runSeed, contended)
          .isEmpty();
    }
  }

  /**
   * What shrinking relies on: a sequence with nothing at once replays the same, call for call
   * (the interfaces' ids are random, but steps pick them by position, never by value).
   */
  @Test
  void aSequenceWithNothingAtOnceReplaysTheSame() {
    long seed = Seeds.ofRun();
    for (int i = 0; i < 10; i++) {
      List<Step> sequence = StepGenerator.sequence(seed).stream().filter(s -> !s.concurrent()).toList();
      ReferenceModel once = new ReferenceModel(pool);
      ReferenceModel again = new ReferenceModel(pool);
      assertThat(run(once, sequence)).as("seed %d", seed).isEmpty();
      assertThat(run(again, sequence)).as("seed %d", seed).isEmpty();
      assertThat(again.outcomes()).as("seed %d", seed).isEqualTo(once.outcomes()).isNotEmpty();
      assertThat(shape(again)).as("seed %d", seed).isEqualTo(shape(once));
      seed = Seeds.next(seed);
    }
  }

  /** The interfaces in order, without their ids: router, role, status, spec, opposite's position. */
  private static List<String> shape(ReferenceModel model) {
    List<String> ids = model.mock.routerInterfaces().stream().map(ri -> ri.id()).toList();
    return model.mock.routerInterfaces().stream()
        .map(ri -> ri.routerId() + " " + ri.role() + " " + ri.status() + " " + ri.spec() + " opposite #" + ids.indexOf(ri.oppositeInterfaceId()))
        .toList();
  }

  /** A step's kind, with its path for API calls and its size for batches. */
  private static String label(Step s) {
    return switch (s.kind()) {
      case BATCH -> "BATCH of " + s.batch().size();
      case CONTEND -> "CONTEND";
      case COMPLETE_ALL, COMPLETE_ONE, ADVANCE_CLOCK, SET_MODE, LOAD_FIXTURE -> s.kind().name();
      default -> s.kind() + (s.engine() ? " (engine)" : " (direct)");
    };
  }

  /** Runs {@code steps} on {@code model}, then the round trip; the first failure, if any. */
  static Optional<Shrinker.Failure> run(ReferenceModel model, List<Step> steps) {
    int i = 0;
    try {
      for (Step s : steps) {
        model.apply(s);
        i++;
      }
      model.checkRoundTrip();
      return Optional.empty();
    } catch (AssertionError | RuntimeException e) {
      return Optional.of(new Shrinker.Failure(e, i));
    }
  }

  /** A replay from a fresh model, on threads of its own that it stops. */
  private static Optional<Shrinker.Failure> replay(List<Step> steps) {
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      return run(new ReferenceModel(threads), steps);
    } finally {
      threads.shutdownNow();
    }
  }

  private static AssertionError report(int index, int sequences, long runSeed, long seed, List<Step> sequence, Shrinker.Failure first) {
    Shrinker.Result r =
        new Shrinker(StatefulInvariantsTest::replay, RACE_ATTEMPTS, SHRINK_REPLAYS, SHRINK_TIME).shrink(sequence, first);
    StringBuilder b = new StringBuilder();
    b.append("sequence ").append(index + 1).append(" of ").append(sequences).append(" failed; ")
        .append(Seeds.replay(seed)).append(" replays it first (the whole run: ").append(Seeds.replay(runSeed)).append(")\n");
    if (!r.reproduced()) {
      b.append("it did not fail again in ").append(r.replays()).append(" replays (a race that did not recur), so it is not shrunk:\n");
    } else {
      b.append("shrunk from ").append(sequence.size()).append(" steps to ").append(r.steps().size()).append(" in ")
          .append(r.replays()).append(" replays").append(r.exhausted() ? " (shrinking budget spent: maybe not minimal)" : "")
          .append("; the minimal failing sequence:\n");
    }
    List<Step> shown = r.reproduced() ? r.steps() : sequence;
    for (int i = 0; i < shown.size(); i++) {
      b.append(String.format("  %2d. %s%n", i + 1, shown.get(i)));
    }
    b.append("its failure ").append(r.failure()).append('\n');
    if (r.reproduced()) {
      b.append("\nthe original failure at step ").append(first.step() + 1).append(": ").append(first.error()).append('\n');
    }
    AssertionError e = new AssertionError(b.toString(), r.failure().error());
    if (r.failure().error() != first.error()) {
      e.addSuppressed(first.error());
    }
    return e;
  }

}

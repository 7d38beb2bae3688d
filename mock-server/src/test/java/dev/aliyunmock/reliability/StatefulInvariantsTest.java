package dev.aliyunmock.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * Stateful property: random sequences of every action, by several accounts, in several regions,
 * on many routers, some steps run at once on several threads, straight on the rules or through
 * the whole engine (signed requests). After every step {@link ReferenceModel} checks the call's oracle,
 * "a refused request changes nothing", the invariants and the transitions; at the end, that the
 * dump loads back into the same state.
 *
 * <p>Tries: {@link Budget#TRIES} ({@code -Dreliability.tries=10000} for the dedicated run).
 */
class StatefulInvariantsTest {
  private static final int MAX_STEPS = 40;

  private final ExecutorService pool = Executors.newFixedThreadPool(6);

  @AfterProperty
  void stopThreads() {
    pool.shutdownNow();
  }

  @Property(tries = 250)
  @AddLifecycleHook(Budget.TriesFromProperty.class)
  void randomSequencesOfEveryActionKeepEveryInvariant(@ForAll("sequences") ActionChain<ReferenceModel> chain) {
    ReferenceModel model = chain.run();
    model.checkRoundTrip();
    model.outcomes().forEach((outcome, n) -> {
      for (int i = 0; i < n; i++) {
        Statistics.label("outcomes").collect(outcome);
      }
    });
  }

  @Provide
  Arbitrary<ActionChain<ReferenceModel>> sequences() {
    ActionChainArbitrary<ReferenceModel> chains = ActionChain.startWith(() -> new ReferenceModel(pool));
    chains = add(chains, 12, single(Step.Kind.CREATE));
    chains = add(chains, 8, single(Step.Kind.LINK));
    chains = add(chains, 10, single(Step.Kind.PAIR));
    chains = add(chains, 6, single(Step.Kind.MODIFY_ATTRIBUTE));
    chains = add(chains, 16, single(Step.Kind.CONNECT));
    chains = add(chains, 8, single(Step.Kind.ACTIVATE));
    chains = add(chains, 6, single(Step.Kind.DEACTIVATE));
    chains = add(chains, 6, single(Step.Kind.DELETE));
    chains = add(chains, 6, single(Step.Kind.MODIFY_SPEC));
    chains = add(chains, 10, single(Step.Kind.DESCRIBE));
    chains = add(chains, 4, single(Step.Kind.DESCRIBE_ATTRIBUTE));
    chains = add(chains, 4, single(Step.Kind.COMPLETE_ALL));
    chains = add(chains, 3, single(Step.Kind.COMPLETE_ONE));
    chains = add(chains, 3, single(Step.Kind.ADVANCE_CLOCK));
    chains = add(chains, 3, single(Step.Kind.SET_MODE));
    chains = add(chains, 2, single(Step.Kind.LOAD_FIXTURE));
    chains = add(chains, 6, batch());
    chains = add(chains, 6, contend());
    return chains.withMaxTransformations(MAX_STEPS);
  }

  private static ActionChainArbitrary<ReferenceModel> add(ActionChainArbitrary<ReferenceModel> chains, int weight, Arbitrary<Step> steps) {
    Arbitrary<Transformer<ReferenceModel>> transformers = steps.map(s -> Transformer.mutate(s.toString(), m -> m.apply(s)));
    Action.Independent<ReferenceModel> action = () -> transformers;
    return chains.withAction(weight, action);
  }

  private static Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 99_999);
  }

  private static Arbitrary<Step> single(Step.Kind kind) {
    return Combinators.combine(picks(), picks(), picks(), picks(), picks(), Arbitraries.of(true, false), Arbitraries.integers().between(0, 3))
        .as((who, target, other, region, variant, vpc, path) ->
            new Step(kind, who, target, other, region, variant, vpc, path == 0, List.of()));
  }

  /** Two to five different steps at once. */
  private static Arbitrary<Step> batch() {
    Arbitrary<Step> sub =
        Arbitraries.of(
                Step.Kind.CREATE, Step.Kind.CONNECT, Step.Kind.ACTIVATE, Step.Kind.DEACTIVATE, Step.Kind.DELETE,
                Step.Kind.MODIFY_SPEC, Step.Kind.MODIFY_ATTRIBUTE, Step.Kind.DESCRIBE, Step.Kind.DESCRIBE_ATTRIBUTE,
                Step.Kind.COMPLETE_ALL, Step.Kind.COMPLETE_ONE, Step.Kind.ADVANCE_CLOCK)
            .flatMap(StatefulInvariantsTest::single);
    return sub.list().ofMinSize(2).ofMaxSize(5).map(l -> new Step(Step.Kind.BATCH, 0, 0, 0, 0, 0, true, false, l));
  }

  /** The same state-changing action on the same interface, two to six times at once. */
  private static Arbitrary<Step> contend() {
    return Arbitraries.of(
            Step.Kind.CONNECT, Step.Kind.ACTIVATE, Step.Kind.DEACTIVATE, Step.Kind.DELETE, Step.Kind.MODIFY_SPEC, Step.Kind.CREATE)
        .flatMap(StatefulInvariantsTest::single)
        .flatMap(s -> Arbitraries.integers().between(2, 6).map(n -> {
          Step one = s.kind() == Step.Kind.CREATE
              ? new Step(s.kind(), s.who(), s.target(), s.other(), s.region(), s.variant() * 3, s.vpc(), s.engine(), List.of())
              : s;
          List<Step> copies = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            copies.add(new Step(one.kind(), one.who(), one.target(), one.other(), one.region(), one.variant(), one.vpc(), i % 2 == 0, List.of()));
          }
          return new Step(Step.Kind.CONTEND, 0, 0, 0, 0, 0, true, false, copies);
        }));
  }
}

package dev.aliyunmock.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One step of a random sequence, as generated: which kind of action, and numbers that pick the
 * caller, the target, the region and the variant from whatever the world holds when the step
 * runs. Picks are resolved modulo the candidates, so a step stays meaningful (and shrinkable) in
 * any state.
 *
 * @param kind what to do
 * @param who picks the caller: mostly the target's owner, sometimes any account
 * @param target picks the router interface (or router) acted on
 * @param other picks a second interface or router (opposite, filter values, …)
 * @param region picks the region: mostly the target's, sometimes another or an unknown one
 * @param variant picks among the action's variants (valid or invalid values, modes, …)
 * @param vpc the dialect: VPC (2016-04-28) or ECS (2014-05-26)
 * @param engine whether to go through the whole engine (signed request) rather than the rules
 * @param batch for {@link Kind#BATCH}: the steps run at once, on as many threads
 */
record Step(Kind kind, int who, int target, int other, int region, int variant, boolean vpc, boolean engine, List<Step> batch) {
  enum Kind {
    CREATE,
    LINK,
    PAIR,
    MODIFY_ATTRIBUTE,
    CONNECT,
    ACTIVATE,
    DEACTIVATE,
    DELETE,
    MODIFY_SPEC,
    DESCRIBE,
    DESCRIBE_ATTRIBUTE,
    COMPLETE_ALL,
    COMPLETE_ONE,
    ADVANCE_CLOCK,
    SET_MODE,
    LOAD_FIXTURE,
    /** Several steps at once, on as many threads. */
    BATCH,
    /** The same action on the same interface from several threads at once. */
    CONTEND
  }

  Step {
    batch = List.copyOf(batch);
  }

  /** Several different steps at once, on as many threads. */
  static Step batch(List<Step> steps) {
    return new Step(Kind.BATCH, 0, 0, 0, 0, 0, true, false, steps);
  }

  /**
   * {@code copies} copies of {@code one} at once, alternately through the engine and straight on
   * the action (the first through the engine).
   */
  static Step contend(Step one, int copies) {
    List<Step> out = new ArrayList<>(copies);
    for (int i = 0; i < copies; i++) {
      out.add(one.withEngine(i % 2 == 0));
    }
    return new Step(Kind.CONTEND, 0, 0, 0, 0, 0, true, false, out);
  }

  /** Whether the step runs anything on several threads at once. */
  boolean concurrent() {
    return kind == Kind.BATCH || kind == Kind.CONTEND;
  }

  Step withWho(int v) {
    return new Step(kind, v, target, other, region, variant, vpc, engine, batch);
  }

  Step withTarget(int v) {
    return new Step(kind, who, v, other, region, variant, vpc, engine, batch);
  }

  Step withOther(int v) {
    return new Step(kind, who, target, v, region, variant, vpc, engine, batch);
  }

  Step withRegion(int v) {
    return new Step(kind, who, target, other, v, variant, vpc, engine, batch);
  }

  Step withVariant(int v) {
    return new Step(kind, who, target, other, region, v, vpc, engine, batch);
  }

  Step withVpc(boolean v) {
    return new Step(kind, who, target, other, region, variant, v, engine, batch);
  }

  Step withEngine(boolean v) {
    return new Step(kind, who, target, other, region, variant, vpc, v, batch);
  }

  Step withBatch(List<Step> steps) {
    return new Step(kind, who, target, other, region, variant, vpc, engine, steps);
  }

  @Override
  public String toString() {
    if (concurrent()) {
      return kind + batch.stream().map(Step::toString).collect(Collectors.joining(" | ", "[", "]"));
    }
    return kind + "(who=" + who + ",target=" + target + ",other=" + other + ",region=" + region + ",variant=" + variant
        + (vpc ? ",VPC" : ",ECS") + (engine ? ",engine" : "") + ")";
  }
}

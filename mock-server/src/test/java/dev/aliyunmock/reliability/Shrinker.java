package dev.aliyunmock.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * Shrinks a failing sequence of {@link Step}s to a small one that still fails, by replaying
 * candidates: it cuts the steps after the failing one, drops runs of steps (halves, quarters, …,
 * single steps), runs a batch's steps one after the other instead of at once, drops members of a
 * batch or copies of a contended call (down to two), and moves every number of a step towards 0
 * (0 first, then by halving the distance) and its flags towards the plainer path (VPC dialect,
 * straight on the action). A candidate is kept when its replay fails the same way (the same
 * class of error, thrown from the same place: {@link #sameFailure}), so that shrinking does not
 * slip to another bug; the passes repeat until none makes progress or the budget (replays, time)
 * is spent.
 *
 * <p>A sequential sequence replays deterministically, so one replay decides. A candidate that
 * still runs something at once (a batch, a contended call) may fail only on some interleavings:
 * it is replayed up to {@code attempts} times and kept if any replay fails. A race therefore stays
 * a batch in the result, while a failure that needs no concurrency ends up without any.
 *
 * <p>Not thread-safe: one shrinker shrinks one sequence.
 */
final class Shrinker {
  /**
   * What a replay found: the error and the index of the step that threw it ({@code steps.size()}
   * when the check after the last step failed).
   */
  record Failure(Throwable error, int step) {
    @Override
    public String toString() {
      return "at step " + (step + 1) + ": " + error;
    }
  }

  /** Runs a sequence from a fresh start; the failure, or empty when every check held. */
  @FunctionalInterface
  interface Replay {
    Optional<Failure> run(List<Step> steps);
  }

  /**
   * The smallest failing sequence found.
   *
   * @param steps the sequence
   * @param failure how it failed on its last failing replay
   * @param replays how many replays shrinking took
   * @param reproduced whether the original sequence failed again when replayed (if not, it is
   *     returned unshrunk: the failure depended on an interleaving that did not recur)
   * @param exhausted whether the replay or time budget ran out before the passes stopped making progress
   */
  record Result(List<Step> steps, Failure failure, int replays, boolean reproduced, boolean exhausted) {}

  private final Replay replay;
  private final int attempts;
  private final int maxReplays;
  private final Duration maxTime;
  private long deadline;
  private Throwable original;
  private List<Step> current;
  private Failure failure;
  private int replays;

  /**
   * @param replay runs a candidate
   * @param attempts replays of a candidate that runs anything at once, before it counts as passing
   * @param maxReplays the most replays the whole shrinking may take
   * @param maxTime how long the whole shrinking may take (a sequence that hangs must not make it
   *     endless); it stops after the replay under way
   */
  Shrinker(Replay replay, int attempts, int maxReplays, Duration maxTime) {
    this.replay = replay;
    this.attempts = Math.max(1, attempts);
    this.maxReplays = maxReplays;
    this.maxTime = maxTime;
  }

  /** Shrinks {@code failing}, which failed with {@code first}. */
  Result shrink(List<Step> failing, Failure first) {
    original = first.error();
    replays = 0;
    deadline = System.nanoTime() + maxTime.toNanos();
    Failure again = test(failing);
    if (again == null) {
      return new Result(List.copyOf(failing), first, replays, false, exhausted());
    }
    current = cut(failing, again);
    failure = again;
    boolean progress = true;
    while (progress && !exhausted()) {
      progress = deleteRuns();
      progress |= unbatch();
      progress |= dropMembers();
      progress |= simplify();
    }
    return new Result(current, failure, replays, true, exhausted());
  }

  private boolean exhausted() {
    return replays >= maxReplays || System.nanoTime() - deadline > 0;
  }

  /** The failure of a candidate, or null when it passed every replay it was given. */
  private Failure test(List<Step> candidate) {
    int tries = candidate.stream().anyMatch(Step::concurrent) ? attempts : 1;
    for (int i = 0; i < tries && !exhausted(); i++) {
      replays++;
      Optional<Failure> f = replay.run(candidate);
      if (f.isPresent() && sameFailure(f.get().error(), original)) {
        return f.get();
      }
    }
    return null;
  }

  /**
   * Whether two errors are the same failure: the same class, created at the same line (the first
   * frame of their stack outside a method named {@code fail}, the model's helper that builds its
   * errors). The messages may differ: they name the steps and the interfaces.
   */
  static boolean sameFailure(Throwable a, Throwable b) {
    return a.getClass() == b.getClass() && origin(a).equals(origin(b));
  }

  private static String origin(Throwable t) {
    for (StackTraceElement e : t.getStackTrace()) {
      if (!e.getMethodName().equals("fail")) {
        return e.getClassName() + "." + e.getMethodName() + ":" + e.getLineNumber();
      }
    }
    return "";
  }

  /** Keeps {@code candidate} (cut after its failing step) if it fails. */
  private boolean accept(List<Step> candidate) {
    Failure f = test(candidate);
    if (f == null) {
      return false;
    }
    current = cut(candidate, f);
    failure = f;
    return true;
  }

  private static List<Step> cut(List<Step> steps, Failure f) {
    return f.step() < steps.size() ? List.copyOf(steps.subList(0, f.step() + 1)) : List.copyOf(steps);
  }

  // ------------------------------------------------------------------ passes

  /** Drops runs of steps: the whole sequence, halves, quarters, …, single steps, from the end. */
  private boolean deleteRuns() {
    boolean any = false;
    for (int size = current.size(); size >= 1 && !exhausted(); size /= 2) {
      int i = current.size() - size;
      while (i >= 0 && !exhausted()) {
        List<Step> c = new ArrayList<>(current.subList(0, i));
        c.addAll(current.subList(i + size, current.size()));
        if (accept(c)) {
          any = true;
          i = Math.min(i - size, current.size() - size);
        } else {
          i -= size;
        }
      }
    }
    return any;
  }

  /** Runs a batch's (or a contended call's) steps one after the other instead of at once. */
  private boolean unbatch() {
    boolean any = false;
    for (int i = current.size() - 1; i >= 0 && !exhausted(); i--) {
      if (i < current.size() && current.get(i).concurrent()) {
        List<Step> c = new ArrayList<>(current.subList(0, i));
        c.addAll(current.get(i).batch());
        c.addAll(current.subList(i + 1, current.size()));
        any |= accept(c);
      }
    }
    return any;
  }

  /** Drops members of batches and copies of contended calls, keeping at least two. */
  private boolean dropMembers() {
    boolean any = false;
    for (int i = current.size() - 1; i >= 0 && !exhausted(); i--) {
      for (int j = members(i) - 1; j >= 0 && members(i) > 2 && !exhausted(); j--) {
        if (j >= members(i)) {
          continue;
        }
        List<Step> sub = new ArrayList<>(current.get(i).batch());
        sub.remove(j);
        any |= accept(replace(current, i, current.get(i).withBatch(sub)));
      }
    }
    return any;
  }

  private int members(int i) {
    return i < current.size() && current.get(i).concurrent() ? current.get(i).batch().size() : 0;
  }

  /** Moves every number towards 0 and every flag towards the plainer path. */
  private boolean simplify() {
    boolean any = false;
    for (int i = 0; i < current.size() && !exhausted(); i++) {
      Step s = current.get(i);
      if (s.kind() == Step.Kind.CONTEND) {
        // The copies stay one call: numbers and dialect change on all of them at once.
        any |= simplifyFields(new Lens(i, -1, s.kind()), true);
        for (int j = 0; j < s.batch().size(); j++) {
          any |= simplifyFlag(new Lens(i, j, s.kind()), Step::engine, st -> st.withEngine(false));
        }
      } else if (s.kind() == Step.Kind.BATCH) {
        for (int j = 0; j < s.batch().size(); j++) {
          any |= simplifyFields(new Lens(i, j, s.kind()), false);
        }
      } else {
        any |= simplifyFields(new Lens(i, -1, s.kind()), false);
      }
    }
    return any;
  }

  private boolean simplifyFields(Lens at, boolean sharedByCopies) {
    boolean any = simplifyNumber(at, Step::who, Step::withWho);
    any |= simplifyNumber(at, Step::target, Step::withTarget);
    any |= simplifyNumber(at, Step::other, Step::withOther);
    any |= simplifyNumber(at, Step::region, Step::withRegion);
    any |= simplifyNumber(at, Step::variant, Step::withVariant);
    any |= simplifyFlag(at, st -> !st.vpc(), st -> st.withVpc(true));
    if (!sharedByCopies) {
      any |= simplifyFlag(at, Step::engine, st -> st.withEngine(false));
    }
    return any;
  }

  private interface IntField {
    int get(Step s);
  }

  private interface IntWith {
    Step with(Step s, int v);
  }

  /** 0 if that fails too, else the smallest value found by halving the distance to 0. */
  private boolean simplifyNumber(Lens at, IntField field, IntWith with) {
    if (!at.applies(current)) {
      return false;
    }
    long x = field.get(at.first(current));
    if (x == 0) {
      return false;
    }
    IntFunction<List<Step>> candidate = v -> at.map(current, s -> with.with(s, v));
    if (accept(candidate.apply(0))) {
      return true;
    }
    long passes = 0;
    long fails = x;
    boolean any = false;
    while (Math.abs(fails - passes) > 1 && !exhausted() && at.applies(current)) {
      long mid = passes + (fails - passes) / 2;
      if (accept(candidate.apply((int) mid))) {
        fails = mid;
        any = true;
      } else {
        passes = mid;
      }
    }
    return any;
  }

  private interface Flag {
    boolean set(Step s);
  }

  private boolean simplifyFlag(Lens at, Flag notPlain, UnaryOperator<Step> plain) {
    if (!at.applies(current) || !notPlain.set(at.first(current))) {
      return false;
    }
    return accept(at.map(current, plain));
  }

  /**
   * Where a field lives: step {@code index} of the sequence, and inside it member {@code member}
   * of its batch, or every member of a contended call ({@code -1} on a CONTEND step).
   */
  private record Lens(int index, int member, Step.Kind kind) {
    boolean applies(List<Step> seq) {
      if (index >= seq.size() || seq.get(index).kind() != kind) {
        return false;
      }
      return member < seq.get(index).batch().size();
    }

    Step first(List<Step> seq) {
      Step s = seq.get(index);
      if (kind == Step.Kind.CONTEND && member < 0) {
        return s.batch().get(0);
      }
      return member < 0 ? s : s.batch().get(member);
    }

    List<Step> map(List<Step> seq, UnaryOperator<Step> f) {
      Step s = seq.get(index);
      Step changed;
      if (kind == Step.Kind.CONTEND && member < 0) {
        changed = s.withBatch(s.batch().stream().map(f).toList());
      } else if (member >= 0) {
        List<Step> sub = new ArrayList<>(s.batch());
        sub.set(member, f.apply(sub.get(member)));
        changed = s.withBatch(sub);
      } else {
        changed = f.apply(s);
      }
      return replace(seq, index, changed);
    }
  }

  private static List<Step> replace(List<Step> seq, int i, Step s) {
    List<Step> c = new ArrayList<>(seq);
    c.set(i, s);
    return c;
  }
}

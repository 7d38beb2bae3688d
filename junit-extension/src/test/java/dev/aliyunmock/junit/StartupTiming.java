package dev.aliyunmock.junit;

import java.util.Arrays;
import java.util.Locale;

/**
 * A start-up timing harness (not a test): starts and stops, one after another, the server a test
 * class gets from {@link AliyunMockExtension} (fixtures read and checked, mock built, WireMock
 * started on a free port of 127.0.0.1), and prints the first start in this JVM and the median,
 * min and max of the later ones.
 *
 * <pre>
 * mvn -B -q -pl junit-extension -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp junit-extension/target/test-classes:junit-extension/target/classes:$(cat junit-extension/target/test.classpath) \
 *     dev.aliyunmock.junit.StartupTiming [starts, default 20]
 * </pre>
 */
public final class StartupTiming {
  private StartupTiming() {}

  public static void main(String[] args) {
    int later = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    MockConfiguration defaultWorld = AliyunMockExtension.Builder.defaults("StartupTiming");
    MockConfiguration smallWorld =
        new MockConfiguration(
            java.util.List.of(new dev.aliyunmock.control.MockOptions.FixtureSource.Resource("worlds/small.json")),
            defaultWorld.auth(),
            defaultWorld.transitions(),
            defaultWorld.reset(),
            null,
            "StartupTiming");
    ClassLoader loader = StartupTiming.class.getClassLoader();

    long[] first = startAndStop(defaultWorld, loader);
    System.out.printf(Locale.ROOT, "first start in this JVM: %.1f ms (stop %.1f ms)%n", ms(first[0]), ms(first[1]));

    long[] starts = new long[later];
    long[] stops = new long[later];
    for (int i = 0; i < later; i++) {
      long[] t = startAndStop(i % 2 == 0 ? defaultWorld : smallWorld, loader);
      starts[i] = t[0];
      stops[i] = t[1];
    }
    System.out.printf(Locale.ROOT, "later starts (%d, default and small worlds alternating): %s%n", later, summary(starts));
    System.out.printf(Locale.ROOT, "later stops: %s%n", summary(stops));
    System.out.printf(Locale.ROOT, "all later starts, ms: %s%n", Arrays.toString(Arrays.stream(starts).mapToObj(n -> String.format(Locale.ROOT, "%.1f", ms(n))).toArray()));
  }

  /** Nanoseconds to start (what beforeAll does) and to stop (what closing the class's store does). */
  private static long[] startAndStop(MockConfiguration config, ClassLoader loader) {
    long t0 = System.nanoTime();
    ClassServer server = ClassServer.start(config, loader);
    long t1 = System.nanoTime();
    server.close();
    long t2 = System.nanoTime();
    return new long[] {t1 - t0, t2 - t1};
  }

  private static String summary(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    double median = s.length % 2 == 1 ? ms(s[s.length / 2]) : (ms(s[s.length / 2 - 1]) + ms(s[s.length / 2])) / 2;
    return String.format(Locale.ROOT, "median %.1f ms, min %.1f ms, max %.1f ms", median, ms(s[0]), ms(s[s.length - 1]));
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}

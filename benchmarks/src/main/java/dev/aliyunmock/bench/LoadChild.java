package dev.aliyunmock.bench;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.control.AuthMode;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;

/**
 * Part 3, load: in a fresh JVM, {@code runs} times, the time to build a mock from the text of a
 * fixture of {@code size} interfaces (parse, check, load), and the heap it retains: used heap
 * after full GCs with the mock held and its text dropped, less the same before the text existed.
 * The first run is cold (class loading, JIT); prints {@code RESULT ms=… cpu=… mb=…} per run ({@code
 * cpu}: the loading thread's own CPU time, which the machine's other load inflates far less than the wall-clock time).
 */
final class LoadChild {
  private LoadChild() {}

  static void run(int size, int runs) throws Exception {
    // Load the classes and Jackson's caches, so that they are not counted as the world's heap.
    AliyunMock warm = AliyunMock.builder().fixtures(BenchWorld.json(10)).build();
    Reference.reachabilityFence(warm);
    warm = null;
    for (int r = 0; r < runs; r++) {
      long base = usedAfterGc();
      String json = BenchWorld.json(size);
      long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      AliyunMock mock = AliyunMock.builder().fixtures(json).auth(AuthMode.OFF).build();
      long t1 = System.nanoTime();
      long c1 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      json = null;
      long after = usedAfterGc();
      if (mock.routerInterfaces().size() != size) {
        throw new IllegalStateException("the world does not hold " + size + " interfaces");
      }
      Reference.reachabilityFence(mock);
      mock = null;
      System.out.println("RESULT ms=" + (t1 - t0) / 1e6 + " cpu=" + (c1 - c0) / 1e6 + " mb=" + (after - base) / 1048576.0);
    }
  }

  static long usedAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}

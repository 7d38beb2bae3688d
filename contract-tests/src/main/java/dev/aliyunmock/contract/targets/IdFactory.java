package dev.aliyunmock.contract.targets;

import dev.aliyunmock.contract.http.Credentials;
import dev.aliyunmock.contract.world.Names;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh ids for each execution, unique across runs against the same server: every id carries a
 * random run tag and a counter. Router interfaces are {@code ri-ct…}, routers {@code vrt-ct…},
 * VPCs, vSwitches, route tables and route entries {@code vpc-ct…}, {@code vsw-ct…}, {@code vtb-ct…},
 * {@code rte-ct…}, access keys {@code ctAk…}, owner ids 16 digits starting {@code 19}.
 */
final class IdFactory {
  private final String runTag;
  private final String runDigits;
  private final AtomicInteger counter = new AtomicInteger();

  IdFactory() {
    SecureRandom random = new SecureRandom();
    StringBuilder tag = new StringBuilder();
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 5; i++) {
      tag.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    this.runTag = tag.toString();
    this.runDigits = String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
  }

  /** The names of one new execution. */
  Generated next() {
    return new Generated(counter.incrementAndGet());
  }

  /** Ids derived from the run tag and one counter value. */
  final class Generated implements Names {
    private final int n;
    private final String token;
    private final Map<String, Integer> accountIndex = new HashMap<>();

    private Generated(int n) {
      this.n = n;
      this.token = runTag + Integer.toString(n, 36);
    }

    String token() {
      return token;
    }

    @Override
    public String ri(String name) {
      return "ri-ct" + token + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String router(String name) {
      return "vrt-ct" + token + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String vpc(String name) {
      return "vpc-ct" + token + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String vSwitch(String name) {
      return "vsw-ct" + token + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String routeTable(String name) {
      return "vtb-ct" + token + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String routeEntry(String name) {
      return "rte-ct" + token + name.toLowerCase(Locale.ROOT);
    }

    @Override
    public synchronized String owner(String name) {
      int index = accountIndex.computeIfAbsent(name, k -> accountIndex.size());
      if (index > 9) {
        throw new IllegalStateException("a scenario world has at most 10 accounts");
      }
      return "19" + runDigits + String.format(Locale.ROOT, "%07d", n) + index;
    }

    @Override
    public Credentials credentials(String account) {
      return new Credentials("ctAk" + token + account, "ctSecret" + token + account);
    }
  }
}

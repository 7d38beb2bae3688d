package dev.aliyunmock.vpc;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Fresh ids of the VPC-side resources: a prefix ({@code vpc-}, {@code vrt-}, {@code vtb-},
 * {@code vsw-}, {@code rte-}) and 21 lower-case letters and digits, the length of the current
 * ids in the documentation's examples (docs/reference/vpc-workflow.md, section 2).
 */
public final class Ids {
  private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
  private static final int LENGTH = 21;

  private Ids() {}

  /** An id with this prefix that {@code taken} does not hold. */
  public static String fresh(String prefix, Predicate<String> taken) {
    ThreadLocalRandom rnd = ThreadLocalRandom.current();
    while (true) {
      StringBuilder b = new StringBuilder(prefix.length() + LENGTH).append(prefix);
      for (int i = 0; i < LENGTH; i++) {
        b.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
      }
      String id = b.toString();
      if (!taken.test(id)) {
        return id;
      }
    }
  }

  /**
   * The id of another resource of the same family: {@code vpc-abc} with the prefix {@code vrt-}
   * is {@code vrt-abc}. How a fixture VPC that gives no VRouterId, RouteTableId or
   * SystemRouteEntryId gets them, so that loading a document twice gives the same ids.
   */
  public static String sibling(String id, String prefix) {
    int dash = id.indexOf('-');
    return prefix + (dash < 0 ? id : id.substring(dash + 1));
  }
}

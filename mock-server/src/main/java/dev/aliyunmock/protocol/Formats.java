package dev.aliyunmock.protocol;

import java.util.regex.Pattern;

/**
 * The value formats the API's actions share, as the documents state them: names, descriptions,
 * IPv4 addresses, account ids, integers in a range. Each resource kind answers a mismatch with its
 * own error code.
 */
public final class Formats {
  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}._-]{1,127}");
  private static final Pattern DESCRIPTION = Pattern.compile("\\p{L}[\\s\\S]{1,255}");
  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");

  private Formats() {}

  /** A name: 2 to 128 characters, starting with a letter; letters, digits, {@code . _ -}. */
  public static boolean isName(String s) {
    return NAME.matcher(s).matches();
  }

  /** A description: 2 to 256 characters, starting with a letter, not with {@code http(s)://}. */
  public static boolean isDescription(String s) {
    return DESCRIPTION.matcher(s).matches() && !s.startsWith("http://") && !s.startsWith("https://");
  }

  /** A dotted-quad IPv4 address. */
  public static boolean isIpv4(String s) {
    return IPV4.matcher(s).matches();
  }

  /** An account id: 1 to 20 ASCII digits. */
  public static boolean isAccountId(String s) {
    return DIGITS.matcher(s).matches();
  }

  /** A positive {@code int} in ASCII digits, or {@code null}. */
  public static Integer positiveInt(String s) {
    return intWithin(s, 1, Integer.MAX_VALUE);
  }

  /**
   * An {@code int} from {@code min} to {@code max} written in ASCII digits (a leading {@code -}
   * allowed, no {@code +}, no other script's digits: docs/reference/readings.md), or {@code null}.
   */
  public static Integer intWithin(String s, int min, int max) {
    if (s == null || !INTEGER.matcher(s).matches()) {
      return null;
    }
    try {
      int v = Integer.parseInt(s);
      return v >= min && v <= max ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

package dev.aliyunmock.vswitch;

import java.util.regex.Pattern;

/**
 * The zones of a region. No source lists every zone of every region; the documented naming is
 * the region's id, a hyphen and one lower-case letter ({@code cn-hangzhou-b}, {@code cn-beijing-a};
 * docs/reference/vpc/regions-zones.md), so every zone of that form is taken to exist (G27).
 */
public final class Zones {
  private static final Pattern LETTER = Pattern.compile("[a-z]");

  private Zones() {}

  /** Whether {@code zoneId} is a zone of {@code regionId}. */
  public static boolean of(String regionId, String zoneId) {
    return zoneId.length() == regionId.length() + 2
        && zoneId.startsWith(regionId)
        && zoneId.charAt(regionId.length()) == '-'
        && LETTER.matcher(zoneId.substring(regionId.length() + 1)).matches();
  }
}

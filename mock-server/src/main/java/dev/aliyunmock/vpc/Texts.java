package dev.aliyunmock.vpc;

/**
 * The name and description rules of the VPC-side resources, as the current documentation states
 * them for VPCs, vSwitches and route entries: a name of 1 to 128 characters, a description of 1
 * to 256, neither starting with {@code http://} or {@code https://} (docs/reference/vpc-workflow.md,
 * G20). The rules of router interfaces differ and live with them.
 */
public final class Texts {
  private Texts() {}

  /** A name of a VPC, a vSwitch or a route entry. */
  public static boolean isName(String s) {
    return fits(s, 128);
  }

  /** A description of a VPC, a vSwitch or a route entry. */
  public static boolean isDescription(String s) {
    return fits(s, 256);
  }

  private static boolean fits(String s, int max) {
    int length = s.codePointCount(0, s.length());
    return length >= 1 && length <= max && !s.startsWith("http://") && !s.startsWith("https://");
  }
}

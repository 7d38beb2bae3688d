package dev.aliyunmock.vpc.wire;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.api.ErrorCode;
import dev.aliyunmock.api.Input;
import dev.aliyunmock.protocol.ActionContext;
import dev.aliyunmock.vpc.Cidr;
import dev.aliyunmock.vpc.Texts;
import dev.aliyunmock.vpc.VpcError;
import java.util.ArrayList;
import java.util.List;

/**
 * The VPC actions' parameters, parsed into inputs with the refusal each answers; the names,
 * descriptions, paging and list parameters the VPC-side actions share.
 */
public final class Inputs {
  /** The most blocks one UserCidr may list (docs/reference/vpc/vpc.md). */
  private static final int MAX_USER_CIDRS = 3;

  private Inputs() {}

  /** A name of a VPC, a vSwitch or a route entry ({@link Texts#isName}), refused with the kind's own code. */
  public static Input<String> name(String raw, ErrorCode malformed) {
    return Input.text(raw, Texts::isName, () -> new ApiException(malformed));
  }

  /** A description of a VPC, a vSwitch or a route entry ({@link Texts#isDescription}), refused likewise. */
  public static Input<String> description(String raw, ErrorCode malformed) {
    return Input.text(raw, Texts::isDescription, () -> new ApiException(malformed));
  }

  /** A CIDR block's text: {@code InvalidCidrBlock.Malformed} unless it is {@code a.b.c.d/n}. */
  public static Input<Cidr> cidr(String raw) {
    return Input.parse(raw, v -> Cidr.parse(v).orElse(null), () -> new ApiException(VpcError.CIDR_MALFORMED));
  }

  /**
   * UserCidr: up to three comma-separated blocks, each with a mask of /8 to /28 and outside
   * 100.64.0.0/10. Checked in that order: each block's text, their number, masks, the reserved
   * block.
   */
  static Input<List<String>> userCidrs(String raw) {
    if (raw == null) {
      return Input.absent();
    }
    List<Cidr> blocks = new ArrayList<>();
    for (String s : raw.split(",", -1)) {
      Cidr c = Cidr.parse(s.trim()).orElse(null);
      if (c == null) {
        return Input.invalid(new ApiException(VpcError.USER_CIDR_FORMAT));
      }
      blocks.add(c);
    }
    if (blocks.size() > MAX_USER_CIDRS) {
      return Input.invalid(new ApiException(VpcError.USER_CIDR_QUOTA));
    }
    List<String> out = new ArrayList<>();
    for (Cidr c : blocks) {
      if (c.prefix() < 8 || c.prefix() > 28) {
        return Input.invalid(new ApiException(VpcError.USER_CIDR_MASK));
      }
      if (c.overlaps(Cidr.CARRIER_GRADE_NAT)) {
        return Input.invalid(new ApiException(VpcError.USER_CIDR_RESERVED));
      }
      out.add(c.toString());
    }
    return Input.of(out);
  }

  /**
   * PageNumber (from 1, default 1) of a VPC-side Describe; out of range or not a number is refused
   * as DescribeRouterInterfaces refuses it (G14).
   */
  public static int pageNumber(ActionContext ctx) {
    return ctx.intWithin("PageNumber", 1, Integer.MAX_VALUE, 1, () -> new ApiException(VpcError.PAGING_INVALID));
  }

  /** PageSize (1 to 50, default 10) of a VPC-side Describe (docs/reference/vpc-workflow.md, paging), refused likewise. */
  public static int pageSize(ActionContext ctx) {
    return ctx.intWithin("PageSize", 1, 50, 10, () -> new ApiException(VpcError.PAGING_INVALID));
  }

  /**
   * A parameter that holds several ids in one comma-separated string (DescribeVpcs' VpcId), at
   * most {@code max}: {@code null} when absent; more than {@code max} is {@code InvalidParameter}.
   */
  static List<String> commaSeparated(ActionContext ctx, String name, int max) {
    String raw = ctx.optional(name);
    if (raw == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String s : raw.split(",", -1)) {
      if (!s.trim().isEmpty()) {
        out.add(s.trim());
      }
    }
    if (out.size() > max) {
      throw new ApiException(ApiError.INVALID_PARAMETER, name);
    }
    return out;
  }

  /** DryRun: {@code true} checks only. */
  public static boolean dryRun(ActionContext ctx) {
    return Boolean.TRUE.equals(ctx.bool("DryRun"));
  }
}

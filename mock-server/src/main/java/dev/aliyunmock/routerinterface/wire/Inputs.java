package dev.aliyunmock.routerinterface.wire;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.api.Input;
import dev.aliyunmock.protocol.Formats;
import dev.aliyunmock.router.RouterType;
import dev.aliyunmock.routerinterface.Commands;
import dev.aliyunmock.routerinterface.RouterInterfaceError;
import dev.aliyunmock.routerinterface.Spec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The router-interface actions' parameters, parsed into inputs with the refusal each answers. */
final class Inputs {
  private Inputs() {}

  static Input<String> name(String raw) {
    return Input.text(raw, Formats::isName, () -> new ApiException(RouterInterfaceError.NAME_MALFORMED));
  }

  static Input<String> description(String raw) {
    return Input.text(
        raw, Formats::isDescription, () -> new ApiException(RouterInterfaceError.DESCRIPTION_MALFORMED));
  }

  static Input<String> healthCheckIp(String raw) {
    return Input.text(raw, Formats::isIpv4, () -> new ApiException(RouterInterfaceError.HEALTH_CHECK_IP_MALFORMED));
  }

  static Input<RouterType> oppositeRouterType(String raw) {
    return Input.apiEnum(
        raw, RouterType.class, () -> new ApiException(RouterInterfaceError.OPPOSITE_ROUTER_TYPE_NOT_SUPPORTED));
  }

  static Input<Spec> spec(String raw) {
    return Input.apiEnum(raw, Spec.class, () -> new ApiException(RouterInterfaceError.SPEC_NOT_SUPPORTED));
  }

  /** HcRate / HcThreshold: a positive integer, else {@code IllegalParam.<name>}. */
  static Input<Integer> positive(String name, String raw) {
    return Input.parse(raw, Formats::positiveInt, () -> new ApiException(RouterInterfaceError.HEALTH_CHECK_PARAM_ILLEGAL, name));
  }

  /**
   * InstanceChargeType (PostPaid, the default, or PrePaid), and for PrePaid a Period of 1-9 months
   * ({@code PricingCycle} Month, the default) or 1-3 years.
   */
  static Input<Commands.Charge> charge(String chargeType, String period, String pricingCycle) {
    if (chargeType == null || chargeType.equals("PostPaid")) {
      return Input.of(Commands.Charge.PAY_AS_YOU_GO);
    }
    try {
      if (!chargeType.equals("PrePaid")) {
        throw new ApiException(ApiError.INVALID_PARAMETER, "InstanceChargeType");
      }
      return Input.of(new Commands.Charge(true, prepaidMonths(period, pricingCycle)));
    } catch (ApiException e) {
      return Input.invalid(e);
    }
  }

  private static int prepaidMonths(String period, String pricingCycle) {
    String cycle = pricingCycle == null ? "Month" : pricingCycle;
    if (period == null) {
      throw new ApiException(ApiError.MISSING_PARAMETER, "Period");
    }
    Integer read = Formats.intWithin(period, Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (read == null) {
      throw new ApiException(ApiError.INVALID_PARAMETER, "Period");
    }
    int p = read;
    switch (cycle) {
      case "Month":
        if (p < 1 || p > 9) {
          throw new ApiException(ApiError.INVALID_PARAMETER, "Period");
        }
        return p;
      case "Year":
        if (p < 1 || p > 3) {
          throw new ApiException(ApiError.INVALID_PARAMETER, "Period");
        }
        return 12 * p;
      default:
        throw new ApiException(ApiError.INVALID_PARAMETER, "PricingCycle");
    }
  }

  /** At most this many tags on a resource or in a query (the VPC API's models). */
  static final int MAX_TAGS = 20;

  /**
   * {@code Tags.N.Key} / {@code Tags.N.Value}, in order: at most 20; a key of 1 to 128 characters,
   * a value of at most 128 (possibly empty), neither starting with {@code aliyun} or {@code acs:}
   * nor holding {@code http://} or {@code https://} (the constraints the VPC API's models state).
   * A refusal is {@code InvalidParameter} naming the offending parameter
   * (docs/reference/readings.md: no error code is documented).
   */
  static Input<Map<String, String>> tags(List<Map<String, String>> items) {
    if (items.isEmpty()) {
      return Input.absent();
    }
    if (items.size() > MAX_TAGS) {
      return Input.invalid(new ApiException(ApiError.INVALID_PARAMETER, "Tags"));
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = items.get(i).get("Key");
      String value = items.get(i).getOrDefault("Value", "");
      if (key == null || key.isEmpty() || !tagText(key)) {
        return Input.invalid(new ApiException(ApiError.INVALID_PARAMETER, "Tags." + (i + 1) + ".Key"));
      }
      if (!value.isEmpty() && !tagText(value)) {
        return Input.invalid(new ApiException(ApiError.INVALID_PARAMETER, "Tags." + (i + 1) + ".Value"));
      }
      tags.put(key, value);
    }
    return Input.of(tags);
  }

  private static boolean tagText(String s) {
    return s.length() <= 128 && !s.startsWith("aliyun") && !s.startsWith("acs:") && !s.contains("http://") && !s.contains("https://");
  }
}

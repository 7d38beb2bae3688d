package dev.aliyunmock.contract.scenario;

import dev.aliyunmock.contract.http.RpcCall;
import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.targets.Env;

/** The calls scenarios make, in one place. */
final class Calls {
  /** A region no server has. */
  static final String NO_REGION = "cn-ctnowhere";
  /** An action no server has. */
  static final String NO_ACTION = "NoSuchRouterInterfaceAction";

  private Calls() {}

  /** The row id of an action, dialect and code ({@code null}: success). */
  static String row(String action, Dialect dialect, String code) {
    return action + "/" + dialect.label() + "/" + (code == null ? "OK" : code);
  }

  /** The status error code of a dialect (docs/reference/api-versions.md). */
  static String incorrectStatus(Dialect d) {
    return d == Dialect.ECS ? "IncorrectStatus" : "IncorrectRIStatus";
  }

  /** {@code Action} with the caller's region. */
  static RpcCall inRegion(String action, Env e) {
    return RpcCall.of(action).param("RegionId", e.region());
  }

  /** {@code Action} on a router interface of the caller's region. */
  static RpcCall on(String action, Env e, String ri) {
    return inRegion(action, e).param("RouterInterfaceId", e.ri(ri));
  }

  static RpcCall connect(Env e, String ri) {
    return on("ConnectRouterInterface", e, ri);
  }

  static RpcCall describe(Env e) {
    return inRegion("DescribeRouterInterfaces", e);
  }
}

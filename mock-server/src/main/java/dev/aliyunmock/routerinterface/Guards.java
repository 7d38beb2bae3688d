package dev.aliyunmock.routerinterface;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.world.Scope;

/** The checks several router-interface actions make, written once. */
final class Guards {
  private Guards() {}

  /** The caller's interface of that id in the scope's region: {@code InvalidRouterInterfaceId.NotFound} otherwise. */
  static RouterInterface own(RouterInterfaceStore store, Scope scope, String id) {
    return store.in(scope).get(id).orElseThrow(() -> new ApiException(RouterInterfaceError.ROUTER_INTERFACE_NOT_FOUND));
  }

  /** {@code Forbidden.FinancileLocked} for an interface locked for overdue payment. */
  static void notFinanciallyLocked(RouterInterface ri) {
    if (ri.businessStatus() == BusinessStatus.FINANCIAL_LOCKED) {
      throw new ApiException(RouterInterfaceError.FINANCIAL_LOCKED);
    }
  }

  /**
   * {@code Forbidden.BillsOutstanding} when the caller's account is in arrears: its flag, or any of
   * its interfaces financially locked ("if any RI of the user is in arrears").
   */
  static void noBillsOutstanding(RouterInterfaceStore store, Scope scope) {
    if (scope.account().billsOutstanding() || store.hasFinanciallyLocked(scope.ownerId())) {
      throw new ApiException(RouterInterfaceError.BILLS_OUTSTANDING);
    }
  }
}

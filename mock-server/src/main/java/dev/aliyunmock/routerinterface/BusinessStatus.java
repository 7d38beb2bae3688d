package dev.aliyunmock.routerinterface;

import dev.aliyunmock.api.ApiEnum;

/** The service status of a router interface (the VPC pages, the newer SDK). */
public enum BusinessStatus implements ApiEnum {
  NORMAL("Normal"),
  /** Locked for overdue payment: its account then has bills outstanding. */
  FINANCIAL_LOCKED("FinancialLocked"),
  SECURITY_LOCKED("SecurityLocked");

  private final String apiName;

  BusinessStatus(String apiName) {
    this.apiName = apiName;
  }

  @Override
  public String apiName() {
    return apiName;
  }
}

package dev.aliyunmock.model;

/** The service status of a router interface (VPCDOC, TEA). */
public enum BusinessStatus implements ApiEnum {
  NORMAL("Normal"),
  /** Locked for overdue payment: its account then has bills outstanding (DECISIONS.md §1). */
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

package dev.aliyunmock.vswitch;

import dev.aliyunmock.api.ApiEnum;

/**
 * The statuses DescribeVSwitches reports: Pending while being created or deleted, Available
 * (docs/reference/vpc/vswitch.md).
 */
public enum VSwitchStatus implements ApiEnum {
  PENDING("Pending"),
  AVAILABLE("Available");

  private final String apiName;

  VSwitchStatus(String apiName) {
    this.apiName = apiName;
  }

  @Override
  public String apiName() {
    return apiName;
  }
}

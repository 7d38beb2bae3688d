package dev.aliyunmock.vpc;

import dev.aliyunmock.api.ApiEnum;

/**
 * The statuses DescribeVpcs reports: Pending while being created, Available, and Deleting while
 * DeleteVpc runs (docs/reference/vpc-workflow.md, section 3, G1).
 */
public enum VpcStatus implements ApiEnum {
  PENDING("Pending"),
  AVAILABLE("Available"),
  DELETING("Deleting");

  private final String apiName;

  VpcStatus(String apiName) {
    this.apiName = apiName;
  }

  @Override
  public String apiName() {
    return apiName;
  }
}

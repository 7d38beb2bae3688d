package dev.aliyunmock.routetable;

import dev.aliyunmock.api.ApiEnum;

/**
 * The statuses of a route entry: Pending while being created, Available, Deleting while being
 * deleted (docs/reference/vpc-workflow.md, section 3, G2).
 */
public enum RouteEntryStatus implements ApiEnum {
  PENDING("Pending"),
  AVAILABLE("Available"),
  DELETING("Deleting");

  private final String apiName;

  RouteEntryStatus(String apiName) {
    this.apiName = apiName;
  }

  @Override
  public String apiName() {
    return apiName;
  }
}

package dev.aliyunmock.routerinterface;

import dev.aliyunmock.api.ApiEnum;

/**
 * The statuses of a router interface (DescribeRouterInterfaceAttribute's page; the accepting
 * side's transient status keeps the 2014 page's spelling, docs/reference/router-interfaces.md).
 */
public enum Status implements ApiEnum {
  IDLE("Idle", false),
  CONNECTING("Connecting", true),
  ACCEPTING_CONNECT("AcceptingConnect", true),
  ACTIVATING("Activating", true),
  ACTIVE("Active", false),
  MODIFYING("Modifying", true),
  DEACTIVATING("Deactivating", true),
  INACTIVE("Inactive", false),
  DELETING("Deleting", true),
  /** Seen only as the {@code OppositeInterfaceStatus} of a peer whose interface was deleted. */
  DELETED("Deleted", false);

  private final String apiName;
  private final boolean endsByItself;

  Status(String apiName, boolean endsByItself) {
    this.apiName = apiName;
    this.endsByItself = endsByItself;
  }

  @Override
  public String apiName() {
    return apiName;
  }

  /** Whether the status ends by itself, through a transition. */
  public boolean isTransient() {
    return endsByItself;
  }
}

package dev.aliyunmock.model;

/**
 * The statuses of a router interface (HELP DescribeRouterInterfaceAttribute; the accepting side's
 * transient status uses the seed's spelling, DECISIONS.md §1).
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
  private final boolean transient_;

  Status(String apiName, boolean transient_) {
    this.apiName = apiName;
    this.transient_ = transient_;
  }

  @Override
  public String apiName() {
    return apiName;
  }

  /** Whether the status ends by itself, through a transition. */
  public boolean isTransient() {
    return transient_;
  }
}

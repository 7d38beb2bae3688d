package dev.aliyunmock.routerinterface;

import dev.aliyunmock.api.ApiEnum;

/** Which side of a connection a router interface is. */
public enum Role implements ApiEnum {
  INITIATING_SIDE("InitiatingSide"),
  ACCEPTING_SIDE("AcceptingSide");

  private final String apiName;

  Role(String apiName) {
    this.apiName = apiName;
  }

  @Override
  public String apiName() {
    return apiName;
  }
}

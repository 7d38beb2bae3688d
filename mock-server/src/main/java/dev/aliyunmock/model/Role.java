package dev.aliyunmock.model;

/** Which side of a connection a router interface is (SEED S1). */
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

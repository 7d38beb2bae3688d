package dev.aliyunmock.model;

/** The kinds of router a router interface sits on (API-FACTS c2). */
public enum RouterType implements ApiEnum {
  VROUTER("VRouter"),
  VBR("VBR");

  private final String apiName;

  RouterType(String apiName) {
    this.apiName = apiName;
  }

  @Override
  public String apiName() {
    return apiName;
  }
}

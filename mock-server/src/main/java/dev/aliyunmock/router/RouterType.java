package dev.aliyunmock.router;

import dev.aliyunmock.api.ApiEnum;

/** The kinds of router a router interface sits on. */
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

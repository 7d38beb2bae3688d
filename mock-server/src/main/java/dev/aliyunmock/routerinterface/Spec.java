package dev.aliyunmock.routerinterface;

import dev.aliyunmock.api.ApiEnum;

/** Router interface specifications and their bandwidth in Mbit/s (CreateRouterInterface's pages). */
public enum Spec implements ApiEnum {
  MINI_2("Mini.2", 2),
  MINI_5("Mini.5", 5),
  SMALL_1("Small.1", 10),
  SMALL_2("Small.2", 20),
  SMALL_5("Small.5", 50),
  MIDDLE_1("Middle.1", 100),
  MIDDLE_2("Middle.2", 200),
  MIDDLE_5("Middle.5", 500),
  LARGE_1("Large.1", 1000),
  LARGE_2("Large.2", 2000),
  LARGE_5("Large.5", 5000),
  XLARGE_1("Xlarge.1", 10000),
  /** The spec of an accepting side: it takes the initiator's bandwidth (reports 0 itself). */
  NEGATIVE("Negative", 0);

  private final String apiName;
  private final int bandwidth;

  Spec(String apiName, int bandwidth) {
    this.apiName = apiName;
    this.bandwidth = bandwidth;
  }

  @Override
  public String apiName() {
    return apiName;
  }

  /** The bandwidth in Mbit/s, as the {@code Bandwidth} field reports it. */
  public int bandwidth() {
    return bandwidth;
  }
}

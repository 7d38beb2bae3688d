package dev.aliyunmock.contract.scenario;

/** Who sends a scenario's call. */
public enum Client {
  /** The suite's own signer over raw HTTP (REST Assured). */
  RAW("raw"),
  /** The official SDK v1: aliyun-java-sdk-vpc's request classes (VPC), CommonRequest (ECS). */
  SDK("sdk");

  private final String label;

  Client(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

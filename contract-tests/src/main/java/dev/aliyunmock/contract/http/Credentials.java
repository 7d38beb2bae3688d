package dev.aliyunmock.contract.http;

/** An AccessKey pair a request is signed with. */
public record Credentials(String accessKeyId, String accessKeySecret) {
  /** The same key id with another secret: a request the server must refuse. */
  public Credentials withSecret(String secret) {
    return new Credentials(accessKeyId, secret);
  }

  @Override
  public String toString() {
    return "Credentials[" + accessKeyId + "]";
  }
}

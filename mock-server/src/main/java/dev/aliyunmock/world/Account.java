package dev.aliyunmock.world;

/**
 * An Alibaba Cloud account of the world: its owner id, one access key, its site ({@code Bid}) and
 * whether it has bills outstanding.
 *
 * @param ownerId the account (owner) id, digits
 * @param accessKeyId the access key id callers sign with
 * @param accessKeySecret the secret of that key
 * @param billsOutstanding whether the account is in arrears
 * @param bid the site the account belongs to; owners on different sites cannot connect (VPC)
 */
public record Account(
    String ownerId, String accessKeyId, String accessKeySecret, boolean billsOutstanding, String bid) {
  /** The Bid of the China site, used when a fixture gives none. */
  public static final String DEFAULT_BID = "26842";

  @Override
  public String toString() {
    return "Account[" + ownerId + ", key " + accessKeyId + "]";
  }
}

package dev.aliyunmock.world;

/**
 * One caller's place in a world: an account in a region, the way every action of the API sees
 * the world. Kind stores hand out views restricted to a scope ({@code store.in(scope)}), so an
 * action sees another account's resources only where it asks for them by name ({@code
 * acrossAccounts()}).
 *
 * @param account the caller's account
 * @param regionId a region of the world
 */
public record Scope(Account account, String regionId) {
  public String ownerId() {
    return account.ownerId();
  }

  /** Whether a resource of this owner in this region is in the scope. */
  public boolean holds(String ownerId, String regionId) {
    return account.ownerId().equals(ownerId) && this.regionId.equals(regionId);
  }
}

package dev.aliyunmock;

import dev.aliyunmock.protocol.auth.CredentialStore;
import dev.aliyunmock.protocol.auth.Principal;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.world.World;
import java.util.Optional;

/** Access keys as the gateway needs them, read from the world without its lock. */
record WorldCredentials(World world) implements CredentialStore {
  @Override
  public Optional<Principal> byAccessKeyId(String accessKeyId) {
    return world.accountByKey(accessKeyId).map(WorldCredentials::principal);
  }

  @Override
  public Optional<Principal> fallback() {
    return world.firstAccount().map(WorldCredentials::principal);
  }

  private static Principal principal(Account a) {
    return new Principal(a.accessKeyId(), a.accessKeySecret(), a.ownerId());
  }
}

package dev.aliyunmock.control;

import java.util.Objects;

/**
 * HTTP basic-auth credentials of the admin API.
 *
 * @param user non-empty, without a colon
 * @param password non-empty
 */
public record AdminCredentials(String user, String password) {
  public AdminCredentials {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (user.isEmpty() || user.indexOf(':') >= 0 || password.isEmpty()) {
      // The password is never echoed.
      throw new IllegalArgumentException("admin credentials must be USER:PASSWORD, both non-empty, the user without ':'");
    }
  }

  /** Parses {@code USER:PASSWORD} (the password may hold colons). */
  public static AdminCredentials parse(String userColonPassword) {
    Objects.requireNonNull(userColonPassword, "credentials");
    int colon = userColonPassword.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("admin credentials must be USER:PASSWORD, both non-empty, the user without ':'");
    }
    return new AdminCredentials(userColonPassword.substring(0, colon), userColonPassword.substring(colon + 1));
  }

  @Override
  public String toString() {
    return "AdminCredentials[" + user + ", ****]";
  }
}

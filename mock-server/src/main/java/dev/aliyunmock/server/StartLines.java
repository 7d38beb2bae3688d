package dev.aliyunmock.server;

import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.control.MockOptions;
import dev.aliyunmock.world.Account;
import java.util.List;

/**
 * The standalone jar's start line: where it serves, as whom, how. The dashboard's line beside it
 * is {@link Main#dashboardLine}, public (the dashboard's documentation is checked against it).
 */
final class StartLines {
  private StartLines() {}

  /** The line with the URL and the default credentials, once the server listens on {@code port}. */
  static String serving(MockOptions options, int port, List<Account> accounts) {
    String bindAddress = options.bindAddress();
    AuthMode authMode = options.auth();
    Account a = accounts.isEmpty() ? null : accounts.get(0);
    return "aliyun-mock "
        + new Main.Version().getVersion()[0]
        + " serving http://"
        + callableHost(bindAddress)
        + ":"
        + port
        + (a == null
            ? "  (no account in the world)"
            : "  AccessKeyId=" + a.accessKeyId() + " AccessKeySecret=" + a.accessKeySecret() + " (account " + a.ownerId() + ")")
        + "  auth=" + authMode.name().toLowerCase(java.util.Locale.ROOT)
        + (options.adminCredentials() == null ? "" : "  admin=basic-auth")
        + (callableHost(bindAddress).equals(bindAddress)
            ? ""
            : "  (listening on all interfaces: from elsewhere, or from outside a container, use this host's address and the published port)");
  }

  /**
   * The host to print in the URL: a wildcard address is not one a client can call, so it prints
   * the loopback address of its family, which is one on this host.
   */
  static String callableHost(String bindAddress) {
    return switch (bindAddress) {
      case "0.0.0.0" -> "127.0.0.1";
      case "::", "[::]", "0:0:0:0:0:0:0:0" -> "[::1]";
      default -> bindAddress;
    };
  }
}

package dev.aliyunmock.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The standalone command's flags read without picocli when they are plain ones, as picocli would
 * read them; anything else is left to picocli ({@link Main#run} says why).
 */
final class PlainFlags {
  private PlainFlags() {}

  /**
   * Reads the flags as picocli would when every argument is one of this command's value flags with
   * its value ({@code --port 8080}, {@code --port=8080}) or {@code --verbose}, and nothing could
   * read otherwise: no value that starts with {@code -}, no {@code @file}, no picocli system
   * property. Anything else (help, version, an unknown or incomplete flag, a path picocli would
   * refuse) is left to picocli, which answers it as always. Returns whether the flags were read.
   */
  static boolean read(Main main, String[] args) {
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith("picocli.")) {
        return false;
      }
    }
    String port = null;
    String bindAddress = null;
    String auth = null;
    String transitions = null;
    String adminAuth = null;
    String allowedHosts = null;
    String allowedOrigins = null;
    boolean verbose = false;
    List<Path> fixtures = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("@")) {
        return false;
      }
      if (a.equals("--verbose")) {
        verbose = true;
        continue;
      }
      int eq = a.indexOf('=');
      String name = eq > 0 ? a.substring(0, eq) : a;
      String value;
      if (eq > 0) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.length && !args[i + 1].startsWith("-") && !args[i + 1].startsWith("@")) {
        value = args[++i];
      } else {
        return false;
      }
      switch (name) {
        case "--port" -> port = value;
        case "--bind-address" -> bindAddress = value;
        case "--auth" -> auth = value;
        case "--transitions" -> transitions = value;
        case "--admin-auth" -> adminAuth = value;
        case "--allowed-hosts" -> allowedHosts = value;
        case "--allowed-origins" -> allowedOrigins = value;
        case "--fixtures" -> {
          try {
            fixtures.add(Path.of(value));
          } catch (RuntimeException e) {
            return false;
          }
        }
        default -> {
          return false;
        }
      }
    }
    main.port = port;
    main.bindAddress = bindAddress;
    main.auth = auth;
    main.transitions = transitions;
    main.adminAuth = adminAuth;
    main.allowedHosts = allowedHosts;
    main.allowedOrigins = allowedOrigins;
    main.verbose = verbose;
    main.fixtures = fixtures;
    return true;
  }
}

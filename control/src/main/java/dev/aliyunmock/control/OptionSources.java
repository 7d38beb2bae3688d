package dev.aliyunmock.control;

import dev.aliyunmock.control.MockOptions.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Options as text, in and out: the environment and system-property adapters of {@link MockOptions}. */
final class OptionSources {
  private OptionSources() {}

  /** The options a name-to-value lookup sets over the defaults, each option under its name there. */
  static MockOptions read(Function<String, String> lookup, Function<Option, String> nameOf) {
    MockOptions.Builder b = MockOptions.builder();
    for (Option o : Option.values()) {
      String name = nameOf.apply(o);
      String value = name == null ? null : lookup.apply(name);
      if (value == null || (value.isBlank() && o != Option.ADMIN_AUTH)) {
        continue;
      }
      try {
        b.set(o, value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
      }
    }
    return b.build();
  }

  /** The environment variables of the options that differ from the defaults (fixtures excepted). */
  static Map<String, String> environmentOf(MockOptions o) {
    Map<String, String> env = new LinkedHashMap<>();
    MockOptions d = MockOptions.defaults();
    if (o.auth() != d.auth()) {
      env.put(Option.AUTH.environmentVariable(), o.auth().name().toLowerCase(Locale.ROOT));
    }
    if (!o.transitions().equals(d.transitions())) {
      env.put(Option.TRANSITIONS.environmentVariable(), o.transitions().toString());
    }
    if (o.adminCredentials() != null) {
      env.put(Option.ADMIN_AUTH.environmentVariable(), o.adminCredentials().user() + ":" + o.adminCredentials().password());
    }
    if (!o.bindAddress().equals(d.bindAddress())) {
      env.put(Option.BIND_ADDRESS.environmentVariable(), o.bindAddress());
    }
    if (o.port() != d.port()) {
      env.put(Option.PORT.environmentVariable(), String.valueOf(o.port()));
    }
    if (!o.allowedHosts().isEmpty()) {
      env.put(Option.ALLOWED_HOSTS.environmentVariable(), String.join(",", o.allowedHosts()));
    }
    if (!o.allowedOrigins().isEmpty()) {
      env.put(Option.ALLOWED_ORIGINS.environmentVariable(), String.join(",", o.allowedOrigins()));
    }
    return env;
  }

  /** A comma-separated list, blanks dropped, items trimmed. */
  static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    for (String v : value.split(",")) {
      if (!v.isBlank()) {
        out.add(v.trim());
      }
    }
    return out;
  }

  /** A port number as text. */
  static int port(String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port must be a number 0-65535, not '" + value + "'", e);
    }
  }

  /** Host names as the admin API compares them (lower case), each checked. */
  static List<String> hosts(List<String> hosts) {
    List<String> checked = new ArrayList<>();
    for (String h : hosts) {
      String host = h.trim().toLowerCase(Locale.ROOT);
      if (!host.equals("*") && !host.matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?")) {
        throw new IllegalArgumentException("an allowed host must be a host name without scheme or port, or *, not '" + h + "'");
      }
      checked.add(host);
    }
    return checked;
  }

  /** Browser origins as the mock compares them (lower case), each checked. */
  static List<String> origins(List<String> origins) {
    List<String> checked = new ArrayList<>();
    for (String o : origins) {
      String origin = o.trim().toLowerCase(Locale.ROOT);
      if (!origin.equals("*") && !origin.matches("https?://[a-z0-9.\\[\\]:-]+")) {
        throw new IllegalArgumentException("an allowed origin must be scheme://host[:port], or *, not '" + o + "'");
      }
      checked.add(origin);
    }
    return checked;
  }
}
